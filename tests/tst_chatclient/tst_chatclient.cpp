// SPDX-License-Identifier: GPL-3.0-or-later
// ChatClient, the facade the window binds to, against a scripted server: what it asks for once
// registered, the server's events as its signals, and the commands it checks before they go.
#include <clientscript.h>

#include <chatclient.h>
#include <reconnectbackoff.h>

#include <QMetaMethod>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Delivery = MessageEntry::Delivery;

class tst_ChatClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Once registered.
    void registeredClientAsksWhoIsOnline();
    void queuedMessagesGoBeforeTheListOfUsers();
    void refusalsGoWhereTheyBelong();

    // The server's lines as signals.
    void serverEventsBecomeSignals_data();
    void serverEventsBecomeSignals();
    void malformedServerLinesAreIgnored_data();
    void malformedServerLinesAreIgnored();
    void newGroupMemberAsksForTheMembers();

    // Commands.
    void groupCommandsAndTheirReplies();
    void publicGroupCommandsAndTheirReplies();
    void joinerAsksForTheMembers();
    void commandsCheckNamesBeforeSending_data();
    void commandsCheckNamesBeforeSending();
    void typingIsSentAtMostOnceAnInterval();

private:
    ScriptedServer *m_server = nullptr;
};

void tst_ChatClient::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_ChatClient::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_ChatClient::registeredClientAsksWhoIsOnline()
{
    // Given a client that connects as anna,
    ChatClient client;
    QSignalSpy registered(&client, &ChatClient::registered);
    QSignalSpy users(&client, &ChatClient::usersListed);
    QVERIFY(greet(*m_server, client, u"anna"_s));

    // once the name is accepted, as the server spells it, it asks who is online, and says so.
    m_server->write("OK NAME Anna\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });
    QCOMPARE(registered.count(), 1);
    QCOMPARE(registered.at(0).at(0).toString(), u"Anna"_s);
    QCOMPARE(client.name(), u"Anna"_s);
    m_server->write("USER Anna HERE\nUSER bob AWAY gone to lunch\nOK LIST 2\n");
    QTRY_COMPARE(users.count(), 1);
    QCOMPARE(users.at(0).at(0).value<QList<OnlineUser>>(),
             (QList<OnlineUser>{ { u"Anna"_s, false, {} },
                                 { u"bob"_s, true, u"gone to lunch"_s } }));
}

void tst_ChatClient::queuedMessagesGoBeforeTheListOfUsers()
{
    // Given a client whose connection is lost, and a message written meanwhile,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    m_server->dropClient();
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    client.sendMessage(Conversation::everyone(), u"one"_s);

    // once the client is back under its name, the message goes first, then it asks who is here.
    QVERIFY(greet(*m_server, u"anna"_s));
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "MSGALL one", "LIST" }));
}

void tst_ChatClient::refusalsGoWhereTheyBelong()
{
    // Given a registered client with a message and a list on their way,
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    QSignalSpy failed(&client, &ChatClient::commandFailed);
    QSignalSpy errors(&client, &ChatClient::errorReceived);
    const quint64 id = client.sendMessage(Conversation::group(u"team"_s), u"hi team"_s);
    client.requestMembers(u"team"_s);
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "SENDGROUP team hi team", "MEMBERS team" }));

    // when the server refuses both, with an ERROR FLOOD between that answers neither,
    m_server->write("ERROR NOT_A_MEMBER you are not in team\nERROR FLOOD you are sending too fast\n"
                    "ERROR NO_SUCH_GROUP there is no group team\n");

    // then the message fails as a message, the list as a command, and the flood is its own.
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Command>(), Command::members(u"team"_s));
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::NoSuchGroup);
    QCOMPARE(latest(outgoing).value(id).delivery, Delivery::Failed);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<ProtocolError>().code, ErrorCode::Flood);
}

void tst_ChatClient::serverEventsBecomeSignals_data()
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
    QTest::newRow("ENTERED") << "ENTERED lobby carol\n"_ba
                             << "memberEntered"_ba << QVariantList{ u"lobby"_s, u"carol"_s };
    QTest::newRow("KICKED with a reason")
            << "KICKED lobby carol bob off  topic\n"_ba
            << "memberRemoved"_ba
            << QVariantList{ u"lobby"_s, u"carol"_s, u"bob"_s, u"off  topic"_s };
    QTest::newRow("KICKED without a reason")
            << "KICKED lobby carol bob\n"_ba
            << "memberRemoved"_ba << QVariantList{ u"lobby"_s, u"carol"_s, u"bob"_s, QString() };
    QTest::newRow("ABOUT public") << "ABOUT lobby bob PUBLIC\n"_ba
                                  << "groupDescribed"_ba
                                  << QVariantList{ u"lobby"_s, u"bob"_s, true };
    QTest::newRow("ABOUT private")
            << "ABOUT lobby bob PRIVATE\n"_ba
            << "groupDescribed"_ba << QVariantList{ u"lobby"_s, u"bob"_s, false };
    QTest::newRow("TYPING to me")
            << "TYPING @anna bob\n"_ba
            << "userTyping"_ba
            << QVariantList{ QVariant::fromValue(Conversation::direct(u"bob"_s)), u"bob"_s };
    QTest::newRow("TYPING in a group")
            << "TYPING #team bob\n"_ba
            << "userTyping"_ba
            << QVariantList{ QVariant::fromValue(Conversation::group(u"team"_s)), u"bob"_s };
    QTest::newRow("NOTICE") << "NOTICE The server restarts at 18:00 UTC.\n"_ba
                            << "noticeReceived"_ba
                            << QVariantList{ u"The server restarts at 18:00 UTC."_s };
    QTest::newRow("BYE") << "BYE SHUTDOWN the server is stopping\n"_ba
                         << "disconnectedByServer"_ba
                         << QVariantList{ QVariant::fromValue(ProtocolError{
                                    ErrorCode::Shutdown, u"the server is stopping"_s }) };
}

