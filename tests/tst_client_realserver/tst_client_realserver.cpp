// SPDX-License-Identifier: GPL-3.0-or-later
// The client against the real server, in this process: what the scripted tests assume of the
// server, checked on the server itself.
#include <clientscript.h>
#include <testpeer.h>

#include <chatclient.h>
#include <chatserver.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <messagemodel.h>
#include <reconnectbackoff.h>
#include <session.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Delivery = MessageEntry::Delivery;

namespace {

// A client of the real server, registered as `name`, that reconnects quickly.
std::unique_ptr<ChatClient> registeredClient(const ChatServer &server, const QString &name)
{
    auto client = std::make_unique<ChatClient>();
    client->setBackoff(ReconnectBackoff(50ms, 200ms));
    QSignalSpy listed(client.get(), &ChatClient::usersListed);
    client->connectToServer(settingsFor(server.serverPort(), name));
    // Registered, and the list of users asked for then has come.
    if (!listed.wait(5000))
        return nullptr;
    return client;
}

quint64 connectionOf(const ChatServer &server, const QString &name)
{
    for (const quint64 id : server.clientIds()) {
        if (server.client(id)->name() == name)
            return id;
    }
    return 0;
}

} // namespace

class tst_ClientRealServer : public QObject
{
    Q_OBJECT

private slots:
    void realServerRegistersAndRefusesATakenName();
    void realServerCarriesEveryKindOfMessage();
    void realServerTellsEveryEvent();
    void realServerRestartOnTheSamePortIsReconnected();
    void realServerKickIsFinal();
    void realServerHistoryAndHeldMessagesShowOnce();
    void realServerTakesALongPasteWithoutFlooding();
};

void tst_ClientRealServer::realServerRegistersAndRefusesATakenName()
{
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    QCOMPARE(anna->name(), u"anna"_s);

    ChatClient other;
    QSignalSpy refused(&other, &ChatClient::registrationRefused);
    other.connectToServer(settingsFor(server.serverPort(), u"ANNA"_s));

    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, ErrorCode::NameTaken);
    QCOMPARE(other.state(), ChatClient::State::Disconnected);
    QTRY_COMPARE(server.clientCount(), 1);
}

void tst_ClientRealServer::realServerCarriesEveryKindOfMessage()
{
    // Given anna and bob on a real server,
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    const auto bob = registeredClient(server, u"bob"_s);
    QVERIFY(anna && bob);
    QSignalSpy toBob(bob.get(), &ChatClient::messageReceived);
    QSignalSpy toAnna(anna.get(), &ChatClient::messageReceived);
    QSignalSpy fromAnna(anna.get(), &ChatClient::outgoingMessageChanged);

    // when anna writes to everyone, to bob and to their group, and bob answers,
    const quint64 toAll = anna->sendMessage(Conversation::everyone(), u"hello all"_s);
    const quint64 direct = anna->sendMessage(Conversation::direct(u"bob"_s), u"hello bob"_s);
    anna->makeGroup(u"team"_s, { u"bob"_s });
    const quint64 toGroup = anna->sendMessage(Conversation::group(u"team"_s), u"hello team"_s);
    QTRY_COMPARE(toBob.count(), 3);
    bob->sendMessage(Conversation::direct(u"anna"_s), u"hi anna"_s);

    // then bob reads each in its conversation, and anna has the server's ids for hers.
    const auto message = [&toBob](int i) { return toBob.at(i).at(0).value<ChatMessage>(); };
    QCOMPARE(message(0).to, Conversation::everyone());
    QCOMPARE(message(0).text, u"hello all"_s);
    QCOMPARE(message(1).to, Conversation::direct(u"bob"_s));
    QCOMPARE(message(1).from, u"anna"_s);
    QCOMPARE(message(2).to, Conversation::group(u"team"_s));
    QTRY_COMPARE(toAnna.count(), 1);
    QCOMPARE(toAnna.at(0).at(0).value<ChatMessage>().text, u"hi anna"_s);
    QTRY_COMPARE(latest(fromAnna).value(toGroup).delivery, Delivery::Sent);
    const auto fate = latest(fromAnna);
    QCOMPARE(fate.value(toAll).delivery, Delivery::Sent);
    QCOMPARE(fate.value(toAll).message.id, message(0).id);
    QCOMPARE(fate.value(toAll).message.time, message(0).time);
    QCOMPARE(fate.value(direct).delivery, Delivery::Sent);
    QVERIFY(fate.value(toAll).message.id < fate.value(toGroup).message.id);
}

