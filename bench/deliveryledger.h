// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Chinwag {

// Which message from which sender each client has received, and how many of each sender's
// messages are still on their way. The server keeps each sender's order, so a receiver expects
// each sender's sequence numbers one after the other: a number ahead of the expected one means
// the ones between were lost, a number behind it a duplicate.
//
// A sender may have at most `window` messages that have not yet reached every recipient: a ring
// of that many counters holds, per message in flight, how many recipients it still lacks.
class DeliveryLedger
{
public:
    enum class Outcome { Delivered, Duplicate, Unknown };

    // `senderClients[s]` is the client index of sender slot s; every other client receives
    // each of its messages.
    DeliveryLedger(int clients, const QList<int> &senderClients, quint32 window);

    int senders() const { return int(m_senders.size()); }
    int clientOf(int sender) const { return m_senders.at(sender).client; }
    // Messages the sender may send before its window is full.
    quint32 room(int sender) const;
    // Takes the next sequence number of a sender that has room().
    quint32 send(int sender);
    Outcome record(int receiver, quint32 sender, quint32 sequence);

    quint64 sent() const { return m_sent; }
    // Deliveries still owed for messages sent: zero once everything sent has arrived everywhere.
    quint64 outstanding() const { return m_outstanding; }
    quint64 duplicates() const { return m_duplicates; }
    // Deliveries skipped (a later number arrived first) plus, once `finish()`, those never seen.
    quint64 lost() const { return m_lost; }
    quint64 unknown() const { return m_unknown; }
    // Counts every delivery still owed as lost; call once, after the last wait.
    void finish();

private:
    struct Sender
    {
        int client;
        quint32 next = 0; // the next sequence number to send
        quint32 oldest = 0; // the oldest message not yet delivered everywhere
        QList<quint32> missing; // per message in flight, at sequence % window: recipients lacking
    };

    void settle(Sender &sender, quint32 sequence);

    QList<Sender> m_senders;
    QList<quint32> m_expected; // [receiver * senders + sender]: the next sequence number due
    quint32 m_window;
    quint32 m_recipients;
    quint64 m_sent = 0;
    quint64 m_outstanding = 0;
    quint64 m_duplicates = 0;
    quint64 m_lost = 0;
    quint64 m_unknown = 0;
};

} // namespace Chinwag