void tst_ChatClient::serverEventsBecomeSignals()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, signal);
    QFETCH(QVariantList, arguments);

    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
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

void tst_ChatClient::malformedServerLinesAreIgnored_data()
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
    QTest::newRow("ABOUT neither public nor private") << "ABOUT lobby bob OPEN\n"_ba;
    QTest::newRow("KICKED without who") << "KICKED lobby carol\n"_ba;
}

void tst_ChatClient::malformedServerLinesAreIgnored()
{
    QFETCH(QByteArray, line);

    // Given a registered client,
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
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

void tst_ChatClient::newGroupMemberAsksForTheMembers()
{
    // Given anna, registered,
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    QSignalSpy members(&client, &ChatClient::membersListed);

    // when bob adds her to his group,
    m_server->write("INVITED team anna bob\n");

    // then she asks who is in it.
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MEMBERS team" });
    m_server->write("MEMBER team anna\nMEMBER team bob\nOK MEMBERS team 2\n");
    QTRY_COMPARE(members.count(), 1);
    QCOMPARE(members.at(0), (QVariantList{ u"team"_s, QStringList{ u"anna"_s, u"bob"_s } }));
}

void tst_ChatClient::groupCommandsAndTheirReplies()
{
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
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

void tst_ChatClient::publicGroupCommandsAndTheirReplies()
{
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    QSignalSpy directory(&client, &ChatClient::directoryListed);
    QSignalSpy failed(&client, &ChatClient::commandFailed);

    client.makeGroup(u"lobby"_s, { u"bob"_s }, true);
    client.requestDirectory();
    client.requestDirectory(u"lobby"_s);
    client.joinGroup(u"lounge"_s);
    client.setGroupPublic(u"lobby"_s, false);
    client.removeMember(u"lobby"_s, u"bob"_s, u"off\ntopic "_s);
    client.removeMember(u"lobby"_s, u"carol"_s);
    QCOMPARE(m_server->takeLines(7),
             (QByteArrayList{ "PUBLICGROUP lobby bob", "DIRECTORY", "DIRECTORY AFTER lobby",
                              "JOIN lounge", "VISIBILITY lobby PRIVATE", "KICK lobby bob off topic",
                              "KICK lobby carol" }));
    m_server->write("MADE lobby anna bob\nABOUT lobby anna PUBLIC\nOK PUBLICGROUP lobby\n"
                    "PUBLIC lobby anna 2\nPUBLIC lounge dora 5\nOK DIRECTORY 2 MORE\n"
                    "OK DIRECTORY 0\n"
                    "ERROR INVITE_ONLY the group lounge is private: a member must invite you\n"
                    "ABOUT lobby anna PRIVATE\nOK VISIBILITY lobby PRIVATE\n"
                    "KICKED lobby bob anna off topic\nOK KICK lobby bob\n"
                    "ERROR NOT_A_MEMBER carol is not a member of the group lobby\n");
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(directory.count(), 2);
    QCOMPARE(directory.at(0),
             (QVariantList{ QString(),
                            QVariant::fromValue(
                                    QList<GroupSummary>{ { u"lobby"_s, u"anna"_s, 2, true },
                                                         { u"lounge"_s, u"dora"_s, 5, true } }),
                            true }));
    QCOMPARE(directory.at(1),
             (QVariantList{ u"lobby"_s, QVariant::fromValue(QList<GroupSummary>{}), false }));
    QCOMPARE(failed.at(0).at(0).value<Command>(), Command::join(u"lounge"_s));
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::InviteOnly);
    QCOMPARE(failed.at(1).at(1).value<ProtocolError>().code, ErrorCode::NotAMember);

    // Names are checked before anything goes out.
    client.joinGroup(u"9lives"_s);
    client.removeMember(u"lobby"_s, u"no one"_s);
    client.requestDirectory(u"-"_s);
    QCOMPARE(failed.count(), 5);
    client.requestUsers();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });
}

void tst_ChatClient::joinerAsksForTheMembers()
{
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    m_server->write("ENTERED lobby carol\n");
    m_server->write("ENTERED lobby anna\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MEMBERS lobby" });
}

void tst_ChatClient::commandsCheckNamesBeforeSending_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("group starting with a digit") << 0;
    QTest::newRow("member with a space") << 1;
    QTest::newRow("invitee too long") << 2;
    QTest::newRow("new name with a symbol") << 3;
}

void tst_ChatClient::commandsCheckNamesBeforeSending()
{
    QFETCH(int, which);
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
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

void tst_ChatClient::typingIsSentAtMostOnceAnInterval()
{
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    QSignalSpy failed(&client, &ChatClient::commandFailed);

    for (int key = 0; key < 5; ++key)
        client.sendTyping(Conversation::everyone());
    client.sendTyping(Conversation::direct(u"bob"_s));
    client.sendTyping(Conversation::direct(u"BOB"_s));
    client.sendMessage(Conversation::everyone(), u"after"_s);
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "TYPING *", "TYPING @bob", "MSGALL after" }));

    // Typing to someone who just left is not worth an error.
    m_server->write("OK TYPING\nERROR NO_SUCH_USER user bob is not online\nOK MSGALL 3 " + Time
                    + "\n");
    client.sendMessage(Conversation::everyone(), u"sync"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL sync" });
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(tst_ChatClient)
#include "tst_chatclient.moc"
