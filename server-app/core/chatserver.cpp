// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"

#include "endpoint.h"
#include "replies.h"
#include "session.h"
#include "tcptransport.h"
#include "textrules.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace Chinwag {

namespace {

// What an operator typed, as one line of text, unless it holds what a line may not.
std::optional<QString> operatorText(const QString &text)
{
    QString line = text.simplified();
    if (TextRules::check(line.toUtf8()) != TextRules::Verdict::Ok)
        return std::nullopt;
    return line;
}

std::unique_ptr<History> openHistory(const QString &path, QString &error)
{
    if (path.isEmpty())
        return nullptr;
    return History::open(path, &error);
}

QString describe(const Session &session)
{
    return session.name().isEmpty()
            ? session.endpoint()
            : ChatServer::tr("%1 (%2)").arg(session.name(), session.endpoint());
}

} // namespace

ChatServer::ChatServer(const ServerConfig &config, QObject *parent)
    : QObject(parent),
      m_config(config),
      m_history(openHistory(config.dataPath, m_historyError)),
      m_router(m_registry),
      m_handler(m_registry, m_router, m_ids, m_history.get(), m_log, m_config.limits)
{
    if (m_history) {
        // Ids keep growing across restarts.
        m_ids.seed(m_history->lastId());
        connect(m_history.get(), &History::failed, this,
                [this](const QString &error) { m_log.add(LogRecord::Kind::Error, error); });
    }
    connect(&m_listener, &TcpListener::connectionAccepted, this, &ChatServer::acceptConnection);
    connect(&m_listener, &QTcpServer::acceptError, this, [this] {
        m_log.add(LogRecord::Kind::Error,
                  tr("Could not accept a connection: %1").arg(m_listener.errorString()));
    });
    connect(&m_registry, &Registry::userChanged, this, &ChatServer::clientChanged);
    connect(&m_registry, &Registry::groupAdded, this, &ChatServer::groupAdded);
    connect(&m_registry, &Registry::groupChanged, this, &ChatServer::groupChanged);
    connect(&m_registry, &Registry::groupRemoved, this, &ChatServer::groupRemoved);
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
    if (!m_loop.isValid() || !m_listener.listen(address, port)) {
        m_errorString = m_loop.isValid() ? m_listener.errorString() : m_loop.errorString();
        m_log.add(LogRecord::Kind::Error,
                  tr("Could not listen on %1: %2").arg(endpointText(address, port), m_errorString));
        return false;
    }
    m_errorString.clear();
    m_log.add(LogRecord::Kind::Server,
              tr("My server has started on %1").arg(endpointText(serverAddress(), serverPort())));
    emit listeningChanged(true);
    return true;
}

void ChatServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_listener.isListening()) {
        m_listener.close();
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
              text->isEmpty() ? tr("%1 was kicked").arg(describe(*session))
                              : tr("%1 was kicked: %2").arg(describe(*session), *text));
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

void ChatServer::acceptConnection(qintptr descriptor)
{
    const quint64 id = m_nextConnectionId++;
    auto *session = new Session(id, std::make_unique<TcpTransport>(descriptor, m_loop), m_handler,
                                m_config.limits, this);
    m_sessions.insert(id, session);
    connect(session, &Session::finished, this, &ChatServer::finishSession);
    m_log.add(LogRecord::Kind::Connect,
              tr("Client has connected from %1").arg(session->endpoint()));
    m_log.add(LogRecord::Kind::Server, tr("Total Clients = %1").arg(m_sessions.size()));
    emit clientConnected(id);
    session->start();
}

void ChatServer::finishSession(Session *session)
{
    if (!m_sessions.remove(session->id()))
        return;
    m_log.add(LogRecord::Kind::Disconnect,
              session->closeReason().isEmpty()
                      ? tr("Client has disconnected: %1").arg(describe(*session))
                      : tr("Client has disconnected: %1, %2")
                                .arg(describe(*session), session->closeReason()));
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
    m_log.add(LogRecord::Kind::Server, tr("server has stopped"));
    emit stopped();
}

} // namespace Chinwag
