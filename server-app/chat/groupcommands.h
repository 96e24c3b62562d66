// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Chinwag {

class Session;
class User;
struct Group;

// Private groups: MAKEGROUP, INVITE, LEAVE, GROUPS and MEMBERS, and leaving a group however it
// happens.
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

    // `user` leaves `group`: the others are told, and a group with no members left is gone.
    void leaveGroup(const User &user, Group &group);

    // The group named, when it exists and the user of `session` is a member; otherwise the
    // error is sent and the result is nullptr.
    static Group *memberGroup(Registry &registry, Session &session, const QString &group);

private:
    ChatContext m_context;
};

} // namespace Chinwag
