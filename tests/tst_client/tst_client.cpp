// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <chatclient.h>
#include <chatserver.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <errormessages.h>
#include <messagemodel.h>
#include <reconnectbackoff.h>
#include <session.h>
#include <userlistmodel.h>

#include <QAbstractItemModelTester>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Delivery = MessageEntry::Delivery;

Q_DECLARE_METATYPE(Chinwag::Conversation)
Q_DECLARE_METATYPE(Chinwag::ErrorCode)

namespace QTest {
template<>
char *toString(const Chinwag::ChatClient::State &state)
{
    return qstrdup(QMetaEnum::fromType<ChatClient::State>().valueToKey(int(state)));
}
} // namespace QTest

namespace {

const QByteArray Time = "2026-11-25T12:00:00.123Z";

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

// The last state each own message reached, by local id, from a spy on outgoingMessageChanged.
QHash<quint64, MessageEntry> latest(const QSignalSpy &spy)
{
    QHash<quint64, MessageEntry> result;
    for (const QList<QVariant> &arguments : spy) {
        const auto entry = arguments.at(0).value<MessageEntry>();
        result.insert(entry.localId, entry);
    }
    return result;
}

// The deliveries one own message went through.
QList<Delivery> deliveries(const QSignalSpy &spy, quint64 localId)
{
    QList<Delivery> result;
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

MessageEntry received(quint64 id, const QString &from, const QString &text)
{
    MessageEntry entry;
    entry.message = { id, at(Time), Conversation::everyone(), from, text };
    return entry;
}

MessageEntry own(quint64 localId, Delivery delivery, quint64 id, const QString &text)
{
    MessageEntry entry = received(id, u"anna"_s, text);
    entry.localId = localId;
    entry.delivery = delivery;
    return entry;
}

} // namespace

class tst_Client : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // The client against a scripted server: the exact lines, and every edge of the replies.
    void registersAfterTheServersHello();
    void refusedNameAtFirstGivesUp_data();
    void refusedNameAtFirstGivesUp();
    void repliesAreMatchedFirstInFirstOut();
    void unreadableReplyStillAnswersItsCommand();
    void malformedServerLinesAreIgnored_data();
    void malformedServerLinesAreIgnored();
    void serverEventsBecomeSignals_data();
    void serverEventsBecomeSignals();
    void answersTheServersPing();
    void asksASilentServerWhetherItIsThere_data();
    void asksASilentServerWhetherItIsThere();
    void newGroupMemberAsksForTheMembers();
    void groupCommandsAndTheirReplies();
    void commandsCheckNamesBeforeSending_data();
    void commandsCheckNamesBeforeSending();
    void messagesAreCheckedBeforeSending_data();
    void messagesAreCheckedBeforeSending();
    void byeDecidesWhetherToReconnect_data();
    void byeDecidesWhetherToReconnect();
    void messagesTypedWhileDisconnectedGoOutOnReconnect();
    void unconfirmedMessagesFailWhenTheConnectionIsLost();
    void cancellingTheReconnectMarksQueuedMessagesNotSent();
    void nameHeldByTheLostConnectionIsTriedAgain();
    void firstConnectionIsRetriedUntilTheServerListens();
    void disconnectingSaysGoodbye();

    // The parts without a connection.
    void backoffDoublesUpToTheLongestWithJitter();
    void connectSettingsAreRemembered();
    void messageModelKeepsEachMessageOnce();
    void ownMessageChangesInPlace();
    void echoOfAMessageToOneselfIsMergedWithIt_data();
    void echoOfAMessageToOneselfIsMergedWithIt();
    void olderMessagesArePrepended();
    void userListStaysSortedWithoutCase();
    void conversationsAreOrderedEveryoneDirectGroups();
    void unreadCountsSkipTheCurrentConversation();
    void renamedPeerKeepsTheConversation();

    // The session: events routed to the models.
    void sessionRoutesMessagesToTheirConversations();
    void sessionKeepsUsersAndGroupMembers();
    void sessionSendsEachLineAsAMessage();
    void sessionMarksGroupsInactiveWhenTheConnectionIsLost();

    // The client against the real server, in this process.
    void realServerRegistersAndRefusesATakenName();
    void realServerCarriesEveryKindOfMessage();
    void realServerTellsEveryEvent();
    void realServerRestartOnTheSamePortIsReconnected();
    void realServerKickIsFinal();

private:
    // Connects the client to the scripted server and registers `name`: the server says HELLO,
    // accepts the name and lists no one.
    bool registerClient(ChatClient &client, const QString &name,
                        const QByteArray &hello = "HELLO 1 4096 Welcome\n");

    ScriptedServer *m_server = nullptr;
};

void tst_Client::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_Client::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

bool tst_Client::registerClient(ChatClient &client, const QString &name, const QByteArray &hello)
{
    client.connectToServer(settingsFor(m_server->port(), name));
    if (!m_server->waitForClient())
        return false;
    m_server->write(hello);
    const QByteArray nameLine = "NAME " + name.toUtf8();
    if (!QTest::qWaitFor([&] { return m_server->lines().contains(nameLine); }))
        return false;
    m_server->takeLines();
    m_server->write("OK NAME " + name.toUtf8() + "\n");
    if (!QTest::qWaitFor([&] { return m_server->lines() == QByteArrayList{ "LIST" }; }))
        return false;
    m_server->takeLines();
    m_server->write("OK LIST 0\n");
    return client.isOnline();
}

