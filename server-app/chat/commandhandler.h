// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "envelope.h"
#include "logthrottle.h"
#include "serverpassword.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>

namespace Chinwag {

class History;
class MessageIdSource;
class Registry;
class Router;
class ServerLog;
class Session;
struct Group;
struct Limits;

// What the server does for each command: the one switch over Command::Type, the checks in the
// order docs/PROTOCOL.md lists the errors, the changes to the registry, and the lines to the
// sender and, through the router, to everyone concerned.
class CommandHandler
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::CommandHandler)

public:
    // Without a history (nullptr), HISTORY is refused and nothing is held for offline names.
    // With a password, PASS must give it before NAME.
    CommandHandler(Registry &registry, Router &router, MessageIdSource &ids, History *history,
                   ServerLog &log, const Limits &limits,
                   const ServerPassword &password = ServerPassword({}));

    // The first lines of a connection.
    void greet(Session &session);
    void handle(Session &session, const Command &command);
    // The user of `session` has gone: the other members of its groups get PARTED, then every
    // other user gets LEFT with `why`. Nothing happens for a session that is not registered.
    void depart(Session &session, const QString &why);

    // Chat messages accepted since the server started: what the traffic meter counts.
    quint64 messagesAccepted() const { return m_messagesAccepted; }
    ServerLog &log() const { return m_log; }

private:
    void name(Session &session, const QString &name);
    void pass(Session &session, const QString &password);
    void msgAll(Session &session, const QString &text);
    void msgInd(Session &session, const QString &user, const QString &text);
    void sendGroup(Session &session, const QString &group, const QString &text);
    void list(Session &session);
    void makeGroup(Session &session, const QString &group, const QStringList &users);
    void invite(Session &session, const QString &group, const QString &user);
    void leave(Session &session, const QString &group);
    void groups(Session &session);
    void members(Session &session, const QString &group);
    void away(Session &session, const QString &text);
    void back(Session &session);
    void typing(Session &session, const Conversation &conversation);
    void history(Session &session, const Command &command);
    void help(Session &session, const QString &topic);

    // The group named, when it exists and `session` is a member; otherwise the error is sent.
    Group *memberGroup(Session &session, const QString &group);
    // Gives a message from `session` its id and time, counts it and keeps it in the history;
    // `toKey` is the folded name of its recipient or group.
    ChatMessage accept(Session &session, const Conversation &to, const QString &toKey,
                       const QString &text, bool held = false);
    // The name of `session` is registered: remembered, and what was held for it delivered.
    void welcomeName(Session &session);
    void leaveGroup(Session &session, Group &group);

    Registry &m_registry;
    Router &m_router;
    MessageIdSource &m_ids;
    History *m_history;
    ServerLog &m_log;
    const Limits &m_limits;
    const ServerPassword m_password;
    const QList<Envelope> m_welcome; // the same bytes for every connection
    QElapsedTimer m_clock; // for TYPING's throttle and the log's
    LogThrottle m_wrongPasswords;
    quint64 m_messagesAccepted = 0;
};

} // namespace Chinwag