void tst_ClientRealServer::realServerTellsEveryEvent()
{
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    QSignalSpy joined(anna.get(), &ChatClient::userJoined);
    QSignalSpy renamed(anna.get(), &ChatClient::userRenamed);
    QSignalSpy left(anna.get(), &ChatClient::userLeft);
    QSignalSpy made(anna.get(), &ChatClient::groupMade);
    QSignalSpy invited(anna.get(), &ChatClient::memberInvited);
    QSignalSpy parted(anna.get(), &ChatClient::memberParted);
    QSignalSpy users(anna.get(), &ChatClient::usersListed);

    // bob joins, makes a group with anna and invites carol, who asks who is in it;
    const auto bob = registeredClient(server, u"bob"_s);
    const auto carol = registeredClient(server, u"carol"_s);
    QVERIFY(bob && carol);
    QSignalSpy carolsMembers(carol.get(), &ChatClient::membersListed);
    bob->makeGroup(u"team"_s, { u"anna"_s });
    QTRY_COMPARE(made.count(), 1);
    QCOMPARE(made.at(0), (QVariantList{ u"team"_s, u"bob"_s, QStringList{ u"bob"_s, u"anna"_s } }));
    bob->invite(u"team"_s, u"carol"_s);
    QTRY_COMPARE(invited.count(), 1);
    QCOMPARE(invited.at(0), (QVariantList{ u"team"_s, u"carol"_s, u"bob"_s }));
    QTRY_COMPARE(carolsMembers.count(), 1);
    QCOMPARE(carolsMembers.at(0).at(1).toStringList(),
             (QStringList{ u"anna"_s, u"bob"_s, u"carol"_s }));

    // carol leaves the group; bob renames himself; carol quits.
    QSignalSpy carolLeft(carol.get(), &ChatClient::groupLeft);
    carol->leaveGroup(u"team"_s);
    QTRY_COMPARE(carolLeft.count(), 1);
    QTRY_COMPARE(parted.count(), 1);
    bob->changeName(u"robert"_s);
    QTRY_COMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0), (QVariantList{ u"bob"_s, u"robert"_s }));
    carol->disconnectFromServer();
    QTRY_COMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).toString(), u"carol"_s);

    QCOMPARE(joined.count(), 2);
    anna->requestUsers();
    QTRY_COMPARE(users.count(), 1);
    QCOMPARE(users.at(0).at(0).value<QList<OnlineUser>>().size(), 2);
}

void tst_ClientRealServer::realServerRestartOnTheSamePortIsReconnected()
{
    // Given anna and bob on a server, anna waiting long between attempts,
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    const auto anna = registeredClient(server, u"anna"_s);
    const auto bob = registeredClient(server, u"bob"_s);
    QVERIFY(anna && bob);
    anna->setBackoff(ReconnectBackoff(10s, 10s));
    QSignalSpy annaRegistered(anna.get(), &ChatClient::registered);
    QSignalSpy bobRegistered(bob.get(), &ChatClient::registered);
    QSignalSpy toBob(bob.get(), &ChatClient::messageReceived);
    QSignalSpy fromAnna(anna.get(), &ChatClient::outgoingMessageChanged);

    // when the server stops,
    QSignalSpy stopped(&server, &ChatServer::stopped);
    server.stop();
    QVERIFY(stopped.wait());
    QTRY_COMPARE(anna->state(), ChatClient::State::WaitingToReconnect);

    // and anna writes while it is away,
    const quint64 id = anna->sendMessage(Conversation::everyone(), u"are you back?"_s);
    QCOMPARE(latest(fromAnna).value(id).delivery, Delivery::Queued);

    // then once it listens on the same port again, both are back under their names,
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(bobRegistered.count(), 1, 10000);
    QCOMPARE(bobRegistered.at(0).at(0).toString(), u"bob"_s);
    QCOMPARE(anna->state(), ChatClient::State::WaitingToReconnect);
    anna->reconnectNow();
    QTRY_COMPARE(annaRegistered.count(), 1);
    QCOMPARE(annaRegistered.at(0).at(0).toString(), u"anna"_s);

    // and what anna wrote is sent.
    QTRY_COMPARE(latest(fromAnna).value(id).delivery, Delivery::Sent);
    QTRY_COMPARE(toBob.count(), 1);
    QCOMPARE(toBob.at(0).at(0).value<ChatMessage>().text, u"are you back?"_s);
}

