// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"

#include "endpoint.h"
#include "irccommands.h"
#include "ircdialect.h"
#include "ircnames.h"
#include "namerules.h"
#include "replies.h"
#include "session.h"
#include "tcptransport.h"
#include "textrules.h"
#include "tlstransport.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>

namespace Chinwag {

using namespace std::chrono_literals;

namespace {

// A listener that ran out of descriptors (or memory) stops accepting; it tries again this much
// later, when connections may have closed, rather than never.
constexpr int AcceptRetryMSecs = 1000;
// One record of refused connections, one of failed TLS handshakes and one of plain text on the
// TLS port, per this many ms.
constexpr qint64 RefusalLogMSecs = 1000;

// What an operator typed, as one line of text, unless it holds what a line may not.
std::optional<QString> operatorText(const QString &text)
{
    QString line = text.simplified();
    if (TextRules::check(line.toUtf8()) != TextRules::Verdict::Ok)
        return std::nullopt;
    return line;
}

std::unique_ptr<SqliteStore> openHistory(const QString &path, QString &error)
{
    if (path.isEmpty())
        return nullptr;
    return SqliteStore::open(path, &error);
}

// The clock of the timeouts ticks at a tenth of the shortest of them, between 0.1 and 1 s.
std::chrono::milliseconds timeoutTick(const Limits &limits)
{
    const int shortest = std::min(
            { limits.registrationTimeoutSeconds, limits.idleSeconds, limits.pingTimeoutSeconds });
    return std::clamp(std::chrono::milliseconds(std::chrono::seconds(shortest)) / 10,
                      std::chrono::milliseconds(100), std::chrono::milliseconds(1000));
}

// How the IRC port introduces the server (docs/PROTOCOL.md, "IRC: what the listener does").
IrcReplies::Welcome ircWelcome(const Limits &limits)
{
    using namespace Qt::StringLiterals;
    QStringList isupport = IrcNames::isupportTokens();
    isupport += { u"NETWORK=Chinwag"_s, u"CHANLIMIT=#:%1"_s.arg(limits.maxGroupsPerUser + 1),
                  u"TARGMAX=PRIVMSG:1,NOTICE:1,TAGMSG:1"_s };
    return { u"Chinwag"_s,
             u"chinwag-" CHINWAG_VERSION ""_s,
             QDateTime::currentDateTimeUtc(),
             u"i"_s,
             u"int"_s,
             isupport };
}

// One address counts once, whether it came as IPv4 or as IPv4 mapped into IPv6.
QHostAddress addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

ChatServer::ChatServer(const ServerConfig &config, QObject *parent)
    : QObject(parent),
      m_config(config),
      m_history(openHistory(config.dataPath, m_historyError)),
      m_router(m_registry),
      m_hasher(config.passwordCost),
      m_context{
          m_registry,      m_router, m_ids,      m_history.get(),         m_log,
          m_config.limits, m_hasher, m_throttle, config.accountsRequired, config.storeBeforeAck
      },
      m_handler(m_context, ServerPassword(config.password)),
      m_irc{ QStringLiteral("chinwag"), ircWelcome(m_config.limits), m_registry, m_history.get(),
             m_config.limits },
      m_timeouts(timeoutTick(config.limits))
{
    if (m_history) {
        // Ids keep growing across restarts.
        m_ids.seed(m_history->lastId());
        connect(m_history.get(), &SqliteStore::failed, this,
                [this](const QString &error) { m_log.add(LogRecord::Kind::Error, error); });
        connect(m_history.get(), &Store::accountChanged, this, &ChatServer::accountChanged);
        connect(m_history.get(), &Store::writingFellBehind, this, [this] {
            m_log.add(LogRecord::Kind::Error,
                      tr("Writing the history fell behind: reading from the clients waits until "
                         "it catches up"));
            setReadingHeld(true);
        });
        connect(m_history.get(), &Store::writingCaughtUp, this, [this] {
            m_log.add(LogRecord::Kind::Server, tr("Writing the history caught up"));
            setReadingHeld(false);
        });
        connect(m_history.get(), &SqliteStore::fileRestored, this, [this] {
            m_log.add(LogRecord::Kind::Error,
                      tr("The history's file was removed while the server ran: it is written "
                         "again, whole, from the copy the server still had open"));
        });
        connect(m_history.get(), &Store::writingResumed, this,
                [this] { m_log.add(LogRecord::Kind::Server, tr("The history is written again")); });
        connect(m_history.get(), &Store::messagesPruned, this, [this](qint64 count) {
            m_log.add(LogRecord::Kind::Server,
                      tr("Retention removed %n old message(s) from the history", nullptr,
                         int(count)));
        });
        m_history->setRetention({ config.limits.historyMaxDays, config.limits.historyMaxBytes });
        connect(m_history.get(), &Store::messagesNotStored, this, [this](qsizetype count) {
            m_log.add(LogRecord::Kind::Error,
                      tr("%n message(s) could not be kept in the history while writing failed",
                         nullptr, int(count)));
        });
    }
    for (const Dialect dialect : { Dialect::Chinwag, Dialect::Irc }) {
        TcpListener &plain = dialect == Dialect::Irc ? m_ircListener : m_listener;
        TlsListener &tls = dialect == Dialect::Irc ? m_ircTlsListener : m_tlsListener;
        connect(&plain, &TcpListener::connectionAccepted, this,
                [this, dialect](qintptr descriptor) { acceptConnection(descriptor, dialect); });
        connect(&plain, &QTcpServer::acceptError, this,
                [this, &plain] { handleAcceptError(plain); });
        connect(&tls, &TlsListener::connectionEncrypted, this,
                [this, dialect](QSslSocket *socket) { acceptTlsConnection(socket, dialect); });
        connect(&tls, &QTcpServer::acceptError, this, [this, &tls] { handleAcceptError(tls); });
        connect(&tls, &TlsListener::plainTextRefused, this, &ChatServer::logPlainText);
        connect(&tls, &TlsListener::handshakeFailed, this, &ChatServer::logHandshakeFailure);
        tls.setHandshakeTimeout(std::chrono::seconds(config.limits.tlsHandshakeSeconds));
    }
    m_tlsListener.setPlainTextReply(Replies::tlsRequired().encode() + Replies::tlsOnly().encode());
    m_ircTlsListener.setPlainTextReply(
            IrcCommands::error(QStringLiteral("Closing link: ") + Replies::tlsOnly().text)
                    .encode(IrcMessage::Tags::None));
    m_uptime.start();
    // Always running, so that the coarse clock keeps time; one wake-up a tick is nothing.
    m_timeoutTimer.setInterval(m_timeouts.tick());
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ChatServer::checkTimeouts);
    m_timeoutTimer.start();
    connect(&m_registry, &Registry::sessionChanged, this, &ChatServer::clientChanged);
    connect(&m_registry, &Registry::groupAdded, this, &ChatServer::groupAdded);
    connect(&m_registry, &Registry::groupChanged, this, &ChatServer::groupChanged);
    connect(&m_registry, &Registry::groupRemoved, this, &ChatServer::groupRemoved);
    restoreGroups();
}

void ChatServer::restoreGroups()
{
    if (!m_history)
        return;
    for (const StoredGroup &group : m_history->groups())
        m_registry.restoreGroup(group);
}

bool ChatServer::lockAccount(const QString &name, bool locked)
{
    return m_handler.accounts().setLocked(NameRules::key(name), locked);
}

bool ChatServer::deleteAccount(const QString &name)
{
    return m_handler.accounts().remove(NameRules::key(name));
}

ChatServer::~ChatServer()
{
    // The sessions use the members, which are destroyed before QObject deletes its children:
    // those still open, and those finished and waiting for deleteLater().
    const QList<Session *> sessions = findChildren<Session *>(Qt::FindDirectChildrenOnly);
    m_sessions.clear();
    for (Session *session : sessions) {
        session->disconnect(this);
        delete session;
    }
}

bool ChatServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_stopping || m_listener.isListening()) {
        m_errorString = m_stopping ? tr("The server is still stopping.")
                                   : tr("The server is listening already.");
        return false;
    }
    if (m_config.usesTls()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(m_config.tlsCertificates);
        tls.setPrivateKey(m_config.tlsKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
        m_tlsListener.setSslConfiguration(tls);
        m_ircTlsListener.setSslConfiguration(tls);
    }
    // Qt's default of 50 drops the SYNs of a reconnect storm, and each dropped one waits for
    // the kernel's retry timer (1 s, 3 s, 7 s ...).
    const int backlog = m_config.limits.listenBacklog > 0 ? m_config.limits.listenBacklog
                                                          : TcpListener::systemMaximumBacklog();
    listener().setListenBacklogSize(backlog);
    bool listening = false;
    if (m_config.usesTls() && !QSslSocket::supportsSsl())
        m_errorString = tr("TLS is not available: Qt has no TLS backend here.");
    else if (!m_config.usesTls() && !m_loop.isValid())
        m_errorString = m_loop.errorString();
    else if (!(listening = listener().listen(address, port)))
        m_errorString = listener().errorString();
    if (!listening) {
        m_log.add(LogRecord::Kind::Error,
                  tr("Could not listen on %1: %2").arg(endpointText(address, port), m_errorString));
        return false;
    }
    if (!listenForIrc(address, backlog)) {
        listener().close();
        return false;
    }
    m_errorString.clear();
    m_log.add(LogRecord::Kind::Server,
              m_config.usesTls() ? tr("My server has started on %1 (TLS)")
                                           .arg(endpointText(serverAddress(), serverPort()))
                                 : tr("My server has started on %1")
                                           .arg(endpointText(serverAddress(), serverPort())));
    if (ircListener().isListening()) {
        const QString where = endpointText(ircListener().serverAddress(), ircPort());
        m_log.add(LogRecord::Kind::Server,
                  m_config.usesTls() ? tr("IRC clients may connect on %1 (TLS)").arg(where)
                                     : tr("IRC clients may connect on %1").arg(where));
    }
    emit listeningChanged(true);
    return true;
}

