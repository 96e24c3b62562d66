// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"
#include "chatmessage.h"

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <utility>

namespace Chinwag {

class Session;
struct Conversation;

// What users say: MSGALL, MSGIND, SENDGROUP, and TYPING. Every message gets its id and time
// here, is counted and is kept in the history; it reaches the recipients' sessions through the
// router, and the sender's other sessions too, so that each device shows it.
class MessageCommands
{
public:
    explicit MessageCommands(const ChatContext &context);

    void msgAll(Session &session, const QString &text);
    void msgInd(Session &session, const QString &user, const QString &text);
    void sendGroup(Session &session, const QString &group, const QString &text);
    void typing(Session &session, const Conversation &conversation);

    // Chat messages accepted since the server started: what the traffic meter counts.
    quint64 messagesAccepted() const { return m_messagesAccepted; }

private:
    // Gives a message from `session` its id and time, counts it and keeps it in the history;
    // `toKey` is the folded name of its recipient or group.
    ChatMessage accept(Session &session, const Conversation &to, const QString &toKey,
                       const QString &text, bool held = false);
    // Delivers and acknowledges the message at once, or with ChatContext::storeBeforeAck once
    // it is written; meanwhile the session reads nothing, so that its replies stay in order.
    // `sender` is nullptr if the session has ended by then: the others still get the message.
    // A template, so that the usual case costs no std::function per message.
    template<typename Finish>
    void complete(Session &session, quint64 id, Finish finish)
    {
        if (!m_context.store || !m_context.storeBeforeAck)
            return finish(&session);
        completeWhenStored(session, id, std::move(finish));
    }
    void completeWhenStored(Session &session, quint64 id,
                            std::function<void(Session *sender)> finish);

    ChatContext m_context;
    QElapsedTimer m_clock; // for TYPING's throttle
    quint64 m_messagesAccepted = 0;
};

} // namespace Chinwag
