// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "command.h"
#include "endpoint.h"
#include "envelope.h"
#include "replies.h"
#include "serverlog.h"
#include "timeoutwheel.h"
#include "user.h"

#include <QScopedValueRollback>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>
#include <chrono>

namespace Chinwag {

using namespace std::chrono_literals;

namespace {

// How long a closing connection may take to write what is still queued for it.
constexpr int CloseGraceMSecs = 3000;
// One record of a client's abuse per this much time; the next one says how many were held back.
constexpr auto AbuseLogInterval = 10s;

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' '; });
}

std::chrono::milliseconds seconds(int count)
{
    return std::chrono::seconds(count);
}

} // namespace

Session::Session(quint64 id, std::unique_ptr<Transport> transport, Handler &handler,
                 const Limits &limits, const TimeoutWheel &clock, ServerLog &log, QObject *parent)
    : QObject(parent),
      m_transport(std::move(transport)),
      m_maxQueuedBytes(limits.maxQueuedBytes),
      m_handler(handler),
      m_limits(limits),
      m_clock(clock),
      m_log(log),
      m_framer(limits.maxLineBytes),
      m_framing(limits.writePauseMSecs > 0 ? Framing::Undecided : Framing::LineEnds),
      m_id(id),
      m_peerAddress(m_transport->peerAddress()),
      m_peerPort(m_transport->peerPort()),
      m_connectedSince(QDateTime::currentDateTimeUtc()),
      m_connectedTick(clock.now()),
      m_lastHeard(clock.now())
{
}

void Session::setDialect(std::unique_ptr<Dialect> dialect, qsizetype maxLineBytes)
{
    m_dialect = std::move(dialect);
    m_framer.setMaxLineBytes(maxLineBytes);
    m_framing = Framing::LineEnds;
}

QString Session::dialectName() const
{
    return m_dialect ? m_dialect->name() : QStringLiteral("Chinwag");
}

void Session::start()
{
    m_transport->start(*this);
    if (m_dialect)
        m_dialect->greet();
    else
        m_handler.greet(*this);
}

void Session::refuse(const ServerLine &bye, const QString &why)
{
    m_state = State::Closing;
    m_closeReason = why;
    m_transport->start(*this);
    writeLine(bye);
    QTimer::singleShot(CloseGraceMSecs, this, [this] { m_transport->abort(); });
    m_transport->closeAfterFlush();
}

QString Session::endpoint() const
{
    return endpointText(m_peerAddress, m_peerPort);
}

QString Session::name() const
{
    return m_user ? m_user->name() : QString();
}

QString Session::key() const
{
    return m_user ? m_user->key() : QString();
}

QString Session::description() const
{
    const QString &name = m_user ? m_user->name() : m_formerName;
    return name.isEmpty() ? endpoint() : tr("%1 (%2)").arg(name, endpoint());
}

void Session::attach(User *user, size_t registryIndex)
{
    if (m_user && !user)
        m_formerName = m_user->name();
    m_user = user;
    m_registryIndex = registryIndex;
    if (user && m_state == State::Connected)
        m_state = State::Registered;
}

void Session::setAway(bool away, const QString &text)
{
    m_away = away;
    m_awayText = text;
}

void Session::suspend()
{
    if (m_suspended++ == 0)
        m_suspendedAt = m_clock.now();
    if (!m_transport->isReadingPaused())
        m_transport->setReadingPaused(true);
}

void Session::resume()
{
    if (m_suspended == 0 || --m_suspended > 0)
        return;
    // What the client sent meanwhile waits unread: a registration or a PONG is late by the
    // server's doing, so the deadlines move by the time the server held it.
    const qint64 held = m_clock.now() - m_suspendedAt;
    m_connectedTick += held;
    m_lastHeard += held;
    if (m_pingedAt >= 0)
        m_pingedAt += held;
    // Within a command's own handling, the loop of takeLines() goes on by itself.
    if (!m_takingLines && m_state != State::Closing)
        takeLines();
}

void Session::send(const ServerLine &line)
{
    if (m_state != State::Closing)
        writeLine(line);
}

void Session::writeLine(const ServerLine &line)
{
    if (m_dialect)
        m_dialect->send(line);
    else
        write(line.encode());
}

void Session::deliver(const Envelope &envelope)
{
    if (m_state == State::Closing)
        return;
    if (m_dialect)
        m_dialect->deliver(envelope);
    else
        write(envelope.chinwag(),
              envelope.isPresence() ? Transport::Urgency::MayWait : Transport::Urgency::Now);
    if (envelope.isChatMessage())
        ++m_messagesOut;
}

void Session::close(const ServerLine &bye, const QString &why)
{
    if (m_state == State::Closing)
        return;
    writeLine(bye);
    m_state = State::Closing;
    m_closeReason = why;
    m_floodTimer.stop();
    m_pauseTimer.stop();
    m_handler.depart(*this, why);
    QTimer::singleShot(CloseGraceMSecs, this, [this] { m_transport->abort(); });
    m_transport->closeAfterFlush();
}

