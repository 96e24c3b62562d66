// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientscript.h"

namespace Chinwag::ClientScript {

using namespace Qt::StringLiterals;

QDateTime at(const QByteArray &iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

ConnectSettings settingsFor(quint16 port, const QString &name)
{
    ConnectSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.name = name;
    return settings;
}

bool greet(ScriptedServer &server, const QString &name, const QByteArray &hello)
{
    if (!server.waitForClient())
        return false;
    server.write(hello);
    const QByteArray nameLine = "NAME " + name.toUtf8();
    if (!QTest::qWaitFor([&] { return server.lines().contains(nameLine); }))
        return false;
    server.takeLines();
    return true;
}

bool greet(ScriptedServer &server, ClientConnection &connection, const QString &name,
           const QByteArray &hello)
{
    connection.open(settingsFor(server.port(), name));
    return greet(server, name, hello);
}

bool greet(ScriptedServer &server, ChatClient &client, const QString &name, const QByteArray &hello)
{
    client.connectToServer(settingsFor(server.port(), name));
    return greet(server, name, hello);
}

bool registerConnection(ScriptedServer &server, ClientConnection &connection, const QString &name,
                        const QByteArray &hello)
{
    if (!greet(server, connection, name, hello))
        return false;
    server.write("OK NAME " + name.toUtf8() + "\n");
    return QTest::qWaitFor([&] { return connection.isOnline(); });
}

bool registerClient(ScriptedServer &server, ChatClient &client, const QString &name,
                    const QByteArray &hello)
{
    if (!greet(server, client, name, hello))
        return false;
    server.write("OK NAME " + name.toUtf8() + "\n");
    if (!QTest::qWaitFor([&] { return server.lines() == QByteArrayList{ "LIST" }; }))
        return false;
    server.takeLines();
    server.write("OK LIST 0\n");
    return client.isOnline();
}

bool registerSession(ScriptedServer &server, ChatClient &client, const QString &name,
                     const QHash<QString, QByteArrayList> &history, const QByteArray &users)
{
    if (!greet(server, client, name))
        return false;
    server.write("OK NAME " + name.toUtf8() + "\n");
    const QByteArrayList asked = server.takeLines(2);
    if (asked.size() < 2 || asked.at(0) != "LIST" || asked.at(1) != "HISTORY *")
        return false;
    // The current conversation, if not Everyone, is asked for in the same breath.
    const QByteArrayList more = server.lines().isEmpty() ? QByteArrayList() : server.takeLines();
    server.write(users + "OK LIST " + QByteArray::number(users.count('\n')) + "\n");
    for (const QByteArray &request : asked.mid(1) + more) {
        const QByteArray conversation = request.mid(qstrlen("HISTORY "));
        const QByteArrayList lines = history.value(QString::fromUtf8(conversation));
        server.write(lines.join('\n') + (lines.isEmpty() ? "" : "\n") + "OK HISTORY " + conversation
                     + ' ' + QByteArray::number(lines.size()) + '\n');
    }
    return QTest::qWaitFor([&] { return client.isOnline(); });
}

QHash<quint64, MessageEntry> latest(const QSignalSpy &spy)
{
    QHash<quint64, MessageEntry> result;
    for (const QList<QVariant> &arguments : spy) {
        const auto entry = arguments.at(0).value<MessageEntry>();
        result.insert(entry.localId, entry);
    }
    return result;
}

QList<MessageEntry::Delivery> deliveries(const QSignalSpy &spy, quint64 localId)
{
    QList<MessageEntry::Delivery> result;
    for (const QList<QVariant> &arguments : spy) {
        const auto entry = arguments.at(0).value<MessageEntry>();
        if (entry.localId == localId)
            result.append(entry.delivery);
    }
    return result;
}

QStringList texts(const MessageModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row).data().toString());
    return result;
}

QStringList names(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data().toString());
    return result;
}

QList<quint64> ids(const MessageModel *model)
{
    QList<quint64> result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row).data(MessageModel::IdRole).toULongLong());
    return result;
}

QByteArray hist(const QByteArray &to, const QByteArray &from, quint64 id, const QByteArray &text)
{
    return "HIST " + to + ' ' + from + ' ' + QByteArray::number(id) + ' ' + Time + ' ' + text;
}

QByteArrayList histRange(quint64 first, quint64 last)
{
    QByteArrayList lines;
    for (quint64 id = first; id <= last; ++id)
        lines.append(hist("*", "bob", id, "message " + QByteArray::number(id)));
    return lines;
}

} // namespace Chinwag::ClientScript
