// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <chrono>

class QSslSocket;
class QTimer;

namespace Chinwag {

// Listens for TLS: takes each connection through its handshake with Qt's QSslSocket, within a
// time limit, and hands over the encrypted ones. It does what QSslServer does, but says what
// happened: a connection whose first byte cannot start a TLS handshake (someone typed a command
// in clear) is told so in clear and reported, rather than dropped without a trace, and every
// handshake that fails or takes too long is reported. Like QSslServer, it stops accepting while
// maxPendingConnections() handshakes are under way; the rest wait in the kernel's backlog.
class TlsListener : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;
    ~TlsListener() override;

    // For the connections accepted from now on.
    void setSslConfiguration(const QSslConfiguration &configuration)
    {
        m_configuration = configuration;
    }
    // How long a connection may take from being accepted to the end of its handshake.
    void setHandshakeTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // What a connection that speaks in clear reads before it is closed: whole lines.
    void setPlainTextReply(const QByteArray &lines) { m_plainTextReply = lines; }

signals:
    // The receiver takes `socket`, encrypted and connected; the listener is its parent.
    void connectionEncrypted(QSslSocket *socket);
    // The connection's first bytes were not a TLS handshake: it was told so and closed.
    void plainTextRefused(const QHostAddress &address, quint16 port);
    // The handshake failed, or did not finish in time; the connection is closed.
    void handshakeFailed(const QHostAddress &address, quint16 port, const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Handshake
    {
        QHostAddress address;
        quint16 port = 0;
        QTimer *timer = nullptr; // the socket's child
        bool refusing = false; // plain text: writing the reply, then closing
    };

    void readFirstBytes(QSslSocket *socket);
    void refusePlainText(QSslSocket *socket, Handshake &handshake);
    void fail(QSslSocket *socket, const QString &reason);
    // The handshake is over, one way or the other: the listener lets go of `socket`.
    void forget(QSslSocket *socket);
    void updateAccepting();

    QSslConfiguration m_configuration;
    std::chrono::milliseconds m_timeout{ 10000 };
    QByteArray m_plainTextReply;
    QHash<QSslSocket *, Handshake> m_handshakes;
    bool m_pausedByHandshakes = false;
};

} // namespace Chinwag