std::optional<qint64> Session::checkTimeouts(qint64 now)
{
    if (m_state == State::Closing || m_dropped)
        return std::nullopt;
    // Looked at again soon after resume() has moved the deadlines.
    if (m_suspended > 0)
        return now + m_clock.ticksFor(seconds(1));
    if (m_state == State::Connected || (m_dialect && !m_dialect->isWelcomed())) {
        const qint64 deadline =
                m_connectedTick + m_clock.ticksFor(seconds(m_limits.registrationTimeoutSeconds));
        // Looked at again within an idle time, so that once registered it is pinged in time.
        if (now < deadline)
            return std::min(deadline, now + m_clock.ticksFor(seconds(m_limits.idleSeconds)));
        logAbuse(tr("%1 did not register within %n second(s) and was disconnected", nullptr,
                    m_limits.registrationTimeoutSeconds)
                         .arg(endpoint()),
                 true);
        close(Replies::registrationTimeout(m_limits.registrationTimeoutSeconds),
              Replies::timedOut());
        return std::nullopt;
    }
    if (m_pingedAt >= 0) {
        const qint64 deadline = m_pingedAt + m_clock.ticksFor(seconds(m_limits.pingTimeoutSeconds));
        if (m_lastHeard >= m_pingedAt) {
            m_pingedAt = -1;
        } else if (now < deadline) {
            return deadline;
        } else {
            logAbuse(tr("%1 did not answer PING within %n second(s) and was disconnected", nullptr,
                        m_limits.pingTimeoutSeconds)
                             .arg(description()),
                     true);
            close(Replies::pingTimeout(), Replies::timedOut());
            return std::nullopt;
        }
    }
    const qint64 idleAt = m_lastHeard + m_clock.ticksFor(seconds(m_limits.idleSeconds));
    if (now < idleAt)
        return idleAt;
    // The tick serves as the token: it tells apart the PINGs of one connection.
    send(ServerLine::ping(QString::number(now)));
    m_pingedAt = now;
    return now + m_clock.ticksFor(seconds(m_limits.pingTimeoutSeconds));
}

void Session::bytesReceived(QByteArrayView bytes)
{
    if (m_state == State::Closing || m_dropped)
        return;
    const bool firstBytes = m_bytesIn == 0;
    m_bytesIn += quint64(bytes.size());
    m_framer.append(bytes);
    if (m_framing != Framing::LineEnds)
        watchForPause(firstBytes);
    takeLines();
}

void Session::watchForPause(bool firstBytes)
{
    // A line end, or a first command that comes in pieces (a terminal sending each key, a line
    // split on its way), is a client that ends its lines: read so from now on.
    if (m_framer.hasSeenLineEnd() || (m_framing == Framing::Undecided && !firstBytes)) {
        m_framing = Framing::LineEnds;
        m_pauseTimer.stop();
        return;
    }
    // The pause counts from the last bytes.
    if (m_framer.hasPartialLine())
        m_pauseTimer.start(m_limits.writePauseMSecs, this);
}

void Session::pauseCame()
{
    m_pauseTimer.stop();
    if (m_state == State::Closing || m_dropped)
        return;
    if (m_framing == Framing::Undecided) {
        // Only a whole command in one write is the seed's client; a key typed alone is not.
        if (!std::holds_alternative<Command>(Command::parse(m_framer.partialLine()))) {
            m_framing = Framing::LineEnds;
            return;
        }
        m_framing = Framing::Pauses;
        m_log.add(LogRecord::Kind::Connect,
                  tr("%1 sends its commands without line ends: each write is read as one line")
                          .arg(endpoint()));
    }
    m_framer.endPartialLine();
    takeLines();
}

void Session::takeLines()
{
    const bool limited = m_limits.floodLinesPerSecond > 0;
    const qint64 now = limited ? FloodControl::now() : 0;
    const QScopedValueRollback taking(m_takingLines, true);
    while (m_state != State::Closing && !m_dropped && m_suspended == 0 && m_framer.hasFrame()) {
        if (limited) {
            // An episode of flooding ends once the client has been quiet for a whole burst.
            if (m_flooding && m_flood.isFull(now) && m_floodBytes.isFull(now))
                m_flooding = false;
            if (const qint64 wait = m_floodBytes.wait(now, m_limits.floodBurstBytes,
                                                      m_limits.floodBytesPerSecond)) {
                holdLines(wait);
                return;
            }
            if (const qint64 wait =
                        m_flood.take(now, m_limits.floodBurst, m_limits.floodLinesPerSecond)) {
                holdLines(wait);
                return;
            }
            if (m_flooding && ++m_delayedLines > m_limits.floodMaxDelayedLines) {
                logAbuse(tr("%1 kept sending too fast and was disconnected").arg(description()),
                         true);
                close(Replies::floodedOut(), Replies::flooding());
                return;
            }
        }
        // A complete line is what shows the client is there: a line that never ends is silence.
        m_lastHeard = m_clock.now();
        const LineFramer::Frame frame = *m_framer.next();
        if (limited)
            m_floodBytes.charge(now, m_limits.floodBytesPerSecond, frame.line.size() + 1);
        handleFrame(frame);
    }
    if (m_state != State::Closing && !m_dropped && m_suspended == 0
        && m_transport->isReadingPaused())
        m_transport->setReadingPaused(false);
}

