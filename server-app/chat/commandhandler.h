// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountcommands.h"
#include "chatcontext.h"
#include "conversationcommands.h"
#include "envelope.h"
#include "groupcommands.h"
#include "historycommands.h"
#include "messagecommands.h"
#include "presencecommands.h"
#include "registrationcommands.h"
#include "serverpassword.h"
#include "session.h"

#include <QList>

namespace Chinwag {

// What the server does for each command: the one switch over Command::Type, and the check that a
// command may come before registration. Each kind of command is a part of its own that works
// through the ChatContext (the registry, a router, the store, the log), with its checks in the
// order docs/PROTOCOL.md lists the errors; a test drives it without sockets.
class CommandHandler : public Session::Handler
{
public:
    // Without a store, HISTORY is refused, there are no accounts and nothing is held. With a
    // password, PASS must give it before NAME, SIGNUP or SIGNIN.
    explicit CommandHandler(const ChatContext &context,
                            const ServerPassword &password = ServerPassword({}));

    void greet(Session &session) override;
    void handle(Session &session, const Command &command) override;
    void depart(Session &session, const QString &why) override;

    // Chat messages accepted since the server started: what the traffic meter counts.
    quint64 messagesAccepted() const { return m_messages.messagesAccepted(); }
    // The operator's actions on accounts.
    AccountCommands &accounts() { return m_accounts; }

private:
    void help(Session &session, const QString &topic);

    const QList<Envelope> m_welcome; // the same bytes for every connection
    GroupCommands m_groups;
    RegistrationCommands m_registration;
    AccountCommands m_accounts;
    ConversationCommands m_conversations;
    MessageCommands m_messages;
    PresenceCommands m_presence;
    HistoryCommands m_history;
};

} // namespace Chinwag
