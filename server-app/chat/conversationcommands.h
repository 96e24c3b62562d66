// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"
#include "conversation.h"

#include <QString>

namespace Chinwag {

class Session;

// An account's conversations and how far it has read each: CONVERSATIONS and READ. Read
// positions are the account's, not a connection's, so that a second device knows what the
// first has read; each moves only forward, and the account's other sessions are told (READ).
class ConversationCommands
{
public:
    explicit ConversationCommands(const ChatContext &context) : m_context(context) { }

    void conversations(Session &session);
    void read(Session &session, const Conversation &conversation, quint64 id);

private:
    ChatContext m_context;
};

} // namespace Chinwag