void tst_Client::registersAfterTheServersHello()
{
    // Given a client that connects as anna,
    ChatClient client;
    QSignalSpy states(&client, &ChatClient::stateChanged);
    QSignalSpy registered(&client, &ChatClient::registered);
    QSignalSpy users(&client, &ChatClient::usersListed);
    client.connectToServer(settingsFor(m_server->port(), u"anna"_s));
    QCOMPARE(client.state(), ChatClient::State::Connecting);
    QVERIFY(m_server->waitForClient());
    QTRY_COMPARE(client.state(), ChatClient::State::Registering);

    // when the server greets it, it gives its name and learns the line limit;
    m_server->write("HELLO 1 512 Welcome to Chinwag!\nINFO NAME <name>  register\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    QCOMPARE(client.maxLineBytes(), 512);

    // once the name is accepted, as the server spells it, it is online and asks who else is.
    m_server->write("OK NAME Anna\n");
    QTRY_COMPARE(registered.count(), 1);
    QCOMPARE(registered.at(0).at(0).toString(), u"Anna"_s);
    QCOMPARE(client.name(), u"Anna"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });
    m_server->write("USER Anna HERE\nUSER bob AWAY gone to lunch\nOK LIST 2\n");
    QTRY_COMPARE(users.count(), 1);
    QCOMPARE(users.at(0).at(0).value<QList<OnlineUser>>(),
             (QList<OnlineUser>{ { u"Anna"_s, false, {} },
                                 { u"bob"_s, true, u"gone to lunch"_s } }));

    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(0).at(0).value<ChatClient::State>(), ChatClient::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<ChatClient::State>(), ChatClient::State::Registering);
    QCOMPARE(states.at(2).at(0).value<ChatClient::State>(), ChatClient::State::Online);
}

void tst_Client::refusedNameAtFirstGivesUp_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("taken") << "ERROR NAME_TAKEN the name bob is taken; choose another\n"_ba
                           << ErrorCode::NameTaken;
    QTest::newRow("bad") << "ERROR BAD_NAME the user name \"bob\" is not allowed\n"_ba
                         << ErrorCode::BadName;
}

void tst_Client::refusedNameAtFirstGivesUp()
{
    QFETCH(QByteArray, reply);
    QFETCH(ErrorCode, code);

    // Given a client registering bob for the first time,
    ChatClient client;
    QSignalSpy refused(&client, &ChatClient::nameRefused);
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);
    client.connectToServer(settingsFor(m_server->port(), u"bob"_s));
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME bob" });

    // when the server refuses the name,
    m_server->write(reply);

    // then the client says why, says goodbye, and does not try again by itself.
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, code);
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), QByteArrayList{ "CLOSE" });
    QCOMPARE(reconnects.count(), 0);
}

void tst_Client::repliesAreMatchedFirstInFirstOut()
{
    // Given a registered client that sends to everyone, to a user and to a group,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    QSignalSpy errors(&client, &ChatClient::errorReceived);
    const quint64 toAll = client.sendMessage(Conversation::everyone(), u"hello all"_s);
    const quint64 toBob = client.sendMessage(Conversation::direct(u"bob"_s), u"hi bob"_s);
    const quint64 toTeam = client.sendMessage(Conversation::group(u"team"_s), u"hi team"_s);
    QCOMPARE(m_server->takeLines(3),
             (QByteArrayList{ "MSGALL hello all", "MSGIND bob hi bob", "SENDGROUP team hi team" }));
    QCOMPARE(deliveries(outgoing, toAll), QList<Delivery>{ Delivery::Sending });

    // when the replies come in order, with an ERROR FLOOD that answers none of them,
    m_server->write("OK MSGALL 7 " + Time + "\n");
    m_server->write("ERROR FLOOD you are sending too fast\n");
    m_server->write("OK MSGIND 8 " + Time + " HELD\n");
    m_server->write("ERROR NOT_A_MEMBER you are not in team\n");

    // then each message learns its own fate.
    QTRY_COMPARE(latest(outgoing).value(toTeam).delivery, Delivery::Failed);
    const auto fate = latest(outgoing);
    QCOMPARE(fate.value(toAll).delivery, Delivery::Sent);
    QCOMPARE(fate.value(toAll).message.id, 7u);
    QCOMPARE(fate.value(toAll).message.time, at(Time));
    QCOMPARE(fate.value(toBob).delivery, Delivery::Held);
    QCOMPARE(fate.value(toBob).message.id, 8u);
    QCOMPARE(fate.value(toTeam).failure, ErrorMessages::describe({ ErrorCode::NotAMember, {} }));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<ProtocolError>().code, ErrorCode::Flood);
}

void tst_Client::unreadableReplyStillAnswersItsCommand()
{
    // Given two messages on their way,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    const quint64 first = client.sendMessage(Conversation::everyone(), u"one"_s);
    const quint64 second = client.sendMessage(Conversation::everyone(), u"two"_s);
    QCOMPARE(m_server->takeLines(2).size(), 2);

    // when the reply to the first cannot be read,
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be read"_s));
    m_server->write("OK MSGALL not-a-number " + Time + "\nOK MSGALL 9 " + Time + "\n");

    // then it still answers the first, and the second gets its own reply.
    QTRY_COMPARE(latest(outgoing).value(second).delivery, Delivery::Sent);
    QCOMPARE(latest(outgoing).value(second).message.id, 9u);
    QCOMPARE(latest(outgoing).value(first).delivery, Delivery::Failed);
}

