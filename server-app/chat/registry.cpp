// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "namerules.h"
#include "session.h"

#include <algorithm>

namespace Chinwag {

User *Registry::user(const QString &key) const
{
    const auto it = m_users.find(key);
    return it == m_users.end() ? nullptr : it->second.get();
}

QList<const User *> Registry::users() const
{
    QList<const User *> users;
    users.reserve(qsizetype(m_users.size()));
    for (const auto &entry : m_users)
        users.append(entry.second.get());
    return users;
}

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

std::pair<QList<const Group *>, bool> Registry::publicGroups(const QString &afterKey, int max) const
{
    QList<const Group *> groups;
    auto it = afterKey.isEmpty() ? m_publicKeys.begin() : m_publicKeys.upper_bound(afterKey);
    for (; it != m_publicKeys.end() && groups.size() < max; ++it)
        groups.append(group(*it));
    return { groups, it != m_publicKeys.end() };
}

QMap<QString, QString> Registry::groupsOf(const QString &userKey) const
{
    return m_memberships.value(userKey);
}

int Registry::groupCountOf(const QString &userKey) const
{
    const auto it = m_memberships.constFind(userKey);
    return it == m_memberships.cend() ? 0 : int(it->size());
}

User &Registry::registerSession(Session &session, const QString &name, bool account,
                                quint64 historyAfter)
{
    Q_ASSERT(!session.isRegistered());
    const QString key = NameRules::key(name);
    std::unique_ptr<User> &slot = m_users[key];
    if (!slot)
        slot = std::make_unique<User>(name, key, account, historyAfter);
    User &user = *slot;
    user.addSession(&session);
    session.attach(&user, m_sessions.size());
    m_sessions.push_back(&session);
    for (const QString &groupKey : m_memberships.value(key).keys())
        addSessionTo(m_groups.at(groupKey), session);
    // Each of the user's sessions: the monitor shows how many it has.
    announce(user);
    return user;
}

void Registry::renameUser(User &user, const QString &name)
{
    const QString oldKey = user.key();
    const QString key = NameRules::key(name);
    if (key != oldKey) {
        auto node = m_users.extract(oldKey);
        node.key() = key;
        m_users.insert(std::move(node));
        if (auto groups = m_memberships.take(oldKey); !groups.isEmpty())
            m_memberships.insert(key, groups);
    }
    user.rename(name, key);
    for (const QString &groupKey : m_memberships.value(key).keys()) {
        Group &g = m_groups.at(groupKey);
        Group::Member member = g.members.take(oldKey);
        member.name = name;
        g.members.insert(key, member);
        if (g.ownerKey == oldKey) {
            g.owner = name;
            g.ownerKey = key;
        }
        emit groupChanged(groupKey);
    }
    announce(user);
}

void Registry::makeAccount(User &user, quint64 historyAfter)
{
    user.becomeAccount(historyAfter);
    announce(user);
}

void Registry::setAway(Session &session, bool away, const QString &text)
{
    session.setAway(away, text);
    if (away)
        session.user()->setAwayText(text);
    emit sessionChanged(session.id());
}

std::unique_ptr<User> Registry::unregisterSession(Session &session)
{
    User *user = session.user();
    if (!user)
        return nullptr;
    const size_t index = session.registryIndex();
    Q_ASSERT(m_sessions.at(index) == &session);
    m_sessions[index] = m_sessions.back();
    m_sessions[index]->attach(m_sessions[index]->user(), index);
    m_sessions.pop_back();
    for (const QString &groupKey : m_memberships.value(user->key()).keys())
        removeSessionFrom(m_groups.at(groupKey), session);
    session.attach(nullptr, 0);
    emit sessionChanged(session.id());
    if (!user->removeSession(&session)) {
        announce(*user);
        return nullptr;
    }
    Q_ASSERT(groupCountOf(user->key()) == 0 || user->isAccount());
    auto node = m_users.extract(user->key());
    return std::move(node.mapped());
}

Group &Registry::addGroup(const QString &name, const User &creator,
                          const QHash<QString, QString> &members, quint64 joinedAfter,
                          bool isPublic)
{
    const QString key = NameRules::key(name);
    Group &g = m_groups[key];
    g = Group{ name, key, creator.name(), creator.key(), isPublic, {}, {} };
    if (isPublic)
        m_publicKeys.insert(key);
    g.members.reserve(members.size() + 1);
    join(g, creator.key(), creator.name(), joinedAfter);
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        join(g, it.key(), it.value(), joinedAfter);
    emit groupAdded(key);
    return g;
}

void Registry::restoreGroup(const StoredGroup &stored)
{
    Group &g = m_groups[stored.key];
    g = Group{ stored.name, stored.key, stored.owner, stored.ownerKey, stored.isPublic, {}, {} };
    if (stored.isPublic)
        m_publicKeys.insert(stored.key);
    for (const StoredGroup::Member &member : stored.members)
        join(g, member.key, member.name, member.joinedAfter);
    // A guest owner's membership ended with the server that stopped.
    if (!g.members.contains(g.ownerKey) && !g.members.isEmpty())
        passOwnership(g);
    emit groupAdded(stored.key);
}

void Registry::addMember(Group &group, const QString &userKey, const QString &name,
                         quint64 joinedAfter)
{
    join(group, userKey, name, joinedAfter);
    emit groupChanged(group.key);
}

void Registry::join(Group &group, const QString &userKey, const QString &name, quint64 joinedAfter)
{
    group.members.insert(userKey, { name, joinedAfter });
    m_memberships[userKey].insert(group.key, group.name);
    if (const User *user = this->user(userKey)) {
        for (Session *session : user->sessions())
            addSessionTo(group, *session);
        announce(*user);
    }
}

bool Registry::removeMember(Group &group, const QString &userKey)
{
    const QString key = group.key;
    group.members.remove(userKey);
    auto membership = m_memberships.find(userKey);
    if (membership != m_memberships.end()) {
        membership->remove(key);
        if (membership->isEmpty())
            m_memberships.erase(membership);
    }
    if (const User *user = this->user(userKey)) {
        for (const Session *session : user->sessions())
            removeSessionFrom(group, *session);
        announce(*user);
    }
    if (!group.members.isEmpty()) {
        if (userKey == group.ownerKey)
            passOwnership(group);
        emit groupChanged(key);
        return false;
    }
    m_publicKeys.erase(key);
    m_groups.erase(key);
    emit groupRemoved(key);
    return true;
}

void Registry::passOwnership(Group &group)
{
    auto first = group.members.cbegin();
    for (auto it = group.members.cbegin(); it != group.members.cend(); ++it) {
        if (it->joinedAfter < first->joinedAfter
            || (it->joinedAfter == first->joinedAfter && it.key() < first.key()))
            first = it;
    }
    group.owner = first->name;
    group.ownerKey = first.key();
}

void Registry::setPublic(Group &group, bool isPublic)
{
    group.isPublic = isPublic;
    if (isPublic)
        m_publicKeys.insert(group.key);
    else
        m_publicKeys.erase(group.key);
    emit groupChanged(group.key);
}

void Registry::clear()
{
    for (Session *session : m_sessions)
        session->attach(nullptr, 0);
    m_sessions.clear();
    m_users.clear();
    m_memberships.clear();
    m_publicKeys.clear();
    const QStringList keys = groupKeys();
    m_groups.clear();
    for (const QString &key : keys)
        emit groupRemoved(key);
}

void Registry::addSessionTo(Group &group, Session &session)
{
    group.sessions.push_back(&session);
}

void Registry::removeSessionFrom(Group &group, const Session &session)
{
    auto &sessions = group.sessions;
    sessions.erase(std::remove(sessions.begin(), sessions.end(), &session), sessions.end());
}

void Registry::announce(const User &user)
{
    for (const Session *session : user.sessions())
        emit sessionChanged(session->id());
}

} // namespace Chinwag