void tst_ClientRealServer::realServerKickIsFinal()
{
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    QSignalSpy byes(anna.get(), &ChatClient::disconnectedByServer);
    QSignalSpy reconnects(anna.get(), &ChatClient::reconnectScheduled);

    QVERIFY(server.kick(connectionOf(server, u"anna"_s), u"be nice"_s));

    QTRY_COMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(byes.count(), 1);
    QCOMPARE(byes.at(0).at(0).value<ProtocolError>().code, ErrorCode::Kicked);
    QVERIFY(anna->disconnectReason().contains(u"be nice"_s));
    QCOMPARE(reconnects.count(), 0);
}

void tst_ClientRealServer::realServerHistoryAndHeldMessagesShowOnce()
{
    // Given a real server that keeps its history in memory, where anna has said two things
    // and written to dora, whose account is offline,
    ServerConfig config;
    config.passwordCost = PasswordCost::least();
    ChatServer server{ config };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    {
        TestPeer dora;
        QVERIFY(dora.signInAs(Command::Type::SignUp, u"dora"_s, u"dora-password"_s,
                              server.serverPort()));
    }
    QTRY_COMPARE(server.clientCount(), 1);
    QSignalSpy fromAnna(anna.get(), &ChatClient::outgoingMessageChanged);
    anna->sendMessage(Conversation::everyone(), u"one"_s);
    anna->sendMessage(Conversation::everyone(), u"two"_s);
    const quint64 held = anna->sendMessage(Conversation::direct(u"dora"_s), u"are you there?"_s);
    QTRY_COMPARE(latest(fromAnna).value(held).delivery, Delivery::Held);

    // when bob comes, his session shows what was said before him;
    ChatClient bob;
    ChatSession bobs(&bob);
    QSignalSpy bobLoaded(&bobs, &ChatSession::historyLoaded);
    bob.connectToServer(settingsFor(server.serverPort(), u"bob"_s));
    QTRY_COMPARE(bobLoaded.count(), 1);
    const auto chatTexts = [](const MessageModel *model) {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(MessageModel::KindRole).toInt()
                == int(MessageEntry::Kind::Chat))
                result.append(model->index(row).data(MessageModel::TextRole).toString());
        }
        return result;
    };
    QCOMPARE(chatTexts(bobs.conversations()->messages(Conversation::everyone())),
             (QStringList{ u"one"_s, u"two"_s }));

    // A group's history is its members' only: the client hears why.
    QSignalSpy made(anna.get(), &ChatClient::groupMade);
    anna->makeGroup(u"team"_s, {});
    QTRY_COMPARE(made.count(), 1);
    QSignalSpy failed(&bob, &ChatClient::commandFailed);
    bob.requestHistory(Conversation::group(u"team"_s));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::NotAMember);
}

void tst_ClientRealServer::realServerTakesALongPasteWithoutFlooding()
{
    // Given anna and bob on a real server,
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ChatClient anna;
    ChatSession session(&anna);
    QSignalSpy flood(&anna, &ChatClient::errorReceived);
    QSignalSpy registered(&anna, &ChatClient::registered);
    anna.connectToServer(settingsFor(server.serverPort(), u"anna"_s));
    QVERIFY(registered.wait(5000));
    const auto bob = registeredClient(server, u"bob"_s);
    QVERIFY(bob);
    QSignalSpy toBob(bob.get(), &ChatClient::messageReceived);
    // When each line is written, on a clock of the test's.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> written;
    connect(&anna, &ChatClient::outgoingMessageChanged, this, [&](const MessageEntry &entry) {
        if (entry.delivery == Delivery::Sending)
            written.append(clock.elapsed());
    });

    // when she pastes more lines than flood control lets through at once,
    const Limits limits;
    const int count = limits.floodBurst + 5;
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines.append(u"line %1"_s.arg(i));
    QCOMPARE(session.sendText(Conversation::everyone(), lines.join(u'\n')), count);

    // then every line reaches bob, in order,
    QTRY_COMPARE_WITH_TIMEOUT(toBob.count(), count, 20000);
    for (int i = 0; i < count; ++i)
        QCOMPARE(toBob.at(i).at(0).value<ChatMessage>().text, lines.at(i));
    QCOMPARE(flood.count(), 0);
    // written so that the server's token bucket (Limits) never runs dry.
    QCOMPARE(written.size(), count);
    double tokens = limits.floodBurst;
    qint64 last = written.first();
    for (const qint64 at : std::as_const(written)) {
        tokens = qMin(double(limits.floodBurst),
                      tokens + double(at - last) * limits.floodLinesPerSecond / 1000.0);
        last = at;
        tokens -= 1.0;
        QVERIFY2(tokens >= 0.0, qPrintable(u"line written at %1 ms"_s.arg(at)));
    }
}

QTEST_GUILESS_MAIN(tst_ClientRealServer)
#include "tst_client_realserver.moc"