void Session::holdLines(qint64 waitMicroseconds)
{
    if (!m_flooding) {
        m_flooding = true;
        m_delayedLines = 0;
        send(Replies::flood());
        logAbuse(tr("%1 is sending too fast: its lines are delayed").arg(description()));
    }
    // Reading waits too, so that the kernel's TCP window slows the client down.
    if (!m_transport->isReadingPaused())
        m_transport->setReadingPaused(true);
    m_floodTimer.start(int((waitMicroseconds + 999) / 1000), Qt::PreciseTimer, this);
}

void Session::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_pauseTimer.timerId())
        return pauseCame();
    if (event->timerId() != m_floodTimer.timerId())
        return QObject::timerEvent(event);
    m_floodTimer.stop();
    takeLines();
}

void Session::handleFrame(const LineFramer::Frame &frame)
{
    if (frame.kind == LineFramer::Frame::Kind::TooLong) {
        logAbuse(tr("%1 sent a line longer than %n byte(s)", nullptr, int(m_framer.maxLineBytes()))
                         .arg(description()));
        if (m_dialect)
            m_dialect->lineTooLong();
        else
            send(Replies::lineTooLong(m_framer.maxLineBytes()));
        return;
    }
    if (m_dialect)
        return m_dialect->lineReceived(frame.line);
    if (isBlank(frame.line))
        return;
    const auto parsed = Command::parse(frame.line);
    if (const auto *error = std::get_if<ProtocolError>(&parsed)) {
        if (error->code == ErrorCode::BadUtf8)
            logAbuse(tr("%1 sent a line that is not UTF-8").arg(description()));
        else if (error->code == ErrorCode::BadText)
            logAbuse(tr("%1 sent a line with a control character").arg(description()));
        send(ServerLine::error(*error));
        return;
    }
    m_handler.handle(*this, std::get<Command>(parsed));
}

void Session::write(const QByteArray &bytes, Transport::Urgency urgency)
{
    m_transport->write(bytes, urgency);
    m_bytesOut += quint64(bytes.size());
    const qsizetype queued = m_transport->queuedBytes();
    if (queued <= m_maxQueuedBytes) {
        m_stalledSince = -1;
        return;
    }
    if (queued > m_limits.maxQueuedHardBytes)
        return dropSlowReader();
    // Over the cap, a client that takes bytes is reading: others' bursts are not its fault.
    const quint64 taken = m_bytesOut - quint64(queued);
    const qint64 now = m_clock.now();
    if (m_stalledSince < 0 || taken != m_takenWhenStalled) {
        m_stalledSince = now;
        m_takenWhenStalled = taken;
    } else if (now - m_stalledSince >= m_clock.ticksFor(seconds(m_limits.slowReaderSeconds))) {
        dropSlowReader();
    }
}

void Session::dropSlowReader()
{
    // Called in the middle of a delivery to many: the connection ends now, and the user leaves
    // once the transport reports it, from the event loop. No BYE: it would never be read.
    if (m_dropped)
        return;
    m_dropped = true;
    m_log.add(LogRecord::Kind::Security,
              m_transport->queuedBytes() > m_limits.maxQueuedHardBytes
                      ? tr("%1 fell too far behind and was disconnected: %2 bytes were queued "
                           "for it (SLOW_READER)")
                                .arg(description())
                                .arg(m_transport->queuedBytes())
                      : tr("%1 stopped reading and was disconnected: %2 bytes were queued for "
                           "it, and it took none for %n second(s) (SLOW_READER)",
                           nullptr, m_limits.slowReaderSeconds)
                                .arg(description())
                                .arg(m_transport->queuedBytes()));
    m_floodTimer.stop();
    m_pauseTimer.stop();
    m_transport->abort();
}

void Session::logAbuse(const QString &text, bool closing)
{
    int held = 0;
    if (!m_abuseLog.admit(m_clock.now(), m_clock.ticksFor(AbuseLogInterval), &held, closing))
        return;
    m_log.add(LogRecord::Kind::Security,
              held == 0 ? text
                        : tr("%1 (and %n more such record(s) from this client)", nullptr, held)
                                  .arg(text));
}

void Session::disconnected()
{
    if (m_state != State::Closing) {
        m_state = State::Closing;
        m_floodTimer.stop();
        m_pauseTimer.stop();
        m_closeReason = m_dropped ? Replies::slowReader() : Replies::connectionLost();
        m_handler.depart(*this, m_closeReason);
    }
    emit finished(this);
}

} // namespace Chinwag