void tst_Client::malformedServerLinesAreIgnored_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("unknown keyword") << "HELLOO 1 4096 hi\n"_ba;
    QTest::newRow("bad sender name") << "MSG * 9lives 1 " + Time + " hi\n";
    QTest::newRow("bad conversation") << "MSG everyone bob 1 " + Time + " hi\n";
    QTest::newRow("time without milliseconds") << "MSG * bob 1 2026-11-25T12:00:00Z hi\n"_ba;
    QTest::newRow("id zero") << "MSG * bob 0 " + Time + " hi\n";
    QTest::newRow("id past 64 bits") << "MSG * bob 18446744073709551616 " + Time + " hi\n";
    QTest::newRow("no text") << "MSG * bob 1 " + Time + "\n";
    QTest::newRow("invalid UTF-8") << "MSG * bob 1 " + Time + " \xff\xfe\n";
    QTest::newRow("control character") << "NOTICE a\x01z\n"_ba;
    QTest::newRow("NUL") << "NOTICE a\0z\n"_ba;
    QTest::newRow("unknown error code") << "BYE NO_REASON bye\n"_ba;
    QTest::newRow("longer than a server line may be") << QByteArray(70000, 'x') + "\n";
    QTest::newRow("MADE without creator") << "MADE team\n"_ba;
}

void tst_Client::malformedServerLinesAreIgnored()
{
    QFETCH(QByteArray, line);

    // Given a registered client,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy messages(&client, &ChatClient::messageReceived);
    QSignalSpy notices(&client, &ChatClient::noticeReceived);
    QSignalSpy groups(&client, &ChatClient::groupMade);
    QSignalSpy byes(&client, &ChatClient::disconnectedByServer);
    QSignalSpy joined(&client, &ChatClient::userJoined);

    // when the server sends a line the codec refuses, then a good one,
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"(could not be read|longer than)"_s));
    m_server->write(line + "JOINED carol\n");

    // then the bad line has no effect, and the good one is read.
    QTRY_COMPARE(joined.count(), 1);
    QCOMPARE(joined.at(0).at(0).toString(), u"carol"_s);
    QCOMPARE(messages.count() + notices.count() + groups.count() + byes.count(), 0);
    QVERIFY(client.isOnline());
}

void tst_Client::serverEventsBecomeSignals_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<QVariantList>("arguments");

    const ChatMessage toAll{ 5, at(Time), Conversation::everyone(), u"bob"_s, u"hi  all "_s };
    const ChatMessage toMe{ 6, at(Time), Conversation::direct(u"anna"_s), u"bob"_s, u"psst"_s };
    const ChatMessage toTeam{ 7, at(Time), Conversation::group(u"team"_s), u"bob"_s, u"go"_s };
    QTest::newRow("MSG to everyone")
            << "MSG * bob 5 " + Time + " hi  all \n"
            << "messageReceived"_ba << QVariantList{ QVariant::fromValue(toAll) };
    QTest::newRow("MSG to me") << "MSG @anna bob 6 " + Time + " psst\n"
                               << "messageReceived"_ba << QVariantList{ QVariant::fromValue(toMe) };
    QTest::newRow("MSG to a group")
            << "MSG #team bob 7 " + Time + " go\n"
            << "messageReceived"_ba << QVariantList{ QVariant::fromValue(toTeam) };
    QTest::newRow("JOINED") << "JOINED carol\n"_ba
                            << "userJoined"_ba << QVariantList{ u"carol"_s };
    QTest::newRow("LEFT") << "LEFT carol quit\n"_ba
                          << "userLeft"_ba << QVariantList{ u"carol"_s, u"quit"_s };
    QTest::newRow("RENAMED") << "RENAMED bob robert\n"_ba
                             << "userRenamed"_ba << QVariantList{ u"bob"_s, u"robert"_s };
    QTest::newRow("AWAY") << "AWAY bob in a meeting\n"_ba
                          << "userAway"_ba << QVariantList{ u"bob"_s, u"in a meeting"_s };
    QTest::newRow("BACK") << "BACK bob\n"_ba
                          << "userBack"_ba << QVariantList{ u"bob"_s };
    QTest::newRow("MADE") << "MADE team bob anna carol\n"_ba
                          << "groupMade"_ba
                          << QVariantList{ u"team"_s, u"bob"_s,
                                           QStringList{ u"bob"_s, u"anna"_s, u"carol"_s } };
    QTest::newRow("MADE naming the creator twice")
            << "MADE team bob bob anna\n"_ba
            << "groupMade"_ba
            << QVariantList{ u"team"_s, u"bob"_s, QStringList{ u"bob"_s, u"anna"_s } };
    QTest::newRow("INVITED") << "INVITED team dora bob\n"_ba
                             << "memberInvited"_ba
                             << QVariantList{ u"team"_s, u"dora"_s, u"bob"_s };
    QTest::newRow("PARTED") << "PARTED team carol\n"_ba
                            << "memberParted"_ba << QVariantList{ u"team"_s, u"carol"_s };
    QTest::newRow("NOTICE") << "NOTICE The server restarts at 18:00 UTC.\n"_ba
                            << "noticeReceived"_ba
                            << QVariantList{ u"The server restarts at 18:00 UTC."_s };
    QTest::newRow("BYE") << "BYE SHUTDOWN the server is stopping\n"_ba
                         << "disconnectedByServer"_ba
                         << QVariantList{ QVariant::fromValue(ProtocolError{
                                    ErrorCode::Shutdown, u"the server is stopping"_s }) };
}

