// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floodcontrol.h"
#include "lineframer.h"
#include "logthrottle.h"
#include "protocollimits.h"
#include "serverline.h"
#include "transport.h"
#include "typingthrottle.h"

#include <QBasicTimer>
#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Chinwag {

struct Command;
class Envelope;
class ServerLog;
class TimeoutWheel;
class User;

// One client's connection: its transport, its framer, its state (connected, registered,
// closing), the user it speaks for once registered, its own away state, and the counters the
// monitor shows. It hands each command the transport reads to its Handler, and gives the
// transport what it writes; nothing blocks. Who the user is, and which groups it is in, is the
// User's and the Registry's. A session of the IRC port reads and writes IRC through its
// Dialect instead, and the same defences apply to it.
//
// It also defends the server against its client (docs/SECURITY.md): lines beyond the flood
// limit wait while reading is paused, and a client that keeps flooding is closed; a client that
// does not read (it takes nothing of what is queued past Limits::maxQueuedBytes for
// Limits::slowReaderSeconds, or lets Limits::maxQueuedHardBytes queue up) is dropped; one that does
// not register in time, or does not answer the PING that follows a silence, is closed.
class Session : public QObject, private Transport::Receiver
{
    Q_OBJECT

public:
    enum class State { Connected, Registered, Closing };

    // What the session hands its commands to: the command handler, or a test's double.
    class Handler
    {
    public:
        // The first lines of a connection.
        virtual void greet(Session &session) = 0;
        virtual void handle(Session &session, const Command &command) = 0;
        // The connection is closing, and `why` is what the others read in LEFT.
        virtual void depart(Session &session, const QString &why) = 0;

    protected:
        ~Handler() = default;
    };

    // How a session reads and writes a wire format other than Chinwag's own (IrcDialect): it
    // takes each line the client sends and each line the core sends the client, and writes what
    // the client reads through writeBytes().
    class Dialect
    {
    public:
        virtual ~Dialect() = default;
        // The dialect's name, as the monitor shows it: "IRC".
        virtual QString name() const = 0;
        // The connection has started.
        virtual void greet() = 0;
        // One line as the framer cut it, without its ending.
        virtual void lineReceived(QByteArrayView line) = 0;
        virtual void lineTooLong() = 0;
        // A line for this session alone, as send() has it: a reply, an error, a BYE, a PING.
        virtual void send(const ServerLine &line) = 0;
        // A line routed to this session among others, as deliver() has it.
        virtual void deliver(const Envelope &envelope) = 0;
        // Whether the client counts itself registered; until it does, the registration timeout
        // applies, even when the core has registered the session already.
        virtual bool isWelcomed() const = 0;
    };

    // Takes over `transport`, which must be connected. `clock` is the coarse clock of the
    // server's timeouts; `log` takes the records of the client's abuse.
    Session(quint64 id, std::unique_ptr<Transport> transport, Handler &handler,
            const Limits &limits, const TimeoutWheel &clock, ServerLog &log,
            QObject *parent = nullptr);

    // From now on the session speaks `dialect` rather than Chinwag's own wire format: its lines
    // are framed up to `maxLineBytes` and read by their line ends alone. Before start().
    void setDialect(std::unique_ptr<Dialect> dialect, qsizetype maxLineBytes);
    // The dialect's name: "Chinwag" or the other dialect's.
    QString dialectName() const;
    // For the dialect: bytes in its wire format, written as send() and deliver() write theirs.
    void writeBytes(const QByteArray &bytes, Transport::Urgency urgency = Transport::Urgency::Now)
    {
        write(bytes, urgency);
    }

    // Sends the welcome and starts reading.
    void start();
    // For a connection the server does not take: sends `bye` and closes, reading nothing.
    void refuse(const ServerLine &bye, const QString &why);
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

    // For a command whose answer takes a while (a password to check, a store to read), or
    // while the store catches up: no further command is handed on, and reading waits, until as
    // many resume() as there were suspend(); replies stay in order. The server is the one
    // waiting then, so that time counts against none of the client's timeouts.
    void suspend();
    void resume();

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    bool isRegistered() const { return m_state == State::Registered; }
    // The user it speaks for, from registration until it closes; nullptr before and after.
    User *user() const { return m_user; }
    QString name() const; // the user's, empty until registered
    QString key() const; // NameRules::key(name())
    // The connection's own away state: its user is away when all of its sessions are.
    bool isAway() const { return m_away; }
    const QString &awayText() const { return m_awayText; }
    const QHostAddress &peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    QString endpoint() const; // "address:port"
    // "name (address:port)" once registered, else the endpoint: whom the log names.
    QString description() const;
    const QDateTime &connectedSince() const { return m_connectedSince; }
    // Why the connection ended, as LEFT says it: "quit", "connection lost", "kicked: …".
    const QString &closeReason() const { return m_closeReason; }

