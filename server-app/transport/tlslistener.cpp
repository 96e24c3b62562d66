// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlslistener.h"

#include <QSslSocket>
#include <QTimer>

#include <unistd.h>

namespace Chinwag {

namespace {
// The first byte of every TLS (and SSL 3) connection: a handshake record, the ClientHello.
constexpr char HandshakeRecord = 0x16;
} // namespace

TlsListener::~TlsListener()
{
    // A socket destroyed with the listener reports its end; nobody is left to hear it.
    for (auto it = m_handshakes.cbegin(); it != m_handshakes.cend(); ++it)
        it.key()->disconnect(this);
}

void TlsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(m_configuration);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    Handshake handshake{ socket->peerAddress(), socket->peerPort(), new QTimer(socket) };
    handshake.timer->setSingleShot(true);
    connect(handshake.timer, &QTimer::timeout, this, [this, socket] {
        const auto seconds = int((m_timeout.count() + 999) / 1000);
        fail(socket, tr("it did not finish within %n second(s)", nullptr, seconds));
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFirstBytes(socket); });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        forget(socket);
        emit connectionEncrypted(socket);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket] { fail(socket, socket->errorString()); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        forget(socket);
        socket->deleteLater();
    });
    handshake.timer->start(m_timeout);
    m_handshakes.insert(socket, handshake);
    updateAccepting();
}

void TlsListener::readFirstBytes(QSslSocket *socket)
{
    const auto it = m_handshakes.find(socket);
    if (it == m_handshakes.end())
        return;
    if (it->refusing) {
        // Read to the end, so that closing does not reset the connection before the peer has
        // read the reply.
        socket->readAll();
        return;
    }
    char first = 0;
    if (socket->peek(&first, 1) != 1)
        return;
    if (first != HandshakeRecord)
        return refusePlainText(socket, *it);
    // From here on QSslSocket reads the handshake itself.
    disconnect(socket, &QSslSocket::readyRead, this, nullptr);
    socket->startServerEncryption();
}

void TlsListener::refusePlainText(QSslSocket *socket, Handshake &handshake)
{
    handshake.refusing = true;
    emit plainTextRefused(handshake.address, handshake.port);
    socket->readAll();
    socket->write(m_plainTextReply);
    // Closes once the reply is written; the timer still bounds a peer that does not read.
    socket->disconnectFromHost();
}

void TlsListener::fail(QSslSocket *socket, const QString &reason)
{
    const auto it = m_handshakes.constFind(socket);
    if (it == m_handshakes.cend())
        return;
    if (!it->refusing)
        emit handshakeFailed(it->address, it->port, reason);
    forget(socket);
    socket->abort();
    socket->deleteLater();
}

void TlsListener::forget(QSslSocket *socket)
{
    const auto it = m_handshakes.find(socket);
    if (it == m_handshakes.end())
        return;
    // Maybe from within its own timeout.
    it->timer->stop();
    it->timer->deleteLater();
    m_handshakes.erase(it);
    socket->disconnect(this);
    updateAccepting();
}

void TlsListener::updateAccepting()
{
    // Paused again when full, also after someone else resumed accepting (a retry after an error).
    const bool full = m_handshakes.size() >= maxPendingConnections();
    if (full) {
        m_pausedByHandshakes = true;
        pauseAccepting();
    } else if (m_pausedByHandshakes) {
        m_pausedByHandshakes = false;
        if (isListening())
            resumeAccepting();
    }
}

} // namespace Chinwag