void tst_Client::serverEventsBecomeSignals()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, signal);
    QFETCH(QVariantList, arguments);

    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    const QMetaObject *meta = client.metaObject();
    QMetaMethod method;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        if (meta->method(i).methodType() == QMetaMethod::Signal && meta->method(i).name() == signal)
            method = meta->method(i);
    }
    QVERIFY2(method.isValid(), signal.constData());
    QSignalSpy spy(&client, method);

    m_server->write(line);

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), arguments);
}

void tst_Client::answersTheServersPing()
{
    // Given a registered client with a message on its way,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    const quint64 id = client.sendMessage(Conversation::everyone(), u"hi"_s);

    // when the server pings it,
    m_server->write("PING 17\n");

    // then it answers at once, and the PONG does not take the message's reply.
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "MSGALL hi", "PONG 17" }));
    m_server->write("OK MSGALL 3 " + Time + "\n");
    QTRY_COMPARE(latest(outgoing).value(id).delivery, Delivery::Sent);
}

void tst_Client::asksASilentServerWhetherItIsThere_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("the server answers") << true;
    QTest::newRow("the server stays silent") << false;
}

void tst_Client::asksASilentServerWhetherItIsThere()
{
    QFETCH(bool, answer);

    // Given a client that waits little for a silent server,
    ChatClient client;
    client.setTimeouts(100ms, 300ms, 5s);
    client.setBackoff(ReconnectBackoff(10s, 10s));
    QSignalSpy lost(&client, &ChatClient::connectionLost);
    QVERIFY(registerClient(client, u"anna"_s));

    // when the server says nothing for a while, the client pings it;
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "PING alive" });
    if (answer) {
        // an answer keeps the connection, and the client pings again after the next silence;
        m_server->write("PONG alive\n");
        QCOMPARE(m_server->takeLines(1), QByteArrayList{ "PING alive" });
        m_server->write("PONG alive\n");
        QVERIFY(client.isOnline());
        QCOMPARE(lost.count(), 0);
    } else {
        // no answer: the connection is given up as lost, and another is tried.
        QTRY_COMPARE(lost.count(), 1);
        QCOMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    }
}

void tst_Client::newGroupMemberAsksForTheMembers()
{
    // Given anna, registered,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy members(&client, &ChatClient::membersListed);

    // when bob adds her to his group,
    m_server->write("INVITED team anna bob\n");

    // then she asks who is in it.
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MEMBERS team" });
    m_server->write("MEMBER team anna\nMEMBER team bob\nOK MEMBERS team 2\n");
    QTRY_COMPARE(members.count(), 1);
    QCOMPARE(members.at(0), (QVariantList{ u"team"_s, QStringList{ u"anna"_s, u"bob"_s } }));
}

void tst_Client::groupCommandsAndTheirReplies()
{
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy made(&client, &ChatClient::groupMade);
    QSignalSpy failed(&client, &ChatClient::commandFailed);
    QSignalSpy left(&client, &ChatClient::groupLeft);
    QSignalSpy groups(&client, &ChatClient::groupsListed);

    client.makeGroup(u"team"_s, { u"bob"_s, u"carol"_s });
    client.invite(u"team"_s, u"dora"_s);
    client.requestGroups();
    client.leaveGroup(u"team"_s);
    QCOMPARE(m_server->takeLines(4),
             (QByteArrayList{ "MAKEGROUP team bob carol", "INVITE team dora", "GROUPS",
                              "LEAVE team" }));

    m_server->write("MADE team anna bob carol\nOK MAKEGROUP team\n"
                    "ERROR NO_SUCH_USER user dora is not online\n"
                    "GROUP team anna 3\nOK GROUPS 1\n"
                    "OK LEAVE team\n");

    QTRY_COMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).toString(), u"team"_s);
    QCOMPARE(made.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Command>(), Command::invite(u"team"_s, u"dora"_s));
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::NoSuchUser);
    QCOMPARE(groups.count(), 1);
    QCOMPARE(groups.at(0).at(0).value<QList<GroupSummary>>(),
             (QList<GroupSummary>{ { u"team"_s, u"anna"_s, 3 } }));
}

void tst_Client::commandsCheckNamesBeforeSending_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("group starting with a digit") << 0;
    QTest::newRow("member with a space") << 1;
    QTest::newRow("invitee too long") << 2;
    QTest::newRow("new name with a symbol") << 3;
}

