// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineframer.h"
#include "protocollimits.h"
#include "serverline.h"
#include "transport.h"
#include "typingthrottle.h"

#include <QDateTime>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

namespace Chinwag {

class CommandHandler;
class Envelope;

// One client's connection: its transport, its framer, its state (connected, registered,
// closing), its identity once registered, and the counters the monitor shows. It hands each line
// the transport reads to the CommandHandler, and gives the transport what it writes; nothing
// blocks. The Registry sets the identity (name, away, groups); everything else here is the
// connection's.
class Session : public QObject, private Transport::Receiver
{
    Q_OBJECT

public:
    enum class State { Connected, Registered, Closing };

    // Takes over `transport`, which must be connected.
    Session(quint64 id, std::unique_ptr<Transport> transport, CommandHandler &handler,
            const Limits &limits, QObject *parent = nullptr);

    // Sends the welcome and starts reading.
    void start();
    // A line for this session alone: a reply, an error.
    void send(const ServerLine &line);
    // A line routed to this session among others: the bytes are shared with the others.
    void deliver(const Envelope &envelope);
    // Asks the processor for what deliver() reads, ahead of a fan-out reaching this session:
    // the session, then (once it has come) its transport.
    void prefetch() const { __builtin_prefetch(&m_transport); }
    void prefetchTransport() const { __builtin_prefetch(m_transport.get()); }
    // Sends `bye` last, lets the others know (`why` is what they read in LEFT), and closes once
    // what is queued is written, or after a grace period if the client does not read.
    void close(const ServerLine &bye, const QString &why);

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    bool isRegistered() const { return m_state == State::Registered; }
    const QString &name() const { return m_name; } // empty until registered
    const QString &key() const { return m_key; } // NameRules::key(name())
    bool isAway() const { return m_away; }
    const QString &awayText() const { return m_awayText; }
    const QMap<QString, QString> &groups() const { return m_groups; } // key to name
    const QHostAddress &peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    QString endpoint() const; // "address:port"
    const QDateTime &connectedSince() const { return m_connectedSince; }
    // Why the connection ended, as LEFT says it: "quit", "connection lost", "kicked: …".
    const QString &closeReason() const { return m_closeReason; }

    // Chat messages sent (accepted from this client) and received; bytes read and written.
    quint64 messagesIn() const { return m_messagesIn; }
    quint64 messagesOut() const { return m_messagesOut; }
    quint64 bytesIn() const { return m_bytesIn; }
    quint64 bytesOut() const { return m_bytesOut; }
    void countMessageIn() { ++m_messagesIn; }

    TypingThrottle &typingThrottle() { return m_typingThrottle; }

signals:
    // The connection is closed; the session is deleted later by its owner.
    void finished(Chinwag::Session *session);

private:
    friend class Registry;

    void bytesReceived(QByteArrayView bytes) override;
    void disconnected() override;
    void handleFrame(const LineFramer::Frame &frame);
    void write(const QByteArray &bytes, Transport::Urgency urgency = Transport::Urgency::Now);

    // What deliver() uses, together: a line to everyone touches every session.
    std::unique_ptr<Transport> m_transport;
    State m_state = State::Connected;
    quint64 m_messagesOut = 0;
    quint64 m_bytesOut = 0;

    CommandHandler &m_handler;
    LineFramer m_framer;
    const quint64 m_id;
    QString m_name;
    QString m_key;
    QString m_awayText;
    bool m_away = false;
    QMap<QString, QString> m_groups;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QDateTime m_connectedSince;
    QString m_closeReason;
    quint64 m_messagesIn = 0;
    quint64 m_bytesIn = 0;
    TypingThrottle m_typingThrottle;
};

} // namespace Chinwag
