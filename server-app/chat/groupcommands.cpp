// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommands.h"

#include "envelope.h"
#include "messageidsource.h"
#include "namerules.h"
#include "protocollimits.h"
#include "registry.h"
#include "replies.h"
#include "router.h"
#include "serverlog.h"
#include "session.h"
#include "store.h"

#include <algorithm>

namespace Chinwag {

using Type = Command::Type;

void GroupCommands::makeGroup(Session &session, const QString &group, const QStringList &users)
{
    Registry &registry = m_context.registry;
    const Limits &limits = m_context.limits;
    if (registry.group(NameRules::key(group)))
        return session.send(Replies::groupExists(group));
    const User &creator = *session.user();
    QHash<QString, QString> others; // key to name
    QStringList names; // as the command gave them
    QStringList missing;
    for (const QString &name : users) {
        const auto found = findUser(name);
        if (!found)
            missing.append(name);
        else if (found->first != creator.key() && !others.contains(found->first)) {
            others.insert(found->first, found->second);
            names.append(found->second);
        }
    }
    if (!missing.isEmpty())
        return session.send(Replies::noSuchUsers(missing));
    if (others.size() + 1 > limits.maxMembersPerGroup)
        return session.send(Replies::groupFull(group, limits.maxMembersPerGroup));
    if (registry.groupCountOf(creator.key()) >= limits.maxGroupsPerUser)
        return session.send(Replies::tooManyGroups(creator.name(), limits.maxGroupsPerUser));
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        if (registry.groupCountOf(it.key()) >= limits.maxGroupsPerUser)
            return session.send(Replies::tooManyGroups(it.value(), limits.maxGroupsPerUser));
    }
    const Group &g = registry.addGroup(group, creator, others, m_context.ids.lastId());
    persist(g);
    m_context.router.toGroup(g.key, Envelope(ServerLine::made(g.name, creator.name(), names)));
    session.send(ServerLine::okGroup(Type::MakeGroup, g.name));
    m_context.log.add(LogRecord::Kind::Group,
                      names.isEmpty() ? tr("%1 made the group %2").arg(creator.name(), g.name)
                                      : tr("%1 made the group %2 with %3")
                                                .arg(creator.name(), g.name, names.join(u", ")));
}

void GroupCommands::invite(Session &session, const QString &group, const QString &user)
{
    Registry &registry = m_context.registry;
    const Limits &limits = m_context.limits;
    Group *g = memberGroup(registry, session, group);
    if (!g)
        return;
    const auto invitee = findUser(user);
    if (!invitee)
        return session.send(Replies::noSuchUser(user));
    const auto &[key, name] = *invitee;
    if (g->members.contains(key))
        return session.send(Replies::alreadyMember(g->name, name));
    if (g->members.size() >= limits.maxMembersPerGroup)
        return session.send(Replies::groupFull(g->name, limits.maxMembersPerGroup));
    if (registry.groupCountOf(key) >= limits.maxGroupsPerUser)
        return session.send(Replies::tooManyGroups(name, limits.maxGroupsPerUser));
    registry.addMember(*g, key, name, m_context.ids.lastId());
    persist(*g);
    m_context.router.toGroup(g->key, Envelope(ServerLine::invited(g->name, name, session.name())));
    session.send(ServerLine::okInvite(g->name, name));
    m_context.log.add(LogRecord::Kind::Group,
                      tr("%1 added %2 to the group %3").arg(session.name(), name, g->name));
}

void GroupCommands::leave(Session &session, const QString &group)
{
    Group *g = memberGroup(m_context.registry, session, group);
    if (!g)
        return;
    session.send(ServerLine::okGroup(Type::Leave, g->name));
    leaveGroup(session.key(), session.name(), *g);
}

void GroupCommands::leaveGroup(const QString &userKey, const QString &userName, Group &group)
{
    const QString name = group.name;
    const QString key = group.key;
    const bool gone = m_context.registry.removeMember(group, userKey);
    m_context.log.add(LogRecord::Kind::Group, tr("%1 left the group %2").arg(userName, name));
    if (gone) {
        if (m_context.store)
            m_context.store->deleteGroup(key);
        m_context.log.add(LogRecord::Kind::Group,
                          tr("The group %1 is gone: it has no members left").arg(name));
        return;
    }
    persist(group);
    m_context.router.toGroup(key, Envelope(ServerLine::parted(name, userName)));
}

void GroupCommands::persist(const Group &group)
{
    Store *store = m_context.store;
    if (!store)
        return;
    StoredGroup stored{ group.key, group.name, group.creator, group.creatorKey, {} };
    for (auto it = group.members.cbegin(); it != group.members.cend(); ++it) {
        if (store->account(it.key()))
            stored.members.append({ it.key(), it->name, it->joinedAfter });
    }
    // Without account members it is a guests' group, which ends with their connections.
    store->saveGroup(stored);
}

std::optional<std::pair<QString, QString>> GroupCommands::findUser(const QString &name) const
{
    const QString key = NameRules::key(name);
    if (const User *user = m_context.registry.user(key))
        return std::pair{ user->key(), user->name() };
    if (m_context.store) {
        if (const Account *account = m_context.store->account(key))
            return std::pair{ account->key, account->name };
    }
    return std::nullopt;
}

void GroupCommands::groups(Session &session)
{
    // The map is ordered by key: by name, without regard to case.
    const QMap<QString, QString> mine = m_context.registry.groupsOf(session.key());
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const Group *g = m_context.registry.group(it.key());
        session.send(ServerLine::groupEntry(g->name, g->creator, quint64(g->members.size())));
    }
    session.send(ServerLine::okCount(Type::Groups, quint64(mine.size())));
}

void GroupCommands::members(Session &session, const QString &group)
{
    const Group *g = memberGroup(m_context.registry, session, group);
    if (!g)
        return;
    QStringList keys = g->members.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys))
        session.send(ServerLine::member(g->name, g->members.value(key).name));
    session.send(ServerLine::okMembers(g->name, quint64(keys.size())));
}

Group *GroupCommands::memberGroup(Registry &registry, Session &session, const QString &group)
{
    Group *g = registry.group(NameRules::key(group));
    if (!g) {
        session.send(Replies::noSuchGroup(group));
        return nullptr;
    }
    if (!g->members.contains(session.key())) {
        session.send(Replies::notAMember(g->name));
        return nullptr;
    }
    return g;
}

} // namespace Chinwag