    // Checks the timeouts at the clock's tick `now`: closes a connection that has not registered
    // in time, or has not answered the PING sent after a silence, and pings a silent one. Returns
    // the tick of the next check, or nothing once the connection is closing.
    std::optional<qint64> checkTimeouts(qint64 now);
    // Bytes written to the connection and not yet taken by the peer.
    qsizetype queuedBytes() const { return m_transport->queuedBytes(); }
    // Whether the client's lines wait because it sent too fast (Limits::floodLinesPerSecond).
    bool isFlooding() const { return m_flooding; }
    // PASS gave the server's password; registration may follow.
    bool isPasswordAccepted() const { return m_passwordAccepted; }
    void acceptPassword() { m_passwordAccepted = true; }

    // Chat messages sent (accepted from this client) and received; bytes read and written.
    quint64 messagesIn() const { return m_messagesIn; }
    quint64 messagesOut() const { return m_messagesOut; }
    quint64 bytesIn() const { return m_bytesIn; }
    quint64 bytesOut() const { return m_bytesOut; }
    void countMessageIn() { ++m_messagesIn; }

    TypingThrottle &typingThrottle() { return m_typingThrottle; }

    // The registry's: the user, and where the session is in its list of every session.
    void attach(User *user, size_t registryIndex);
    size_t registryIndex() const { return m_registryIndex; }
    void setAway(bool away, const QString &text);

signals:
    // The connection is closed; the session is deleted later by its owner.
    void finished(Chinwag::Session *session);

private:
    void bytesReceived(QByteArrayView bytes) override;
    void disconnected() override;
    void timerEvent(QTimerEvent *event) override;
    // Hands the framed lines to the handler as fast as flood control lets them go.
    void takeLines();
    // For a client that may end its lines by pausing: decides, from its first command, how it
    // ends them, and waits for the pause that ends a line.
    void watchForPause(bool firstBytes);
    void pauseCame();
    void handleFrame(const LineFramer::Frame &frame);
    void holdLines(qint64 waitMicroseconds);
    void write(const QByteArray &bytes, Transport::Urgency urgency = Transport::Urgency::Now);
    // A line in the session's dialect, whatever its state.
    void writeLine(const ServerLine &line);
    void dropSlowReader();
    // A record of abuse for the operator, at most one per client per little while; the one that
    // says the connection ends (`closing`) is always written.
    void logAbuse(const QString &text, bool closing = false);

    // What deliver() uses, together: a line to everyone touches every session.
    std::unique_ptr<Transport> m_transport;
    State m_state = State::Connected;
    bool m_dropped = false; // aborted as a slow reader; disconnected() is on its way
    quint64 m_messagesOut = 0;
    quint64 m_bytesOut = 0;
    qsizetype m_maxQueuedBytes;

    std::unique_ptr<Dialect> m_dialect; // nullptr: Chinwag's own
    Handler &m_handler;
    const Limits &m_limits;
    const TimeoutWheel &m_clock;
    ServerLog &m_log;
    LineFramer m_framer;
    // How the client ends its lines: with LF, or by a pause after each write (Limits::
    // writePauseMSecs); undecided until its first command has come.
    enum class Framing { Undecided, LineEnds, Pauses };
    Framing m_framing;
    QBasicTimer m_pauseTimer; // running only while a line may end by a pause
    const quint64 m_id;
    User *m_user = nullptr;
    QString m_formerName; // the user's, once the session has left it: for the log
    size_t m_registryIndex = 0;
    QString m_awayText;
    bool m_away = false;
    int m_suspended = 0; // suspend() not yet resumed
    bool m_takingLines = false;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QDateTime m_connectedSince;
    QString m_closeReason;
    quint64 m_messagesIn = 0;
    quint64 m_bytesIn = 0;
    TypingThrottle m_typingThrottle;

    // Flood control: the token bucket, and the episode of flooding the client is in.
    FloodControl m_flood;
    FloodControl m_floodBytes;
    QBasicTimer m_floodTimer; // running only while lines wait
    int m_delayedLines = 0;
    bool m_flooding = false;
    bool m_passwordAccepted = false;
    // Ticks of the timeouts' clock: connected, last line heard, PING sent (-1: none waiting).
    qint64 m_connectedTick;
    qint64 m_lastHeard;
    qint64 m_pingedAt = -1;
    qint64 m_suspendedAt = 0; // while m_suspended
    // Over Limits::maxQueuedBytes: the tick since when the client has taken no byte, and the
    // bytes it had taken then (-1: not over the cap).
    qint64 m_stalledSince = -1;
    quint64 m_takenWhenStalled = 0;
    LogThrottle m_abuseLog;
};

} // namespace Chinwag