void tst_Client::commandsCheckNamesBeforeSending()
{
    QFETCH(int, which);
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy failed(&client, &ChatClient::commandFailed);

    switch (which) {
    case 0:
        client.makeGroup(u"9team"_s, {});
        break;
    case 1:
        client.makeGroup(u"team"_s, { u"bob smith"_s });
        break;
    case 2:
        client.invite(u"team"_s, QString(33, u'x'));
        break;
    case 3:
        client.changeName(u"anna!"_s);
        break;
    }

    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::BadName);
    // Nothing reached the server: the next line it reads is the message.
    client.sendMessage(Conversation::everyone(), u"after"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL after" });
}

void tst_Client::messagesAreCheckedBeforeSending_data()
{
    QTest::addColumn<Conversation>("to");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("why");
    const QString longest = QString(64 - int(qstrlen("MSGALL ")), u'x');
    QTest::newRow("control character")
            << Conversation::everyone() << u"a\u0007b"_s << ErrorCode::BadText;
    QTest::newRow("line break") << Conversation::everyone() << u"a\nb"_s << ErrorCode::BadText;
    QTest::newRow("one byte over the server's limit")
            << Conversation::everyone() << longest + u'x' << ErrorCode::LineTooLong;
    QTest::newRow("limit counted in UTF-8 bytes")
            << Conversation::everyone() << longest.left(longest.size() - 1) + u"é"_s
            << ErrorCode::LineTooLong;
    QTest::newRow("bad user name")
            << Conversation::direct(u"no one"_s) << u"hi"_s << ErrorCode::BadName;
}

void tst_Client::messagesAreCheckedBeforeSending()
{
    QFETCH(Conversation, to);
    QFETCH(QString, text);
    QFETCH(ErrorCode, why);

    // Given a server that takes lines of 64 bytes,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s, "HELLO 1 64 Welcome\n"));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);

    const quint64 id = client.sendMessage(to, text);

    QCOMPARE(deliveries(outgoing, id), QList<Delivery>{ Delivery::Failed });
    QCOMPARE(latest(outgoing).value(id).failure, ErrorMessages::describe({ why, {} }));
    // The longest line that fits does go out, and nothing before it did.
    const QString longest = QString(64 - int(qstrlen("MSGALL ")), u'x');
    QVERIFY(client.sendMessage(Conversation::everyone(), longest) != 0);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL " + longest.toUtf8() });
    QCOMPARE(client.sendMessage(Conversation::everyone(), u"   "_s), 0u);
}

void tst_Client::byeDecidesWhetherToReconnect_data()
{
    QTest::addColumn<QByteArray>("bye");
    QTest::addColumn<bool>("reconnects");
    QTest::newRow("kicked") << "BYE KICKED spamming\n"_ba << false;
    QTest::newRow("shutdown") << "BYE SHUTDOWN the server is stopping\n"_ba << true;
    QTest::newRow("timeout") << "BYE TIMEOUT no reply to PING\n"_ba << true;
    QTest::newRow("server full") << "BYE SERVER_FULL too many connections\n"_ba << true;
}

void tst_Client::byeDecidesWhetherToReconnect()
{
    QFETCH(QByteArray, bye);
    QFETCH(bool, reconnects);

    ChatClient client;
    client.setBackoff(ReconnectBackoff(10s, 10s));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy byes(&client, &ChatClient::disconnectedByServer);

    m_server->write(bye);
    QTRY_COMPARE(byes.count(), 1);
    m_server->dropClient();

    const auto expected =
            reconnects ? ChatClient::State::WaitingToReconnect : ChatClient::State::Disconnected;
    QTRY_COMPARE(client.state(), expected);
    QCOMPARE(client.disconnectReason(),
             ErrorMessages::describeDisconnect(byes.at(0).at(0).value<ProtocolError>()));
    if (!reconnects)
        QVERIFY(client.disconnectReason().contains(u"spamming"_s));
}

void tst_Client::messagesTypedWhileDisconnectedGoOutOnReconnect()
{
    // Given a client whose connection is lost,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    m_server->dropClient();
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);

    // when the user writes meanwhile, the messages wait;
    const quint64 one = client.sendMessage(Conversation::everyone(), u"one"_s);
    const quint64 two = client.sendMessage(Conversation::direct(u"bob"_s), u"two"_s);
    QCOMPARE(latest(outgoing).value(one).delivery, Delivery::Queued);
    QCOMPARE(latest(outgoing).value(two).delivery, Delivery::Queued);

    // and once the client is back under its name, they go out, in order, before anything else.
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "MSGALL one", "MSGIND bob two", "LIST" }));
    m_server->write("OK MSGALL 11 " + Time + "\nOK MSGIND 12 " + Time + "\n");
    QTRY_COMPARE(latest(outgoing).value(two).delivery, Delivery::Sent);
    QCOMPARE(deliveries(outgoing, one),
             (QList<Delivery>{ Delivery::Queued, Delivery::Sending, Delivery::Sent }));
}

void tst_Client::unconfirmedMessagesFailWhenTheConnectionIsLost()
{
    // Given a message the server has not confirmed,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    const quint64 id = client.sendMessage(Conversation::everyone(), u"did it arrive?"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL did it arrive?" });

    // when the connection is lost,
    m_server->dropClient();

    // then it is marked as maybe not delivered, and not sent twice.
    QTRY_COMPARE(latest(outgoing).value(id).delivery, Delivery::Failed);
    QVERIFY(!latest(outgoing).value(id).failure.isEmpty());
    QVERIFY(registerClient(client, u"anna"_s));
    QCOMPARE(m_server->takeLines(), QByteArrayList{});
}

