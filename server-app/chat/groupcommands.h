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

// Private groups: MAKEGROUP, INVITE, LEAVE, GROUPS and MEMBERS, and leaving a group however it
// happens. An account's membership is kept in the store and outlives its connections, so an
// account may be added while it is offline; a guest's ends with its connection.
class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::GroupCommands)

public:
    explicit GroupCommands(const ChatContext &context) : m_context(context) { }

    void makeGroup(Session &session, const QString &group, const QStringList &users);
    void invite(Session &session, const QString &group, const QString &user);
    void leave(Session &session, const QString &group);
    void groups(Session &session);
    void members(Session &session, const QString &group);

    // The member `userKey` (called `name`) leaves `group`: the others are told, and a group
    // with no members left is gone.
    void leaveGroup(const QString &userKey, const QString &name, Group &group);
    // What the store keeps of the group: its account members.
    void persist(const Group &group);

    // The group named, when it exists and the user of `session` is a member; otherwise the
    // error is sent and the result is nullptr.
    static Group *memberGroup(Registry &registry, Session &session, const QString &group);

private:
    // The online user or the account `name` names: its key and its name as spelled; nothing if
    // there is neither.
    std::optional<std::pair<QString, QString>> findUser(const QString &name) const;

    ChatContext m_context;
};

} // namespace Chinwag
