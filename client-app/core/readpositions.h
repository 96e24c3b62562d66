// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Chinwag {

class ChatClient;

// How far an account has read each conversation as the server knows it, and what is left to
// tell it. A position the user reads past is told with READ after a short delay, the newest
// only, so that reading a busy conversation costs one line every so often instead of one per
// message (flood control counts lines). What the server said itself (CONVERSATIONS, READ from
// another device, a message the account sent) is never told back. Positions not yet told when
// the connection ends are told after the next sign-in.
class ReadPositions : public QObject
{
    Q_OBJECT

public:
    explicit ReadPositions(ChatClient *client, QObject *parent = nullptr);

    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }

    // The position the server knows, or is about to; 0 when none.
    quint64 position(const Conversation &conversation) const;
    // The server knows the account has read up to `id`.
    void learn(const Conversation &conversation, quint64 id);
    // The user has read up to `id`: told soon, if the server knows less.
    void advance(const Conversation &conversation, quint64 id);
    // Tells the server now what is left to tell, as before the user closes the connection.
    void flush();
    // Another user's chat begins.
    void clear();

private:
    struct Position
    {
        Conversation conversation;
        quint64 known = 0; // what the server knows
        quint64 read = 0; // what the user has read, at least `known`
    };

    ChatClient *m_client;
    QHash<QString, Position> m_positions; // by conversationKey()
    QTimer m_timer;
};

} // namespace Chinwag
