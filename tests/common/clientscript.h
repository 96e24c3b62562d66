// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptedserver.h"

#include <chatclient.h>
#include <clientconnection.h>
#include <connectsettings.h>
#include <conversation.h>
#include <messageentry.h>
#include <messagemodel.h>
#include <protocolerror.h>

#include <QByteArray>
#include <QByteArrayList>
#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

Q_DECLARE_METATYPE(Chinwag::Conversation)
Q_DECLARE_METATYPE(Chinwag::ErrorCode)

namespace QTest {
template<>
inline char *toString(const Chinwag::ClientConnection::State &state)
{
    return qstrdup(QMetaEnum::fromType<Chinwag::ClientConnection::State>().valueToKey(int(state)));
}
} // namespace QTest

// What a client test says as the server, and checks on what the client did: the lines of a
// registration against a ScriptedServer, at each layer of the client (the connection alone,
// the ChatClient, the ChatClient with a session), and readings of a spy on a client's own
// messages. Every wait is bounded; a helper returns false when the client did not do its part,
// so that the test's QVERIFY says where.
namespace Chinwag::ClientScript {

// The time each scripted message carries, and the server's greeting.
inline const QByteArray Time = "2026-11-25T12:00:00.123Z";
inline const QByteArray Hello = "HELLO 1 4096 Welcome\n";

QDateTime at(const QByteArray &iso);
ConnectSettings settingsFor(quint16 port, const QString &name);

// Waits for the client the test connected, says `hello`, and waits for it to ask for `name`.
bool greet(ScriptedServer &server, const QString &name, const QByteArray &hello = Hello);
// Opens the connection and greets it.
bool greet(ScriptedServer &server, ClientConnection &connection, const QString &name,
           const QByteArray &hello = Hello);
bool greet(ScriptedServer &server, ChatClient &client, const QString &name,
           const QByteArray &hello = Hello);

// Opens the connection and registers `name`: the server says HELLO and accepts the name.
bool registerConnection(ScriptedServer &server, ClientConnection &connection, const QString &name,
                        const QByteArray &hello = Hello);
// The same for a client, which then asks who is online: the server lists no one.
bool registerClient(ScriptedServer &server, ChatClient &client, const QString &name,
                    const QByteArray &hello = Hello);
// The same for a client with a session, which then asks for the history of Everyone (and of
// the current conversation when it is another): the server answers LIST with `users` and each
// HISTORY with `history` (HIST lines, by conversation), then an OK with their count.
bool registerSession(ScriptedServer &server, ChatClient &client, const QString &name,
                     const QHash<QString, QByteArrayList> &history = {},
                     const QByteArray &users = {});

// The last state each own message reached, by local id, from a spy on a signal whose first
// argument is a MessageEntry.
QHash<quint64, MessageEntry> latest(const QSignalSpy &spy);
// The deliveries one own message went through.
QList<MessageEntry::Delivery> deliveries(const QSignalSpy &spy, quint64 localId);

// What a model shows, row by row: the display text, the first column's, the message ids.
QStringList texts(const MessageModel *model);
QStringList names(const QAbstractItemModel *model);
QList<quint64> ids(const MessageModel *model);

// A HIST line of the conversation `to`, from `from`.
QByteArray hist(const QByteArray &to, const QByteArray &from, quint64 id, const QByteArray &text);
// HIST lines from bob to everyone, one per id.
QByteArrayList histRange(quint64 first, quint64 last);

} // namespace Chinwag::ClientScript
