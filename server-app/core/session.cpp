// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "commandhandler.h"
#include "endpoint.h"
#include "envelope.h"
#include "replies.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Chinwag {

namespace {

// One read takes what has arrived, up to this much: large, so that a busy client is read in few
// calls; on the stack, so that an idle connection keeps no read buffer of its own.
constexpr qint64 ReadChunkBytes = 64 * 1024;
// How long a closing connection may take to write what is still queued for it.
constexpr int CloseGraceMSecs = 3000;

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' '; });
}

} // namespace

Session::Session(quint64 id, QTcpSocket *socket, CommandHandler &handler, const Limits &limits,
                 QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_handler(handler),
      m_framer(limits.maxLineBytes),
      m_id(id),
      m_peerAddress(socket->peerAddress()),
      m_peerPort(socket->peerPort()),
      m_connectedSince(QDateTime::currentDateTimeUtc())
{
    m_socket->setParent(this);
    // Chat lines are small and someone waits for each: send them now, not after 40 ms.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void Session::start()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &Session::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &Session::onDisconnected);
    m_handler.greet(*this);
}

QString Session::endpoint() const
{
    return endpointText(m_peerAddress, m_peerPort);
}

void Session::send(const ServerLine &line)
{
    if (m_state != State::Closing)
        write(line.encode());
}

void Session::deliver(const Envelope &envelope)
{
    if (m_state == State::Closing)
        return;
    write(envelope.chinwag());
    if (envelope.isChatMessage())
        ++m_messagesOut;
}

void Session::close(const ServerLine &bye, const QString &why)
{
    if (m_state == State::Closing)
        return;
    write(bye.encode());
    m_state = State::Closing;
    m_closeReason = why;
    m_handler.depart(*this, why);
    QTimer::singleShot(CloseGraceMSecs, this, [this] { m_socket->abort(); });
    // Closes once the queue is written; may report the disconnection right away.
    m_socket->disconnectFromHost();
}

void Session::readIncoming()
{
    char chunk[ReadChunkBytes];
    while (m_state != State::Closing) {
        const qint64 read = m_socket->read(chunk, ReadChunkBytes);
        if (read <= 0)
            return;
        m_bytesIn += quint64(read);
        m_framer.append(QByteArrayView(chunk, read));
        while (m_state != State::Closing) {
            const auto frame = m_framer.next();
            if (!frame)
                break;
            handleFrame(*frame);
        }
    }
}

void Session::handleFrame(const LineFramer::Frame &frame)
{
    if (frame.kind == LineFramer::Frame::Kind::TooLong) {
        send(Replies::lineTooLong(m_framer.maxLineBytes()));
        return;
    }
    if (isBlank(frame.line))
        return;
    const auto parsed = Command::parse(frame.line);
    if (const auto *error = std::get_if<ProtocolError>(&parsed)) {
        send(ServerLine::error(*error));
        return;
    }
    m_handler.handle(*this, std::get<Command>(parsed));
}

void Session::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_bytesOut += quint64(bytes.size());
}

void Session::onDisconnected()
{
    if (m_state != State::Closing) {
        m_state = State::Closing;
        m_closeReason = Replies::connectionLost();
        m_handler.depart(*this, m_closeReason);
    }
    emit finished(this);
}

} // namespace Chinwag
