// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlstransport.h"

#include <QSslSocket>

namespace Chinwag {

namespace {
// What one read takes, and what a connection may hold unread: as much as a plain connection's.
constexpr qint64 ReadChunkBytes = 64 * 1024;
} // namespace

TlsTransport::TlsTransport(QSslSocket *socket)
    : m_socket(socket), m_peerAddress(socket->peerAddress()), m_peerPort(socket->peerPort())
{
    // TlsListener made the socket its child; the transport owns it now.
    m_socket->setParent(nullptr);
    m_socket->setReadBufferSize(ReadChunkBytes);
}

TlsTransport::~TlsTransport()
{
    m_socket->disconnect();
    m_socket->abort();
}

void TlsTransport::start(Receiver &receiver)
{
    m_receiver = &receiver;
    QSslSocket *socket = m_socket.get();
    QObject::connect(socket, &QSslSocket::readyRead, socket, [this] { readAvailable(); });
    QObject::connect(socket, &QSslSocket::disconnected, socket,
                     [this] { reportDisconnectedLater(); });
    QObject::connect(socket, &QSslSocket::errorOccurred, socket, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            reportDisconnectedLater();
    });
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        reportDisconnectedLater();
    else if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
                socket, [this] { readAvailable(); }, Qt::QueuedConnection);
}

void TlsTransport::write(const QByteArray &bytes, Urgency)
{
    if (!m_closing && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

qsizetype TlsTransport::queuedBytes() const
{
    return qsizetype(m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite());
}

void TlsTransport::setReadingPaused(bool paused)
{
    if (m_readingPaused == paused)
        return;
    m_readingPaused = paused;
    // What waits in the socket's buffer is read once the event loop is back: no readyRead
    // would come for it.
    if (!paused)
        QMetaObject::invokeMethod(
                m_socket.get(), [this] { readAvailable(); }, Qt::QueuedConnection);
}

void TlsTransport::closeAfterFlush()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
}

void TlsTransport::abort()
{
    m_closing = true;
    m_socket->abort();
    reportDisconnectedLater();
}

void TlsTransport::readAvailable()
{
    char buffer[ReadChunkBytes];
    while (m_socket->bytesAvailable() > 0) {
        // A closing connection reads only to see the peer close.
        if (!m_closing && m_readingPaused)
            return;
        const qint64 received = m_socket->read(buffer, sizeof buffer);
        if (received <= 0)
            return;
        if (!m_closing && m_receiver)
            m_receiver->bytesReceived(QByteArrayView(buffer, qsizetype(received)));
    }
}

void TlsTransport::reportDisconnectedLater()
{
    if (m_reportPosted || !m_receiver)
        return;
    m_reportPosted = true;
    QMetaObject::invokeMethod(
            m_socket.get(), [this] { m_receiver->disconnected(); }, Qt::QueuedConnection);
}

} // namespace Chinwag
