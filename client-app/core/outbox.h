// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientconnection.h"
#include "messageentry.h"

#include <command.h>
#include <conversation.h>

#include <QHash>
#include <QList>
#include <QObject>

namespace Chinwag {

// The user's own messages on their way, each told as it moves (messageChanged): Queued (typed
// while not online) → Sending (written) → Sent or Held (the server's id and time from its
// OK MSG…) or Failed (with a sentence why). Text and names are checked with TextRules,
// NameRules and the HELLO line's limit before anything is written. Queued messages go out, in
// order, once the connection is registered (flush()); those in flight when it ends are marked
// failed, as they may not have arrived.
class Outbox : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(ClientConnection *connection, QObject *parent = nullptr);

    // Sends one line of text; returns the message's local id, which messageChanged() reports
    // on, or 0 if the text is blank.
    quint64 send(const Conversation &to, const QString &text);
    // Writes what was queued while not online, oldest first.
    void flush();

    // The bytes the line that sends `text` to `to` takes, against the server's line limit.
    static qsizetype lineBytes(const Conversation &to, const QString &text);

Q_SIGNALS:
    void messageChanged(const Chinwag::MessageEntry &entry);

private:
    static Command commandFor(const Conversation &to, const QString &text);
    void write(MessageEntry entry);
    void fail(MessageEntry entry, const QString &why);
    void handleAnswered(quint64 localId, const ServerLine &reply);
    void handleRefused(quint64 localId, const ProtocolError &error);
    void handleEnded(ClientConnection::Ending how, const QList<quint64> &unanswered);

    ClientConnection *m_connection;
    QList<MessageEntry> m_queued;
    QHash<quint64, MessageEntry> m_sending; // written, by local id, until the server answers
    quint64 m_lastLocalId = 0;
};

} // namespace Chinwag
