// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Chinwag {

class Session;
class User;
struct Group;

// Groups: MAKEGROUP and PUBLICGROUP, INVITE, JOIN, LEAVE, GROUPS, MEMBERS and DIRECTORY, the
// owner's VISIBILITY and KICK, and leaving a group however it happens. An account's membership
// is kept in the store and outlives its connections, so an account may be added while it is
// offline; a guest's ends with its connection.
class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::GroupCommands)

public:
    explicit GroupCommands(const ChatContext &context) : m_context(context) { }

    void makeGroup(Session &session, const QString &group, const QStringList &users, bool isPublic);
    void invite(Session &session, const QString &group, const QString &user);
    void join(Session &session, const QString &group);
    void leave(Session &session, const QString &group);
    void groups(Session &session);
    void members(Session &session, const QString &group);
    void directory(Session &session, const QString &after);
    void setVisibility(Session &session, const QString &group, bool isPublic);
    void kick(Session &session, const QString &group, const QString &user, const QString &reason);

    // The member `userKey` (called `name`) leaves `group`: the others are told, and a group
    // with no members left is gone.
    void leaveGroup(const QString &userKey, const QString &name, Group &group);
    // What the store keeps of the group: its account members.
    void persist(const Group &group);

    // The group named, when it exists and the user of `session` is a member; otherwise the
    // error is sent and the result is nullptr.
    static Group *memberGroup(Registry &registry, Session &session, const QString &group);

private:
    // Takes the member out, keeping the store up to date; returns false when the group is gone
    // with them, and `group` with it.
    bool removeMember(const QString &userKey, Group &group);
    // The group named, when it exists and the user of `session` owns it; otherwise the error is
    // sent and the result is nullptr.
    Group *ownedGroup(Session &session, const QString &group);

    // The online user or the account `name` names: its key and its name as spelled; nothing if
    // there is neither.
    std::optional<std::pair<QString, QString>> findUser(const QString &name) const;

    ChatContext m_context;
};

} // namespace Chinwag