void tst_Client::cancellingTheReconnectMarksQueuedMessagesNotSent()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(10s, 10s));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    m_server->dropClient();
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    const quint64 id = client.sendMessage(Conversation::everyone(), u"later"_s);

    client.cancelReconnect();

    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QCOMPARE(deliveries(outgoing, id), (QList<Delivery>{ Delivery::Queued, Delivery::Failed }));
    // Written while disconnected for good, a message fails at once.
    const quint64 next = client.sendMessage(Conversation::everyone(), u"now?"_s);
    QCOMPARE(deliveries(outgoing, next), QList<Delivery>{ Delivery::Failed });
}

void tst_Client::nameHeldByTheLostConnectionIsTriedAgain()
{
    // Given anna, whose connection was lost,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy refused(&client, &ChatClient::nameRefused);
    QSignalSpy registered(&client, &ChatClient::registered);
    m_server->dropClient();

    // when the server still holds her name for the old connection,
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("ERROR NAME_TAKEN the name anna is taken; choose another\n");

    // then she waits and tries again, rather than give the name up.
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    QVERIFY(m_server->waitForClientGone());
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QTRY_COMPARE(registered.count(), 1);
    QCOMPARE(refused.count(), 0);
}

void tst_Client::firstConnectionIsRetriedUntilTheServerListens()
{
    // Given a client started before its server,
    const quint16 port = m_server->port();
    m_server->close();
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    QSignalSpy lost(&client, &ChatClient::connectionLost);
    client.connectToServer(settingsFor(port, u"anna"_s));
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    QVERIFY(!client.disconnectReason().isEmpty());

    // when the server starts listening,
    QVERIFY(m_server->listen(port));

    // then the client connects and registers.
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QTRY_VERIFY(client.isOnline());
    QVERIFY(lost.count() >= 1);
}

void tst_Client::disconnectingSaysGoodbye()
{
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);

    client.disconnectFromServer();

    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), QByteArrayList{ "CLOSE" });
    QCOMPARE(reconnects.count(), 0);
}

void tst_Client::backoffDoublesUpToTheLongestWithJitter()
{
    QRandomGenerator random(20261125);
    ReconnectBackoff backoff(1s, 30s, &random);
    const QList<int> steps{ 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000 };
    QList<qint64> delays;
    for (const int step : steps) {
        const qint64 delay = backoff.next().count();
        delays.append(delay);
        QVERIFY2(delay >= step * (1 - ReconnectBackoff::Jitter)
                         && delay <= std::min(step * 1.2, 30000.0),
                 qPrintable(u"%1 ms for a step of %2 ms"_s.arg(delay).arg(step)));
    }
    // The jitter spreads the waits: not every one is its step exactly.
    QVERIFY(delays.mid(0, 5) != (QList<qint64>{ 1000, 2000, 4000, 8000, 16000 }));

    backoff.reset();
    QVERIFY(backoff.next() <= 1200ms);
}

void tst_Client::connectSettingsAreRemembered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"client.ini"_s);
    {
        QSettings empty(file, QSettings::IniFormat);
        const ConnectSettings defaults = ConnectSettings::load(empty);
        QCOMPARE(defaults.host, u"127.0.0.1"_s);
        QCOMPARE(defaults.port, Protocol::DefaultPort);
        QVERIFY(!defaults.isComplete());
        settingsFor(7123, u"anna"_s).save(empty);
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(ConnectSettings::load(settings), settingsFor(7123, u"anna"_s));
}

void tst_Client::messageModelKeepsEachMessageOnce()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(1, u"bob"_s, u"one"_s));
    model.append(received(2, u"bob"_s, u"two"_s));
    model.append(received(1, u"bob"_s, u"one"_s));
    QCOMPARE(texts(&model), (QStringList{ u"bob: one"_s, u"bob: two"_s }));
    QCOMPARE(model.index(1).data(MessageModel::IdRole).toULongLong(), 2u);
    QCOMPARE(model.index(1).data(MessageModel::TimeRole).toDateTime(), at(Time));
    QCOMPARE(model.index(1).data(MessageModel::OwnRole).toBool(), false);
}

void tst_Client::ownMessageChangesInPlace()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateOwn(own(1, Delivery::Sending, 0, u"mine"_s));
    model.append(received(40, u"bob"_s, u"theirs"_s));
    model.updateOwn(own(1, Delivery::Sent, 41, u"mine"_s));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Sent));
    QCOMPARE(model.index(0).data(MessageModel::IdRole).toULongLong(), 41u);
    QCOMPARE(model.index(0).data(MessageModel::OwnRole).toBool(), true);
}

void tst_Client::echoOfAMessageToOneselfIsMergedWithIt_data()
{
    QTest::addColumn<bool>("echoFirst");
    QTest::newRow("the echo comes before the confirmation") << true;
    QTest::newRow("the confirmation comes before the echo") << false;
}

