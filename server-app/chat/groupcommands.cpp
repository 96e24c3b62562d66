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

void GroupCommands::makeGroup(Session &session, const QString &group, const QStringList &users,
                              bool isPublic)
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
    const Group &g = registry.addGroup(group, creator, others, m_context.ids.lastId(), isPublic);
    persist(g);
    m_context.router.toGroup(g.key, Envelope(ServerLine::made(g.name, creator.name(), names)));
    // MADE says who owns the group; that anyone may join it, ABOUT says.
    if (isPublic)
        m_context.router.toGroup(g.key, Envelope(ServerLine::about(g.name, g.owner, true)));
    session.send(ServerLine::okGroup(isPublic ? Type::PublicGroup : Type::MakeGroup, g.name));
    if (isPublic)
        m_context.log.add(LogRecord::Kind::Group,
                          names.isEmpty()
                                  ? tr("%1 made the public group %2").arg(creator.name(), g.name)
                                  : tr("%1 made the public group %2 with %3")
                                            .arg(creator.name(), g.name, names.join(u", ")));
    else
        m_context.log.add(LogRecord::Kind::Group,
                          names.isEmpty()
                                  ? tr("%1 made the group %2").arg(creator.name(), g.name)
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
    m_context.router.toUser(key, Envelope(ServerLine::about(g->name, g->owner, g->isPublic)));
    session.send(ServerLine::okInvite(g->name, name));
    m_context.log.add(LogRecord::Kind::Group,
                      tr("%1 added %2 to the group %3").arg(session.name(), name, g->name));
}

void GroupCommands::join(Session &session, const QString &group)
{
    Registry &registry = m_context.registry;
    const Limits &limits = m_context.limits;
    Group *g = registry.group(NameRules::key(group));
    if (!g)
        return session.send(Replies::noSuchPublicGroup(group));
    if (g->members.contains(session.key()))
        return session.send(Replies::alreadyMember(g->name, session.name()));
    if (!g->isPublic)
        return session.send(Replies::inviteOnly(g->name));
    if (g->members.size() >= limits.maxMembersPerGroup)
        return session.send(Replies::groupFull(g->name, limits.maxMembersPerGroup));
    if (registry.groupCountOf(session.key()) >= limits.maxGroupsPerUser)
        return session.send(Replies::tooManyGroups(session.name(), limits.maxGroupsPerUser));
    registry.addMember(*g, session.key(), session.name(), m_context.ids.lastId());
    persist(*g);
    m_context.router.toGroup(g->key, Envelope(ServerLine::entered(g->name, session.name())));
    m_context.router.toUser(session.key(), Envelope(ServerLine::about(g->name, g->owner, true)));
    session.send(ServerLine::okGroup(Type::Join, g->name));
    m_context.log.add(LogRecord::Kind::Group,
                      tr("%1 joined the group %2").arg(session.name(), g->name));
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
    m_context.log.add(LogRecord::Kind::Group, tr("%1 left the group %2").arg(userName, group.name));
    const QString ownerKey = group.ownerKey;
    if (!removeMember(userKey, group))
        return;
    m_context.router.toGroup(group.key, Envelope(ServerLine::parted(group.name, userName)));
    if (group.ownerKey != ownerKey)
        m_context.router.toGroup(
                group.key, Envelope(ServerLine::about(group.name, group.owner, group.isPublic)));
}

bool GroupCommands::removeMember(const QString &userKey, Group &group)
{
    const QString name = group.name;
    const QString key = group.key;
    if (m_context.registry.removeMember(group, userKey)) {
        if (m_context.store)
            m_context.store->deleteGroup(key);
        m_context.log.add(LogRecord::Kind::Group,
                          tr("The group %1 is gone: it has no members left").arg(name));
        return false;
    }
    persist(group);
    return true;
}

void GroupCommands::setVisibility(Session &session, const QString &group, bool isPublic)
{
    Group *g = ownedGroup(session, group);
    if (!g)
        return;
    if (g->isPublic != isPublic) {
        m_context.registry.setPublic(*g, isPublic);
        persist(*g);
        m_context.router.toGroup(g->key, Envelope(ServerLine::about(g->name, g->owner, isPublic)));
        m_context.log.add(
                LogRecord::Kind::Group,
                isPublic ? tr("%1 made the group %2 public").arg(session.name(), g->name)
                         : tr("%1 made the group %2 private").arg(session.name(), g->name));
    }
    session.send(ServerLine::okVisibility(g->name, isPublic));
}

void GroupCommands::kick(Session &session, const QString &group, const QString &user,
                         const QString &reason)
{
    Group *g = ownedGroup(session, group);
    if (!g)
        return;
    const QString key = NameRules::key(user);
    const auto member = g->members.constFind(key);
    if (member == g->members.cend())
        return session.send(Replies::notInGroup(g->name, user));
    const QString name = member->name;
    const QString groupName = g->name;
    // The member reads why before they are out; the reason is the group's, never the log's.
    m_context.router.toGroup(g->key,
                             Envelope(ServerLine::kicked(g->name, name, session.name(), reason)));
    m_context.log.add(LogRecord::Kind::Group,
                      tr("%1 removed %2 from the group %3").arg(session.name(), name, g->name));
    const QString ownerKey = g->ownerKey;
    if (removeMember(key, *g) && g->ownerKey != ownerKey)
        m_context.router.toGroup(g->key,
                                 Envelope(ServerLine::about(g->name, g->owner, g->isPublic)));
    session.send(ServerLine::okKick(groupName, name));
}

Group *GroupCommands::ownedGroup(Session &session, const QString &group)
{
    Group *g = memberGroup(m_context.registry, session, group);
    if (g && g->ownerKey != session.key()) {
        session.send(Replies::notOwner(g->name, g->owner));
        return nullptr;
    }
    return g;
}

void GroupCommands::persist(const Group &group)
{
    Store *store = m_context.store;
    if (!store)
        return;
    StoredGroup stored{ group.key, group.name, group.owner, group.ownerKey, {}, group.isPublic };
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
        session.send(
                ServerLine::groupEntry(g->name, g->owner, quint64(g->members.size()), g->isPublic));
    }
    session.send(ServerLine::okCount(Type::Groups, quint64(mine.size())));
}

void GroupCommands::directory(Session &session, const QString &after)
{
    const auto [groups, more] =
            m_context.registry.publicGroups(after.isEmpty() ? QString() : NameRules::key(after),
                                            m_context.limits.maxDirectoryEntries);
    for (const Group *g : groups)
        session.send(ServerLine::publicEntry(g->name, g->owner, quint64(g->members.size())));
    session.send(ServerLine::okDirectory(quint64(groups.size()), more));
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
