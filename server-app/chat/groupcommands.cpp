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

#include <QSet>

#include <algorithm>

namespace Chinwag {

using Type = Command::Type;

void GroupCommands::makeGroup(Session &session, const QString &group, const QStringList &users)
{
    Registry &registry = m_context.registry;
    const Limits &limits = m_context.limits;
    if (registry.group(NameRules::key(group)))
        return session.send(Replies::groupExists(group));
    User &creator = *session.user();
    QList<User *> others;
    QStringList missing;
    QSet<QString> seen{ creator.key() };
    for (const QString &name : users) {
        const QString key = NameRules::key(name);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (User *member = registry.user(key))
            others.append(member);
        else
            missing.append(name);
    }
    if (!missing.isEmpty())
        return session.send(Replies::noSuchUsers(missing));
    if (others.size() + 1 > limits.maxMembersPerGroup)
        return session.send(Replies::groupFull(group, limits.maxMembersPerGroup));
    for (const User *member : QList<User *>{ &creator } + others) {
        if (registry.groupCountOf(member->key()) >= limits.maxGroupsPerUser)
            return session.send(Replies::tooManyGroups(member->name(), limits.maxGroupsPerUser));
    }
    const Group &g = registry.addGroup(group, creator, others, m_context.ids.lastId());
    QStringList names;
    for (const User *member : std::as_const(others))
        names.append(member->name());
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
    User *invitee = registry.user(NameRules::key(user));
    if (!invitee)
        return session.send(Replies::noSuchUser(user));
    if (g->members.contains(invitee->key()))
        return session.send(Replies::alreadyMember(g->name, invitee->name()));
    if (g->members.size() >= limits.maxMembersPerGroup)
        return session.send(Replies::groupFull(g->name, limits.maxMembersPerGroup));
    if (registry.groupCountOf(invitee->key()) >= limits.maxGroupsPerUser)
        return session.send(Replies::tooManyGroups(invitee->name(), limits.maxGroupsPerUser));
    registry.addMember(*g, *invitee, m_context.ids.lastId());
    m_context.router.toGroup(
            g->key, Envelope(ServerLine::invited(g->name, invitee->name(), session.name())));
    session.send(ServerLine::okInvite(g->name, invitee->name()));
    m_context.log.add(
            LogRecord::Kind::Group,
            tr("%1 added %2 to the group %3").arg(session.name(), invitee->name(), g->name));
}

void GroupCommands::leave(Session &session, const QString &group)
{
    Group *g = memberGroup(m_context.registry, session, group);
    if (!g)
        return;
    session.send(ServerLine::okGroup(Type::Leave, g->name));
    leaveGroup(*session.user(), *g);
}

void GroupCommands::leaveGroup(const User &user, Group &group)
{
    const QString name = group.name;
    const QString key = group.key;
    const bool gone = m_context.registry.removeMember(group, user.key());
    m_context.log.add(LogRecord::Kind::Group, tr("%1 left the group %2").arg(user.name(), name));
    if (gone) {
        m_context.log.add(LogRecord::Kind::Group,
                          tr("The group %1 is gone: it has no members left").arg(name));
        return;
    }
    m_context.router.toGroup(key, Envelope(ServerLine::parted(name, user.name())));
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
