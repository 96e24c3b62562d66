// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"
#include "command.h"
#include "serverline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QString>

namespace Chinwag {

class GroupCommands;
class RegistrationCommands;
class Session;

// Accounts: SIGNUP, SIGNIN, CLAIM, PASSWORD and DELETEACCOUNT, and the operator's lock, unlock
// and delete. A password is checked or hashed on the hasher's pool while its session waits
// (Session::suspend()), reading nothing, so that the replies stay in order and the event loop
// goes on with everyone else. Whatever may have changed meanwhile (the session closed, the name
// was taken, the account deleted) is looked at again when the answer comes.
//
// Wrong passwords are throttled per address and per account (SignInThrottle), and each one and
// each lockout is a record in the log; no password is ever in a record or a reply.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::AccountCommands)

public:
    AccountCommands(const ChatContext &context, RegistrationCommands &registration,
                    GroupCommands &groups);

    void signUp(Session &session, const QString &name, const QString &password);
    void signIn(Session &session, const QString &name, const QString &password);
    void claim(Session &session, const QString &password);
    void changePassword(Session &session, const QString &oldPassword, const QString &newPassword);
    void deleteAccount(Session &session, const QString &password);

    // The operator's. Returns false when there is no such account.
    bool setLocked(const QString &accountKey, bool locked);
    bool remove(const QString &accountKey);

private:
    // Whether the session may try a password for `accountKey` now; if not, the error is sent.
    bool mayTry(Session &session, const QString &accountKey);
    // A wrong password: counted, logged, answered.
    void wrongPassword(Session &session, const QString &accountName);
    // The account is gone: its groups are left and its sessions closed with `bye`.
    void removeAccount(const QString &accountKey, const ServerLine &bye, const QString &why);
    qint64 now() const { return m_clock.elapsed(); }

    ChatContext m_context;
    RegistrationCommands &m_registration;
    GroupCommands &m_groups;
    QElapsedTimer m_clock;
};

} // namespace Chinwag