void tst_Client::echoOfAMessageToOneselfIsMergedWithIt()
{
    QFETCH(bool, echoFirst);
    MessageModel model(Conversation::direct(u"anna"_s));
    QAbstractItemModelTester tester(&model);
    model.updateOwn(own(1, Delivery::Sending, 0, u"note to self"_s));
    MessageEntry echo = received(9, u"anna"_s, u"note to self"_s);
    echo.delivery = Delivery::Sent;
    if (echoFirst)
        model.append(echo);
    model.updateOwn(own(1, Delivery::Sent, 9, u"note to self"_s));
    if (!echoFirst)
        model.append(echo);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MessageModel::LocalIdRole).toULongLong(), 1u);
    QCOMPARE(model.index(0).data(MessageModel::IdRole).toULongLong(), 9u);
}

void tst_Client::olderMessagesArePrepended()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(10, u"bob"_s, u"ten"_s));
    model.prepend({ received(8, u"bob"_s, u"eight"_s), received(9, u"bob"_s, u"nine"_s),
                    received(10, u"bob"_s, u"ten"_s) });
    QCOMPARE(texts(&model), (QStringList{ u"bob: eight"_s, u"bob: nine"_s, u"bob: ten"_s }));
}

void tst_Client::userListStaysSortedWithoutCase()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model);
    model.setUsers({ { u"carol"_s, false, {} },
                     { u"Bob"_s, false, {} },
                     { u"anna"_s, false, {} },
                     { u"bob"_s, false, {} } });
    QCOMPARE(model.names(), (QStringList{ u"anna"_s, u"Bob"_s, u"carol"_s }));

    model.addUser({ u"Dora"_s, false, {} });
    model.addUser({ u"ANNA"_s, false, {} });
    model.renameUser(u"anna"_s, u"zoe"_s);
    model.renameUser(u"bob"_s, u"BOB"_s);
    model.removeUser(u"CAROL"_s);
    model.setAway(u"dora"_s, true, u"lunch"_s);
    QCOMPARE(names(&model), (QStringList{ u"BOB"_s, u"Dora"_s, u"zoe"_s }));
    QCOMPARE(model.index(1).data(UserListModel::AwayRole).toBool(), true);
    QCOMPARE(model.index(1).data(UserListModel::AwayTextRole).toString(), u"lunch"_s);
    QVERIFY(model.contains(u"ZOE"_s));
    QVERIFY(!model.contains(u"anna"_s));
}

void tst_Client::conversationsAreOrderedEveryoneDirectGroups()
{
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    model.ensure(Conversation::group(u"team"_s));
    model.ensure(Conversation::direct(u"bob"_s));
    model.ensure(Conversation::group(u"Alpha"_s));
    model.ensure(Conversation::direct(u"Anna"_s));
    model.ensure(Conversation::direct(u"BOB"_s));
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"Anna"_s, u"bob"_s, u"Alpha"_s,
                           u"team"_s }));
    QVERIFY(model.members(Conversation::group(u"team"_s)));
    QVERIFY(!model.members(Conversation::direct(u"bob"_s)));

    model.remove(Conversation::direct(u"anna"_s));
    model.remove(Conversation::everyone());
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"bob"_s, u"Alpha"_s,
                           u"team"_s }));
}

void tst_Client::unreadCountsSkipTheCurrentConversation()
{
    // Given a user who reads Everyone,
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy total(&model, &ConversationListModel::totalUnreadChanged);
    const Conversation bob = Conversation::direct(u"bob"_s);
    model.ensure(bob);
    QCOMPARE(model.current(), Conversation::everyone());

    // messages elsewhere are unread, and those in Everyone are not;
    model.countMessage(Conversation::everyone());
    model.countMessage(bob);
    model.countMessage(bob);
    QCOMPARE(model.indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 2);
    QCOMPARE(model.indexOf(Conversation::everyone()).data(ConversationListModel::UnreadRole), 0);
    QCOMPARE(model.totalUnread(), 2);

    // opening bob's conversation reads it.
    model.setCurrent(bob);
    model.countMessage(bob);
    model.countMessage(Conversation::everyone());
    QCOMPARE(model.indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 0);
    QCOMPARE(model.totalUnread(), 1);
    QCOMPARE(total.last().at(0).toInt(), 1);
}

void tst_Client::renamedPeerKeepsTheConversation()
{
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy current(&model, &ConversationListModel::currentChanged);
    model.ensure(Conversation::direct(u"anna"_s));
    MessageModel *messages = model.ensure(Conversation::direct(u"bob"_s));
    model.ensure(Conversation::direct(u"carol"_s));
    model.setCurrent(Conversation::direct(u"bob"_s));

    model.renamePeer(u"bob"_s, u"zed"_s);
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"anna"_s, u"carol"_s,
                           u"zed"_s }));
    QCOMPARE(model.messages(Conversation::direct(u"zed"_s)), messages);
    QCOMPARE(messages->conversation(), Conversation::direct(u"zed"_s));
    QCOMPARE(model.current(), Conversation::direct(u"zed"_s));
    QCOMPARE(current.count(), 1);

    model.renamePeer(u"zed"_s, u"Aaron"_s);
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"Aaron"_s, u"anna"_s,
                           u"carol"_s }));
}

