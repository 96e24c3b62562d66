// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "commandhandler.h"
#include "endpoint.h"
#include "envelope.h"
#include "replies.h"

#include <QTimer>

#include <algorithm>

namespace Chinwag {

namespace {

// How long a closing connection may take to write what is still queued for it.
constexpr int CloseGraceMSecs = 3000;

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' '; });
}

} // namespace

Session::Session(quint64 id, std::unique_ptr<Transport> transport, CommandHandler &handler,
                 const Limits &limits, QObject *parent)
    : QObject(parent),
      m_transport(std::move(transport)),
      m_handler(handler),
      m_framer(limits.maxLineBytes),
      m_id(id),
      m_peerAddress(m_transport->peerAddress()),
      m_peerPort(m_transport->peerPort()),
      m_connectedSince(QDateTime::currentDateTimeUtc())
{
}

void Session::start()
{
    m_transport->start(*this);
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
    write(envelope.chinwag(),
          envelope.isPresence() ? Transport::Urgency::MayWait : Transport::Urgency::Now);
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
    QTimer::singleShot(CloseGraceMSecs, this, [this] { m_transport->abort(); });
    m_transport->closeAfterFlush();
}

void Session::bytesReceived(QByteArrayView bytes)
{
    if (m_state == State::Closing)
        return;
    m_bytesIn += quint64(bytes.size());
    m_framer.append(bytes);
    while (m_state != State::Closing) {
        const auto frame = m_framer.next();
        if (!frame)
            break;
        handleFrame(*frame);
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

void Session::write(const QByteArray &bytes, Transport::Urgency urgency)
{
    m_transport->write(bytes, urgency);
    m_bytesOut += quint64(bytes.size());
}

void Session::disconnected()
{
    if (m_state != State::Closing) {
        m_state = State::Closing;
        m_closeReason = Replies::connectionLost();
        m_handler.depart(*this, m_closeReason);
    }
    emit finished(this);
}

} // namespace Chinwag
