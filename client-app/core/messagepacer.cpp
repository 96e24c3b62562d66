// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagepacer.h"

#include "chatclient.h"

#include "protocollimits.h"

namespace Chinwag {

using namespace std::chrono_literals;

MessagePacer::MessagePacer(ChatClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    // A quarter of the server's burst, leaving the rest to everything else the client sends;
    // then four fifths of its steady rate, so that the server's bucket fills up again meanwhile.
    const Limits limits;
    setPace(qMax(1, limits.floodBurst / 4),
            std::chrono::milliseconds(5000 / (4 * qMax(1, limits.floodLinesPerSecond))));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MessagePacer::release);
    connect(client, &ChatClient::registered, this, &MessagePacer::release);
}

void MessagePacer::setPace(int burst, std::chrono::milliseconds interval)
{
    m_burst = qMax(1, burst);
    m_interval = qMax(1ms, interval);
    m_tokens = m_burst;
    m_sinceRefill.invalidate();
}

void MessagePacer::enqueue(const Conversation &to, const QStringList &lines)
{
    const int before = pending();
    for (const QString &text : lines)
        m_queue.enqueue({ to, text });
    // The first lines go at once, whether or not the client is online: it keeps them until
    // it is, as it keeps anything typed while the connection is away.
    refill();
    while (!m_queue.isEmpty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        const Line line = m_queue.dequeue();
        m_client->sendMessage(line.to, line.text);
    }
    if (pending() != before)
        Q_EMIT pendingChanged(pending());
    schedule();
}

void MessagePacer::cancel()
{
    if (m_queue.isEmpty())
        return;
    m_queue.clear();
    m_timer.stop();
    Q_EMIT pendingChanged(0);
}

void MessagePacer::refill()
{
    // Time since the last refill earns tokens, up to the burst.
    if (m_sinceRefill.isValid()) {
        const double earned = double(m_sinceRefill.restart()) / double(m_interval.count());
        m_tokens = qMin(double(m_burst), m_tokens + earned);
    } else {
        m_sinceRefill.start();
    }
}

void MessagePacer::release()
{
    if (m_queue.isEmpty() || !m_client->isOnline())
        return;
    refill();
    bool sent = false;
    while (!m_queue.isEmpty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        const Line line = m_queue.dequeue();
        m_client->sendMessage(line.to, line.text);
        sent = true;
    }
    if (sent)
        Q_EMIT pendingChanged(pending());
    schedule();
}

void MessagePacer::schedule()
{
    if (m_queue.isEmpty() || m_timer.isActive())
        return;
    const double missing = qMax(0.0, 1.0 - m_tokens);
    m_timer.start(std::chrono::milliseconds(qint64(missing * double(m_interval.count())) + 1));
}

} // namespace Chinwag
