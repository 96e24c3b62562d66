// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "namerules.h"
#include "session.h"

namespace Chinwag {

Group *Registry::group(const QString &key)
{
    const auto it = m_groups.find(key);
    return it == m_groups.end() ? nullptr : &it->second;
}

const Group *Registry::group(const QString &key) const
{
    const auto it = m_groups.find(key);
    return it == m_groups.end() ? nullptr : &it->second;
}

QStringList Registry::groupKeys() const
{
    QStringList keys;
    keys.reserve(qsizetype(m_groups.size()));
    for (const auto &entry : m_groups)
        keys.append(entry.first);
    return keys;
}

void Registry::registerUser(Session &session, const QString &name)
{
    Q_ASSERT(!session.isRegistered());
    session.m_name = name;
    session.m_key = NameRules::key(name);
    session.m_state = Session::State::Registered;
    m_users.insert(session.m_key, &session);
    emit userChanged(session.id());
}

void Registry::renameUser(Session &session, const QString &name)
{
    const QString key = NameRules::key(name);
    if (key != session.m_key) {
        m_users.remove(session.m_key);
        m_users.insert(key, &session);
    }
    session.m_name = name;
    session.m_key = key;
    emit userChanged(session.id());
    for (const QString &groupKey : session.m_groups.keys()) {
        Group &g = m_groups.at(groupKey);
        if (g.creatorId == session.id())
            g.creator = name;
        emit groupChanged(groupKey);
    }
}

void Registry::setAway(Session &session, bool away, const QString &text)
{
    session.m_away = away;
    session.m_awayText = text;
    emit userChanged(session.id());
}

void Registry::removeUser(Session &session)
{
    Q_ASSERT(session.m_groups.isEmpty());
    const auto it = m_users.constFind(session.m_key);
    if (it == m_users.cend() || *it != &session)
        return;
    m_users.erase(it);
    emit userChanged(session.id());
}

Group &Registry::addGroup(const QString &name, Session &creator, const QList<Session *> &members,
                          quint64 joinedAfter)
{
    const QString key = NameRules::key(name);
    Group &g = m_groups[key];
    g = Group{ name, key, creator.name(), creator.id(), {}, {} };
    g.members.reserve(members.size() + 1);
    for (Session *member : QList<Session *>{ &creator } + members) {
        g.members.insert(member);
        g.joinedAfter.insert(member, joinedAfter);
        member->m_groups.insert(key, name);
        emit userChanged(member->id());
    }
    emit groupAdded(key);
    return g;
}

void Registry::addMember(Group &group, Session &session, quint64 joinedAfter)
{
    group.members.insert(&session);
    group.joinedAfter.insert(&session, joinedAfter);
    session.m_groups.insert(group.key, group.name);
    emit userChanged(session.id());
    emit groupChanged(group.key);
}

bool Registry::removeMember(Group &group, Session &session)
{
    const QString key = group.key;
    group.members.remove(&session);
    group.joinedAfter.remove(&session);
    session.m_groups.remove(key);
    emit userChanged(session.id());
    if (!group.members.isEmpty()) {
        emit groupChanged(key);
        return false;
    }
    m_groups.erase(key);
    emit groupRemoved(key);
    return true;
}

void Registry::clear()
{
    for (Session *session : std::as_const(m_users))
        session->m_groups.clear();
    m_users.clear();
    const QStringList keys = groupKeys();
    m_groups.clear();
    for (const QString &key : keys)
        emit groupRemoved(key);
}

} // namespace Chinwag
