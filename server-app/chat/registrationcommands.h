// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "chatcontext.h"
#include "command.h"
#include "logthrottle.h"
#include "serverpassword.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace Chinwag {

class GroupCommands;
class Session;
class User;

// Who a connection speaks for: PASS, NAME (a guest), an account's sign-in once its password is
// checked, and the user's departure.
class RegistrationCommands
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::RegistrationCommands)

public:
    RegistrationCommands(const ChatContext &context, GroupCommands &groups,
                         const ServerPassword &password);

    void pass(Session &session, const QString &password);
    // Whether the session may register now (it gave the server's password, if there is one);
    // if not, it is told so.
    bool mayRegister(Session &session);
    void name(Session &session, const QString &name);
    // The session is closing: when it was its user's last, the others learn that the user left
    // (PARTED in its groups, then LEFT with `why`).
    void depart(Session &session, const QString &why);

    // `session` speaks for `account` from now on (SIGNUP, SIGNIN): OK `command`, JOINED for
    // the others if it is the account's first connection, and what was held for it.
    void signedIn(Session &session, const Account &account, Command::Type command);
    // The messages held for an account, to each of its sessions.
    void deliverHeld(User &user);

private:
    // The account was seen now: for the operator's list.
    void touch(const QString &accountKey);

    ChatContext m_context;
    GroupCommands &m_groups;
    const ServerPassword m_password;
    QElapsedTimer m_clock; // for the log's throttle
    LogThrottle m_wrongPasswords;
};

} // namespace Chinwag
