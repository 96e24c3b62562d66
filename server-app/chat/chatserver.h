// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandhandler.h"
#include "epollloop.h"
#include "ircnetwork.h"
#include "sqlitestore.h"
#include "localrouter.h"
#include "logthrottle.h"
#include "messageidsource.h"
#include "passwordhasher.h"
#include "registry.h"
#include "serverconfig.h"
#include "serverlog.h"
#include "signinthrottle.h"
#include "tcplistener.h"
#include "timeoutwheel.h"
#include "tlslistener.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Chinwag {

class Session;
class Transport;

// The chat server: it listens, keeps one Session per connection, and owns the registry of users
// and groups, the router and the command handler. Everything runs on the event loop. The monitor
// binds to it through the signals below and the read-only accessors, and never touches a socket.
//
// It listens either for plain TCP (TcpListener, EpollLoop) or, with a certificate in the
// config, for TLS (TlsListener, Qt's sockets); with an IRC port in the config, on that port too,
// the same way, for clients whose sessions speak IRC (IrcDialect) to the same core. It refuses
// connections beyond Limits::maxClients and Limits::maxClientsPerAddress with BYE SERVER_FULL, and
// one timer over a TimeoutWheel checks every connection's timeouts.
class ChatServer : public QObject
{
    Q_OBJECT

public:
    explicit ChatServer(const ServerConfig &config, QObject *parent = nullptr);
    ~ChatServer() override;

    // Starts accepting clients; port 0 picks a free port. On failure errorString() says why.
    bool listen(const QHostAddress &address, quint16 port);
    bool isListening() const { return listener().isListening(); }
    QHostAddress serverAddress() const { return listener().serverAddress(); }
    quint16 serverPort() const { return listener().serverPort(); }
    // The IRC port, once listening; 0 without one.
    quint16 ircPort() const { return ircListener().isListening() ? ircListener().serverPort() : 0; }
    QString errorString() const { return m_errorString; }

    // Stops accepting, sends BYE SHUTDOWN to every client and closes each connection once what
    // is queued for it is written, or after a short grace period. Emits stopped() when the last
    // connection is gone; then listen() may start the server again.
    void stop();
    bool isStopping() const { return m_stopping; }

    // The operator's actions. The texts are cut to one line; they are refused (false) when they
    // hold a character a line may not.
    bool kick(quint64 connectionId, const QString &reason);
    bool sendNotice(const QString &text);
    // Locking signs the account out everywhere and refuses its sign-ins; deleting also removes
    // what is private to it. False when there is no such account (by name, any case).
    bool lockAccount(const QString &name, bool locked);
    bool deleteAccount(const QString &name);

    const ServerConfig &config() const { return m_config; }
    ServerLog &log() { return m_log; }

    int clientCount() const { return int(m_sessions.size()); }
    // In the order they connected.
    QList<quint64> clientIds() const;
    const Session *client(quint64 connectionId) const { return m_sessions.value(connectionId); }
    int groupCount() const { return m_registry.groupCount(); }
    QStringList groupKeys() const { return m_registry.groupKeys(); }
    const Group *group(const QString &key) const { return m_registry.group(key); }
    // The groups of a user, key to name, by key.
    QMap<QString, QString> groupsOf(const QString &userKey) const
    {
        return m_registry.groupsOf(userKey);
    }
    quint64 messagesAccepted() const { return m_handler.messagesAccepted(); }
    // The history (config().dataPath), or nullptr when there is none: none was asked for, or
    // it could not be opened, and then historyError() says why.
    const SqliteStore *history() const { return m_history.get(); }
    // The same, through the interface the chat uses: accounts and groups.
    const Store *store() const { return m_history.get(); }
    QString historyError() const { return m_historyError; }

signals:
    void listeningChanged(bool listening);
    void clientConnected(quint64 connectionId);
    // Registered, renamed, away or back, joined or left a group. Counters change silently.
    void clientChanged(quint64 connectionId);
    void clientDisconnected(quint64 connectionId);
    void groupAdded(const QString &key);
    void groupChanged(const QString &key);
    void groupRemoved(const QString &key);
    // An account was made, changed (signed in or out, locked) or deleted.
    void accountChanged(const QString &key);
    void stopped();

private:
    enum class Dialect { Chinwag, Irc };

    const QTcpServer &listener() const;
    QTcpServer &listener();
    const QTcpServer &ircListener() const;
    QTcpServer &ircListener();
    bool listenForIrc(const QHostAddress &address, int backlog);
    void acceptConnection(qintptr descriptor, Dialect dialect);
    void acceptTlsConnection(QSslSocket *socket, Dialect dialect);
    void logPlainText(const QHostAddress &address, quint16 port);
    void logHandshakeFailure(const QHostAddress &address, quint16 port, const QString &reason);
    // Takes a new connection as a session, or refuses it when the server or its address is full.
    void adopt(std::unique_ptr<Transport> transport, Dialect dialect);
    void refuse(std::unique_ptr<Transport> transport, Dialect dialect, const ServerLine &bye);
    Session *newSession(quint64 id, std::unique_ptr<Transport> transport, Dialect dialect);
    void handleAcceptError(QTcpServer &listener);
    // Suspends every session while the store catches up, so that TCP holds the senders back.
    void setReadingHeld(bool held);
    void checkTimeouts();
    void finishSession(Chinwag::Session *session);
    void finishStop();
    // The groups of accounts the store keeps, back in the registry.
    void restoreGroups();

    ServerConfig m_config;
    ServerLog m_log;
    Registry m_registry;
    MessageIdSource m_ids;
    QString m_historyError;
    std::unique_ptr<SqliteStore> m_history;
    LocalRouter m_router;
    PasswordHasher m_hasher;
    SignInThrottle m_throttle;
    ChatContext m_context;
    CommandHandler m_handler;
    IrcNetwork m_irc;
    // Before the listener and the sessions, whose connections it drives.
    EpollLoop m_loop;
    TcpListener m_listener;
    TlsListener m_tlsListener;
    TcpListener m_ircListener;
    TlsListener m_ircTlsListener;
    QHash<quint64, Session *> m_sessions;
    bool m_readingHeld = false; // while the store catches up: see setReadingHeld()
    QHash<QHostAddress, int> m_sessionsPerAddress;
    // The coarse clock of the timeouts (TimeoutWheel::now()), moved on by m_timeoutTimer.
    TimeoutWheel m_timeouts;
    QElapsedTimer m_uptime;
    QTimer m_timeoutTimer;
    LogThrottle m_refusalLog;
    LogThrottle m_tlsFailureLog;
    LogThrottle m_plainTextLog;
    quint64 m_nextConnectionId = 1;
    QString m_errorString;
    bool m_stopping = false;
};

} // namespace Chinwag
