// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <chrono>

namespace Chinwag {

class ChatClient;

// Sends the user's lines through the client no faster than the server's flood control allows
// (Limits: a burst, then so many lines a second): a few at once, the rest paced a little below
// the steady rate, so that a pasted block of many lines arrives whole, in order, and nothing the
// client sends meanwhile (a typing hint, a history request) is delayed by the server. Paced
// lines wait while the client is not online.
class MessagePacer : public QObject
{
    Q_OBJECT

public:
    explicit MessagePacer(ChatClient *client, QObject *parent = nullptr);

    // Lines that may go at once, and the time between the others.
    void setPace(int burst, std::chrono::milliseconds interval);
    int burst() const { return m_burst; }
    std::chrono::milliseconds interval() const { return m_interval; }

    void enqueue(const Conversation &to, const QStringList &lines);
    // Lines waiting for their turn.
    int pending() const { return int(m_queue.size()); }
    // Drops the lines still waiting.
    void cancel();

Q_SIGNALS:
    void pendingChanged(int pending);

private:
    struct Line
    {
        Conversation to;
        QString text;
    };

    void refill();
    void release();
    void schedule();

    ChatClient *m_client;
    QQueue<Line> m_queue;
    QTimer m_timer;
    int m_burst;
    std::chrono::milliseconds m_interval;
    double m_tokens;
    QElapsedTimer m_sinceRefill; // invalid until the first line
};

} // namespace Chinwag
