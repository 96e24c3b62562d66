// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconnection.h"

#include "clientlog.h"

#include <QSslSocket>

namespace Chinwag {

using namespace Qt::StringLiterals;

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent), m_socket(new QSslSocket(this)), m_framer(Protocol::MaxServerLineBytes)
{
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (m_socket->mode() == QSslSocket::UnencryptedMode)
            Q_EMIT opened();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &ServerConnection::opened);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        Q_EMIT certificateUnverified(m_socket->peerCertificate(), errors);
    });
    connect(m_socket, &QSslSocket::readyRead, this, &ServerConnection::readLines);
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this] { m_error = m_socket->errorString(); });
    connect(m_socket, &QSslSocket::stateChanged, this, &ServerConnection::handleStateChange);
}

void ServerConnection::open(const QString &host, quint16 port, bool tls)
{
    m_closing = true; // the old connection, if any, ends quietly
    m_socket->abort();
    m_framer = LineFramer(Protocol::MaxServerLineBytes);
    m_error.clear();
    m_closing = false;
    if (tls)
        m_socket->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void ServerConnection::ignoreSslErrors()
{
    m_socket->ignoreSslErrors();
}

void ServerConnection::close()
{
    m_closing = true;
    // Hands what is buffered to the system now: the application may be about to quit.
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void ServerConnection::abort()
{
    m_closing = true;
    m_socket->abort();
}

bool ServerConnection::isOpen() const
{
    // Over TLS, nothing is written before the handshake is done.
    return m_socket->state() == QAbstractSocket::ConnectedState && !m_closing
            && (m_socket->mode() == QSslSocket::UnencryptedMode || m_socket->isEncrypted());
}

void ServerConnection::send(const Command &command)
{
    if (isOpen())
        m_socket->write(command.encode());
}

QString ServerConnection::peerDescription() const
{
    return u"%1:%2"_s.arg(m_socket->peerName()).arg(m_socket->peerPort());
}

void ServerConnection::readLines()
{
    m_framer.append(m_socket->readAll());
    // A slot may end the connection: what is left then belongs to no one.
    while (isOpen()) {
        const auto frame = m_framer.next();
        if (!frame)
            break;
        if (frame->kind == LineFramer::Frame::Kind::TooLong) {
            qCWarning(lcClient).noquote() << tr("Dropped a line from the server that is longer "
                                                "than %1 bytes.")
                                                     .arg(Protocol::MaxServerLineBytes);
            continue;
        }
        if (frame->line.trimmed().isEmpty())
            continue;
        auto parsed = ServerLine::parse(frame->line);
        if (auto *error = std::get_if<ProtocolError>(&parsed))
            Q_EMIT badLineReceived(frame->line.toByteArray(), *error);
        else
            Q_EMIT lineReceived(std::get<ServerLine>(parsed));
    }
}

void ServerConnection::handleStateChange()
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState || m_closing)
        return;
    m_closing = true;
    Q_EMIT closed(m_error.isEmpty() ? tr("The server closed the connection.") : m_error);
}

} // namespace Chinwag