void tst_Client::sessionRoutesMessagesToTheirConversations()
{
    // Given anna's session,
    ChatClient client;
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QAbstractItemModelTester tester(conversations);
    QSignalSpy arrived(&session, &ChatSession::messageArrived);
    QVERIFY(registerClient(client, u"anna"_s));

    // when messages come to everyone, from bob, in a group, and her own comes back,
    m_server->write("MSG * bob 1 " + Time + " hello all\n");
    m_server->write("MSG @anna bob 2 " + Time + " hello anna\n");
    m_server->write("MADE team bob anna\n");
    m_server->write("MSG #team bob 3 " + Time + " hello team\n");
    QTRY_COMPARE(arrived.count(), 3);
    client.sendMessage(Conversation::direct(u"bob"_s), u"hi bob"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGIND bob hi bob" });
    m_server->write("OK MSGIND 4 " + Time + "\n");

    // then each lands in its conversation, counted unread, and her own is marked sent.
    const Conversation bob = Conversation::direct(u"bob"_s);
    const Conversation team = Conversation::group(u"team"_s);
    QTRY_COMPARE(arrived.count(), 3);
    QTRY_COMPARE(conversations->messages(bob)->rowCount(), 2);
    MessageModel *direct = conversations->messages(bob);
    QCOMPARE(direct->index(0).data().toString(), u"bob: hello anna"_s);
    QTRY_COMPARE(direct->index(1).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Sent));
    QCOMPARE(arrived.at(1).at(0).value<Conversation>(), bob);
    QCOMPARE(conversations->indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 1);
    QCOMPARE(conversations->indexOf(team).data(ConversationListModel::UnreadRole).toInt(), 1);
    // Everyone holds the connection line and the message.
    MessageModel *everyone = conversations->messages(Conversation::everyone());
    QCOMPARE(everyone->rowCount(), 2);
    QCOMPARE(everyone->index(0).data(MessageModel::KindRole).toInt(),
             int(MessageEntry::Kind::System));
    QCOMPARE(texts(conversations->messages(team)).size(), 2); // "bob made …", then the message
}

void tst_Client::sessionKeepsUsersAndGroupMembers()
{
    ChatClient client;
    ChatSession session(&client);
    QAbstractItemModelTester usersTester(session.users());
    client.connectToServer(settingsFor(m_server->port(), u"anna"_s));
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });
    m_server->write("USER anna HERE\nUSER bob HERE\nOK LIST 2\n"
                    "JOINED carol\nAWAY bob lunch\nMADE team anna bob\n"
                    "INVITED team carol anna\nRENAMED bob robert\nLEFT carol quit\n");

    const Conversation team = Conversation::group(u"team"_s);
    QTRY_COMPARE(session.users()->names(), (QStringList{ u"anna"_s, u"robert"_s }));
    UserListModel *members = session.conversations()->members(team);
    QAbstractItemModelTester membersTester(members);
    QCOMPARE(members->names(), (QStringList{ u"anna"_s, u"carol"_s, u"robert"_s }));
    QCOMPARE(members->index(2).data(UserListModel::AwayRole).toBool(), true);
    QCOMPARE(session.conversations()->indexOf(team).data(ConversationListModel::MemberCountRole),
             QVariant(3));
    QCOMPARE(session.users()->index(1).data(UserListModel::AwayRole).toBool(), true);

    m_server->write("PARTED team carol\n");
    QTRY_COMPARE(members->names(), (QStringList{ u"anna"_s, u"robert"_s }));
    const QStringList lines = texts(session.conversations()->messages(Conversation::everyone()));
    QVERIFY2(lines.contains(u"carol joined."_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(u"bob is now known as robert."_s));
    QVERIFY(lines.contains(u"carol left (quit)."_s));
}

void tst_Client::sessionSendsEachLineAsAMessage()
{
    ChatClient client;
    ChatSession session(&client);
    QVERIFY(registerClient(client, u"anna"_s));

    QCOMPARE(session.sendText(Conversation::everyone(), u"one\n\ntwo\r\n  \nthree\u2029four"_s), 4);

    QCOMPARE(m_server->takeLines(4),
             (QByteArrayList{ "MSGALL one", "MSGALL two", "MSGALL three", "MSGALL four" }));
    QCOMPARE(session.conversations()->messages(Conversation::everyone())->rowCount(), 5);
}

void tst_Client::sessionMarksGroupsInactiveWhenTheConnectionIsLost()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(10s, 10s));
    ChatSession session(&client);
    QVERIFY(registerClient(client, u"anna"_s));
    m_server->write("MADE team anna bob\n");
    const Conversation team = Conversation::group(u"team"_s);
    QTRY_VERIFY(session.conversations()->isActive(team));

    m_server->dropClient();

    QTRY_VERIFY(!session.conversations()->isActive(team));
    QCOMPARE(session.conversations()->members(team)->rowCount(), 0);
    QCOMPARE(session.users()->rowCount(), 0);
}

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

void tst_Client::realServerRegistersAndRefusesATakenName()
{
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    QCOMPARE(anna->name(), u"anna"_s);

    ChatClient other;
    QSignalSpy refused(&other, &ChatClient::nameRefused);
    other.connectToServer(settingsFor(server.serverPort(), u"ANNA"_s));

    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, ErrorCode::NameTaken);
    QCOMPARE(other.state(), ChatClient::State::Disconnected);
    QTRY_COMPARE(server.clientCount(), 1);
}

void tst_Client::realServerCarriesEveryKindOfMessage()
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

void tst_Client::realServerTellsEveryEvent()
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

void tst_Client::realServerRestartOnTheSamePortIsReconnected()
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

void tst_Client::realServerKickIsFinal()
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

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