bool ChatServer::listenForIrc(const QHostAddress &address, int backlog)
{
    if (!m_config.ircPort)
        return true;
    ircListener().setListenBacklogSize(backlog);
    if (ircListener().listen(address, *m_config.ircPort))
        return true;
    m_errorString = ircListener().errorString();
    m_log.add(LogRecord::Kind::Error,
              tr("Could not listen on %1: %2")
                      .arg(endpointText(address, *m_config.ircPort), m_errorString));
    return false;
}

void ChatServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (listener().isListening()) {
        listener().close();
        ircListener().close();
        emit listeningChanged(false);
    }
    // Everyone is leaving: nobody needs to hear that the others are.
    m_registry.clear();
    const ServerLine bye = Replies::shutdown();
    const QList<Session *> sessions = m_sessions.values();
    for (Session *session : sessions)
        session->close(bye, bye.text);
    QMetaObject::invokeMethod(this, &ChatServer::finishStop, Qt::QueuedConnection);
}

QList<quint64> ChatServer::clientIds() const
{
    QList<quint64> ids = m_sessions.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool ChatServer::kick(quint64 connectionId, const QString &reason)
{
    Session *session = m_sessions.value(connectionId);
    const std::optional<QString> text = operatorText(reason);
    if (!session || session->state() == Session::State::Closing || !text)
        return false;
    m_log.add(LogRecord::Kind::Kick,
              text->isEmpty() ? tr("%1 was kicked").arg(session->description())
                              : tr("%1 was kicked: %2").arg(session->description(), *text));
    session->close(Replies::kicked(*text), Replies::kickedReason(*text));
    return true;
}

bool ChatServer::sendNotice(const QString &text)
{
    const std::optional<QString> notice = operatorText(text);
    if (!notice || notice->isEmpty())
        return false;
    const Envelope envelope(ServerLine::notice(*notice));
    for (Session *session : std::as_const(m_sessions))
        session->deliver(envelope);
    m_log.add(LogRecord::Kind::Notice,
              tr("Notice to %n client(s): %1", nullptr, int(m_sessions.size())).arg(*notice));
    return true;
}

const QTcpServer &ChatServer::listener() const
{
    if (m_config.usesTls())
        return m_tlsListener;
    return m_listener;
}

QTcpServer &ChatServer::listener()
{
    if (m_config.usesTls())
        return m_tlsListener;
    return m_listener;
}

const QTcpServer &ChatServer::ircListener() const
{
    if (m_config.usesTls())
        return m_ircTlsListener;
    return m_ircListener;
}

QTcpServer &ChatServer::ircListener()
{
    if (m_config.usesTls())
        return m_ircTlsListener;
    return m_ircListener;
}

void ChatServer::acceptConnection(qintptr descriptor, Dialect dialect)
{
    adopt(std::make_unique<TcpTransport>(descriptor, m_loop), dialect);
}

void ChatServer::acceptTlsConnection(QSslSocket *socket, Dialect dialect)
{
    auto transport = std::make_unique<TlsTransport>(socket);
    // A handshake that ends after the server stopped listening comes too late (a stop would
    // wait for it): the transport closes the connection as it goes.
    if ((dialect == Dialect::Irc ? m_ircTlsListener : m_tlsListener).isListening())
        adopt(std::move(transport), dialect);
}

Session *ChatServer::newSession(quint64 id, std::unique_ptr<Transport> transport, Dialect dialect)
{
    auto *session = new Session(id, std::move(transport), m_handler, m_config.limits, m_timeouts,
                                m_log, this);
    if (dialect == Dialect::Irc)
        session->setDialect(std::make_unique<IrcDialect>(*session, m_handler, m_irc),
                            Irc::MaxLineBytes);
    return session;
}

void ChatServer::logPlainText(const QHostAddress &address, quint16 port)
{
    int held = 0;
    if (!m_plainTextLog.admit(m_uptime.elapsed(), RefusalLogMSecs, &held))
        return;
    const QString who = endpointText(address, port);
    m_log.add(LogRecord::Kind::Security,
              held == 0 ? tr("%1 spoke plain text to the TLS port and was told to use TLS").arg(who)
                        : tr("%1 spoke plain text to the TLS port and was told to use TLS (and %n "
                             "more such connection(s) since the last record)",
                             nullptr, held)
                                  .arg(who));
}

void ChatServer::logHandshakeFailure(const QHostAddress &address, quint16 port,
                                     const QString &reason)
{
    int held = 0;
    if (!m_tlsFailureLog.admit(m_uptime.elapsed(), RefusalLogMSecs, &held))
        return;
    const QString who = endpointText(address, port);
    m_log.add(LogRecord::Kind::Security,
              held == 0 ? tr("TLS handshake with %1 failed: %2").arg(who, reason)
                        : tr("TLS handshake with %1 failed: %2 (and %n more failed handshake(s) "
                             "since the last record)",
                             nullptr, held)
                                  .arg(who, reason));
}

void ChatServer::adopt(std::unique_ptr<Transport> transport, Dialect dialect)
{
    const Limits &limits = m_config.limits;
    const QHostAddress address = addressKey(transport->peerAddress());
    if (m_sessions.size() >= limits.maxClients)
        return refuse(std::move(transport), dialect, Replies::serverFull(limits.maxClients));
    if (m_sessionsPerAddress.value(address) >= limits.maxClientsPerAddress)
        return refuse(std::move(transport), dialect,
                      Replies::addressFull(limits.maxClientsPerAddress));

    const quint64 id = m_nextConnectionId++;
    Session *session = newSession(id, std::move(transport), dialect);
    m_sessions.insert(id, session);
    ++m_sessionsPerAddress[address];
    connect(session, &Session::finished, this, &ChatServer::finishSession);
    m_log.add(LogRecord::Kind::Connect,
              tr("Client has connected from %1").arg(session->endpoint()));
    m_log.add(LogRecord::Kind::Server, tr("Total Clients = %1").arg(m_sessions.size()));
    emit clientConnected(id);
    session->start();
    if (m_readingHeld)
        session->suspend();
    if (const std::optional<qint64> next = session->checkTimeouts(m_timeouts.now()))
        m_timeouts.schedule(id, *next);
}

void ChatServer::refuse(std::unique_ptr<Transport> transport, Dialect dialect,
                        const ServerLine &bye)
{
    // Not a client: no row in the monitor, and one record a second however many are refused.
    Session *session = newSession(0, std::move(transport), dialect);
    connect(session, &Session::finished, session, &QObject::deleteLater);
    int held = 0;
    if (m_refusalLog.admit(m_uptime.elapsed(), RefusalLogMSecs, &held)) {
        m_log.add(LogRecord::Kind::Security,
                  held == 0 ? tr("Refused a connection from %1: %2 (SERVER_FULL)")
                                      .arg(session->endpoint(), bye.text)
                            : tr("Refused a connection from %1: %2 (SERVER_FULL; and %n more "
                                 "refused since the last record)",
                                 nullptr, held)
                                      .arg(session->endpoint(), bye.text));
    }
    session->refuse(bye, Replies::refused());
}

void ChatServer::handleAcceptError(QTcpServer &listener)
{
    m_log.add(LogRecord::Kind::Error,
              tr("Could not accept a connection: %1").arg(listener.errorString()));
    // QTcpServer stops accepting after an error such as too many open files; without this it
    // would never accept again, whatever closed meanwhile.
    QTimer::singleShot(AcceptRetryMSecs, this, [this, &listener] {
        if (listener.isListening())
            listener.resumeAccepting();
    });
}

void ChatServer::setReadingHeld(bool held)
{
    if (std::exchange(m_readingHeld, held) == held)
        return;
    for (Session *session : std::as_const(m_sessions)) {
        if (held)
            session->suspend();
        else
            session->resume();
    }
}

void ChatServer::checkTimeouts()
{
    const std::vector<quint64> due =
            m_timeouts.advanceTo(m_uptime.elapsed() / m_timeouts.tick().count());
    for (const quint64 id : due) {
        Session *session = m_sessions.value(id);
        if (!session)
            continue;
        if (const std::optional<qint64> next = session->checkTimeouts(m_timeouts.now()))
            m_timeouts.schedule(id, *next);
    }
}

void ChatServer::finishSession(Session *session)
{
    if (!m_sessions.remove(session->id()))
        return;
    const QHostAddress address = addressKey(session->peerAddress());
    if (--m_sessionsPerAddress[address] <= 0)
        m_sessionsPerAddress.remove(address);
    m_log.add(LogRecord::Kind::Disconnect,
              session->closeReason().isEmpty()
                      ? tr("Client has disconnected: %1").arg(session->description())
                      : tr("Client has disconnected: %1, %2")
                                .arg(session->description(), session->closeReason()));
    m_log.add(LogRecord::Kind::Server, tr("Total Clients = %1").arg(m_sessions.size()));
    emit clientDisconnected(session->id());
    session->deleteLater();
    if (m_stopping && m_sessions.isEmpty())
        QMetaObject::invokeMethod(this, &ChatServer::finishStop, Qt::QueuedConnection);
}

void ChatServer::finishStop()
{
    if (!m_stopping || !m_sessions.isEmpty())
        return;
    m_stopping = false;
    restoreGroups();
    m_log.add(LogRecord::Kind::Server, tr("server has stopped"));
    emit stopped();
}

} // namespace Chinwag
