// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"
#include "logthrottle.h"
#include "serverpassword.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace Chinwag {

class GroupCommands;
class Session;

// Who a connection speaks for: PASS, NAME, and the user's departure.
class RegistrationCommands
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::RegistrationCommands)

public:
    RegistrationCommands(const ChatContext &context, GroupCommands &groups,
                         const ServerPassword &password);

    void pass(Session &session, const QString &password);
    void name(Session &session, const QString &name);
    // The session is closing: when it was its user's last, the others learn that the user left
    // (PARTED in its groups, then LEFT with `why`).
    void depart(Session &session, const QString &why);

private:
    // The name of `session` is registered: remembered, and what was held for it delivered.
    void welcome(Session &session);

    ChatContext m_context;
    GroupCommands &m_groups;
    const ServerPassword m_password;
    QElapsedTimer m_clock; // for the log's throttle
    LogThrottle m_wrongPasswords;
};

} // namespace Chinwag
