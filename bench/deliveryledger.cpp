// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryledger.h"

namespace Chinwag {

DeliveryLedger::DeliveryLedger(int clients, const QList<int> &senderClients, quint32 window)
    : m_expected(qsizetype(clients) * senderClients.size(), 0),
      m_window(std::max<quint32>(window, 1)),
      m_recipients(quint32(clients - 1))
{
    m_senders.reserve(senderClients.size());
    for (int client : senderClients)
        m_senders.append(Sender{ client, 0, 0, QList<quint32>(m_window, 0) });
}

quint32 DeliveryLedger::room(int sender) const
{
    const Sender &s = m_senders.at(sender);
    return m_window - (s.next - s.oldest);
}

quint32 DeliveryLedger::send(int sender)
{
    Sender &s = m_senders[sender];
    Q_ASSERT(s.next - s.oldest < m_window);
    const quint32 sequence = s.next++;
    s.missing[sequence % m_window] = m_recipients;
    ++m_sent;
    m_outstanding += m_recipients;
    if (m_recipients == 0)
        s.oldest = s.next;
    return sequence;
}

void DeliveryLedger::settle(Sender &sender, quint32 sequence)
{
    --sender.missing[sequence % m_window];
    --m_outstanding;
    while (sender.oldest != sender.next && sender.missing.at(sender.oldest % m_window) == 0)
        ++sender.oldest;
}

DeliveryLedger::Outcome DeliveryLedger::record(int receiver, quint32 sender, quint32 sequence)
{
    if (sender >= quint32(m_senders.size()) || receiver == m_senders.at(sender).client) {
        ++m_unknown;
        return Outcome::Unknown;
    }
    Sender &s = m_senders[sender];
    // Sequence numbers wrap around with quint32: compare as distances from the oldest.
    if (sequence - s.oldest >= s.next - s.oldest) {
        // Not in flight: either never sent, or already delivered to every recipient.
        const bool neverSent = sequence - s.next < 0x8000'0000u;
        ++(neverSent ? m_unknown : m_duplicates);
        return neverSent ? Outcome::Unknown : Outcome::Duplicate;
    }
    quint32 &expected = m_expected[qsizetype(receiver) * m_senders.size() + sender];
    if (sequence - s.oldest < expected - s.oldest) {
        ++m_duplicates;
        return Outcome::Duplicate;
    }
    // The ones skipped will not come: the server keeps each sender's order.
    for (; expected != sequence; ++expected) {
        ++m_lost;
        settle(s, expected);
    }
    ++expected;
    settle(s, sequence);
    return Outcome::Delivered;
}

void DeliveryLedger::finish()
{
    m_lost += m_outstanding;
    m_outstanding = 0;
}

} // namespace Chinwag
