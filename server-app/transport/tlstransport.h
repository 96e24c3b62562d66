// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport.h"

#include <memory>

class QSslSocket;

namespace Chinwag {

// A TLS connection, once TlsListener has finished its handshake: Qt's QSslSocket on Qt's own
// event loop, behind the same Transport interface as the plain TCP connections of the EpollLoop.
// Its read buffer is bounded, so that a connection whose reading is paused holds at most that
// much, and the kernel's TCP window slows the peer.
class TlsTransport final : public Transport
{
public:
    // Takes over `socket`, encrypted and connected.
    explicit TlsTransport(QSslSocket *socket);
    ~TlsTransport() override;
    TlsTransport(const TlsTransport &) = delete;
    TlsTransport &operator=(const TlsTransport &) = delete;

    void start(Receiver &receiver) override;
    void write(const QByteArray &bytes, Urgency urgency) override;
    qsizetype queuedBytes() const override;
    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override { return m_readingPaused; }
    void closeAfterFlush() override;
    void abort() override;
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }

private:
    void readAvailable();
    // Reports disconnected() once, from the event loop.
    void reportDisconnectedLater();

    std::unique_ptr<QSslSocket> m_socket;
    Receiver *m_receiver = nullptr;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_readingPaused = false;
    bool m_closing = false;
    bool m_reportPosted = false;
};

} // namespace Chinwag
