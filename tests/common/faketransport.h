// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport.h"

#include <QByteArrayList>
#include <QObject>

namespace Chinwag {

// A connection without a socket: what the session writes is kept as lines, and a test feeds it
// what the client would send. It reports its end on the event loop, as a real one does.
class FakeTransport : public QObject, public Transport
{
    Q_OBJECT

public:
    explicit FakeTransport(const QHostAddress &peer = QHostAddress::LocalHost, quint16 port = 50000)
        : m_peer(peer), m_port(port)
    {
    }

    void start(Receiver &receiver) override { m_receiver = &receiver; }
    void write(const QByteArray &bytes, Urgency) override;
    qsizetype queuedBytes() const override { return 0; }
    void setReadingPaused(bool paused) override { m_paused = paused; }
    bool isReadingPaused() const override { return m_paused; }
    void closeAfterFlush() override { finish(); }
    void abort() override { finish(); }
    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return m_port; }

    // What the client sends: one line, its LF added.
    void feed(const QByteArray &line);
    // The lines written and not yet taken, without their LF.
    QByteArrayList takeLines();
    // Gives back lines taken and not looked at, to be taken again first.
    void putBack(const QByteArrayList &lines) { m_putBack = lines + m_putBack; }
    bool isClosed() const { return m_closed; }

private:
    void finish();

    Receiver *m_receiver = nullptr;
    QHostAddress m_peer;
    quint16 m_port;
    QByteArray m_written;
    QByteArrayList m_putBack;
    bool m_paused = false;
    bool m_closed = false;
};

} // namespace Chinwag
