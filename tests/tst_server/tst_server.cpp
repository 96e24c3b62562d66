// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "command.h"
#include "messageidsource.h"
#include "servercommandline.h"
#include "serverline.h"
#include "session.h"
#include "testpeer.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

using Peer = std::unique_ptr<TestPeer>;

const QByteArray NotRegistered =
        "ERROR NOT_REGISTERED register first with NAME <name> or SIGNIN <name> <password>";

} // namespace

// The server core over real sockets on 127.0.0.1: every command and every error path of
// docs/PROTOCOL.md, as several clients see them.
class tst_Server : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void welcomeListsTheCommands();
    void commandsBeforeNameAreRefused_data();
    void commandsBeforeNameAreRefused();
    void commandsAllowedBeforeName_data();
    void commandsAllowedBeforeName();
    void refusedLines_data();
    void refusedLines();
    void blankLinesGetNoReply();

    void nameRegistersAndOthersAreTold();
    void nameTakenIgnoresCase_data();
    void nameTakenIgnoresCase();
    void twoClientsRaceForOneName();
    void renameTellsOthersAndFreesTheOldName();
    void sameNameAgainChangesNothing();

    void msgAllReachesEveryRegisteredUserButTheSender();
    void msgIndReachesExactlyOneUser();
    void msgIndToYourself();
    void msgIndToAMissingUserNamesIt();
    void listShowsRegisteredUsersSortedWithoutCase();
    void awayAndBackAreTold();
    void typingIsRelayedAtMostOnceEveryFewSeconds();
    void typingErrors_data();
    void typingErrors();
    void withoutHistoryNothingIsKeptOrHeld();
    void helpForOneCommand_data();
    void helpForOneCommand();

    void makeGroupTellsEveryMember();
    void makeGroupErrors_data();
    void makeGroupErrors();
    void sendGroupReachesMembersOnly();
    void inviteAddsAMember();
    void inviteErrors_data();
    void inviteErrors();
    void leaveTellsTheOthersAndAnEmptyGroupIsGone();
    void groupsAndMembersList();
    void groupLimits_data();
    void groupLimits();

    void closeSaysGoodbyeAndOthersAreTold();
    void disconnectInTheMiddleOfAGroupConversation();
    void recipientVanishingWhileMessagesFlow();
    void kickSendsTheReason();
    void noticeReachesEveryConnection();
    void stopTellsEveryClientAndCanStartAgain();
    void logFollowsTheExercise();
    void hundredClientsBroadcast();
    void listenBacklogIsTheSystemsMaximum_data();
    void listenBacklogIsTheSystemsMaximum();

    void messageIdsGrowAndTimesNeverGoBack();
    void commandLine_data();
    void commandLine();
    void commandLineErrors_data();
    void commandLineErrors();
    void headlessWhenAsked_data();
    void headlessWhenAsked();

private:
    Peer connected();
    Peer join(const QString &name) { return TestPeer::registered(name, m_server->serverPort()); }
    std::vector<Peer> joinAll(const QStringList &names)
    {
        return TestPeer::registeredAll(names, m_server->serverPort());
    }

    std::unique_ptr<ChatServer> m_server;
};

void tst_Server::init()
{
    m_server = std::make_unique<ChatServer>(ServerConfig{});
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_Server::cleanup()
{
    m_server.reset();
}

Peer tst_Server::connected()
{
    auto peer = std::make_unique<TestPeer>();
    if (!peer->connectTo(m_server->serverPort()) || !peer->readWelcome())
        return nullptr;
    return peer;
}

void tst_Server::welcomeListsTheCommands()
{
    TestPeer peer;
    QVERIFY(peer.connectTo(m_server->serverPort()));
    QCOMPARE(peer.nextLine(),
             "HELLO 1 4096 Welcome to Chinwag! Register with NAME <name>, or SIGNIN <name> "
             "<password>; HELP lists the commands.");
    QCOMPARE(peer.nextLine(), "SUPPORTS ACCOUNTS=optional");
    QCOMPARE(peer.nextLine(), "INFO Please use one of the following commands:");
    const QStringList help = Command::helpLines();
    for (const QString &entry : help)
        QCOMPARE(peer.nextLine(), "INFO " + entry.toUtf8());
    QCOMPARE(peer.sync(), QByteArrayList());
    QCOMPARE(peer.badLines(), QByteArrayList());
}

void tst_Server::commandsBeforeNameAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("MSGALL") << "MSGALL hello?"_ba;
    QTest::newRow("MSGIND") << "MSGIND bob hello"_ba;
    QTest::newRow("SENDGROUP") << "SENDGROUP team hello"_ba;
    QTest::newRow("LIST") << "LIST"_ba;
    QTest::newRow("MAKEGROUP") << "MAKEGROUP team bob"_ba;
    QTest::newRow("INVITE") << "INVITE team bob"_ba;
    QTest::newRow("LEAVE") << "LEAVE team"_ba;
    QTest::newRow("GROUPS") << "GROUPS"_ba;
    QTest::newRow("MEMBERS") << "MEMBERS team"_ba;
    QTest::newRow("AWAY") << "AWAY lunch"_ba;
    QTest::newRow("BACK") << "BACK"_ba;
    QTest::newRow("TYPING") << "TYPING *"_ba;
    QTest::newRow("HISTORY") << "HISTORY *"_ba;
}

void tst_Server::commandsBeforeNameAreRefused()
{
    QFETCH(QByteArray, line);
    // Given bob in a group, and a client that has not registered
    const Peer bob = join(u"bob"_s);
    QVERIFY(bob);
    bob->send("MAKEGROUP team");
    QCOMPARE(bob->sync(), QByteArrayList({ "MADE team bob", "OK MAKEGROUP team" }));
    const Peer stranger = connected();
    QVERIFY(stranger);
    // When it sends the command, then it is refused, and bob hears nothing
    stranger->send(line);
    QCOMPARE(stranger->nextLine(), NotRegistered);
    QCOMPARE(bob->sync(), QByteArrayList());
    QCOMPARE(stranger->sync(), QByteArrayList());
}

void tst_Server::commandsAllowedBeforeName_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArrayList>("expected");
    QByteArrayList help;
    const QStringList entries = Command::helpLines();
    for (const QString &entry : entries)
        help.append("INFO " + entry.toUtf8());
    QTest::newRow("PING") << "PING 1732536000"_ba << QByteArrayList{ "PONG 1732536000" };
    QTest::newRow("PING without token") << "PING"_ba << QByteArrayList{ "PONG" };
    QTest::newRow("PONG") << "PONG 17"_ba << QByteArrayList{};
    QTest::newRow("PASS") << "PASS open sesame"_ba << QByteArrayList{ "OK PASS" };
    QTest::newRow("HELP") << "HELP"_ba << help + QByteArrayList{ "OK HELP" };
    QTest::newRow("lower-case help") << "help msgall"_ba << QByteArrayList{ help.at(1), "OK HELP" };
}

void tst_Server::commandsAllowedBeforeName()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArrayList, expected);
    const Peer peer = connected();
    QVERIFY(peer);
    peer->send(line);
    QCOMPARE(peer->sync(), expected);
}

void tst_Server::refusedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("unknown command")
            << "MSGGGGGGGGGG hello"_ba
            << "ERROR UNKNOWN_COMMAND \"MSGGGGGGGGGG\" is not a command; use one of: NAME, "
               "MSGALL, MSGIND, LIST, CLOSE, MAKEGROUP, SENDGROUP, INVITE, LEAVE, GROUPS, MEMBERS, "
               "PUBLICGROUP, JOIN, DIRECTORY, VISIBILITY, KICK, HISTORY, AWAY, BACK, TYPING, "
               "SIGNUP, SIGNIN, CLAIM, PASSWORD, DELETEACCOUNT, "
               "CONVERSATIONS, READ, PASS, HELP, PING, PONG"_ba;
    QTest::newRow("missing text") << "MSGIND bob"_ba
                                  << "ERROR BAD_SYNTAX usage: MSGIND <user> <text>"_ba;
    QTest::newRow("bad name")
            << "NAME 9lives"_ba
            << "ERROR BAD_NAME the user name \"9lives\" must start with a letter: use 1 to 32 "
               "letters, digits, '_', '-' or '.', starting with a letter"_ba;
    QTest::newRow("bad conversation")
            << "TYPING everyone"_ba
            << "ERROR BAD_CONVERSATION \"everyone\" is not a conversation: use * for everyone, "
               "@user or #group"_ba;
    QTest::newRow("bad UTF-8") << "MSGALL caf\xc3"_ba
                               << "ERROR BAD_UTF8 the line is not valid UTF-8"_ba;
    QTest::newRow("NUL") << QByteArray("MSGALL a\0b", 10)
                         << "ERROR BAD_TEXT the line holds a control character; only TAB is "
                            "allowed"_ba;
    QTest::newRow("line too long")
            << "MSGALL " + QByteArray(5000, 'x')
            << "ERROR LINE_TOO_LONG a line may hold at most 4096 bytes; this one was dropped"_ba;
}

void tst_Server::refusedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    anna.send(line, "\r\n");
    QCOMPARE(anna.nextLine(), reply);
    QCOMPARE(peers[1]->sync(), QByteArrayList());
    // The connection goes on with the next line.
    anna.send("LIST");
    QCOMPARE(anna.sync(), QByteArrayList({ "USER anna HERE", "USER bob HERE", "OK LIST 2" }));
}

void tst_Server::blankLinesGetNoReply()
{
    const Peer peer = join(u"anna"_s);
    QVERIFY(peer);
    peer->sendRaw("\n\r\n   \n \r\n");
    QCOMPARE(peer->sync(), QByteArrayList());
}

void tst_Server::nameRegistersAndOthersAreTold()
{
    const Peer bob = join(u"bob"_s);
    QVERIFY(bob);
    const Peer anna = connected();
    QVERIFY(anna);
    anna->send("NAME anna");
    QCOMPARE(anna->nextLine(), "OK NAME anna");
    QCOMPARE(bob->sync(), QByteArrayList{ "JOINED anna" });
    QCOMPARE(anna->sync(), QByteArrayList());
}

void tst_Server::nameTakenIgnoresCase_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("same spelling") << u"bob"_s;
    QTest::newRow("upper case") << u"BOB"_s;
    QTest::newRow("mixed case") << u"bOb"_s;
}

void tst_Server::nameTakenIgnoresCase()
{
    QFETCH(QString, name);
    auto peers = joinAll({ u"bob"_s, u"anna"_s });
    QVERIFY(!peers.empty());
    const Peer other = connected();
    QVERIFY(other);
    other->send("NAME " + name.toUtf8());
    QCOMPARE(other->nextLine(),
             "ERROR NAME_TAKEN the name " + name.toUtf8() + " is taken; choose another");
    // A registered user cannot rename onto it either.
    peers[1]->send("NAME " + name.toUtf8());
    QCOMPARE(peers[1]->nextLine(),
             "ERROR NAME_TAKEN the name " + name.toUtf8() + " is taken; choose another");
    QCOMPARE(peers[0]->sync(), QByteArrayList());
}

void tst_Server::twoClientsRaceForOneName()
{
    const Peer first = connected();
    const Peer second = connected();
    QVERIFY(first && second);
    first->send("NAME sam");
    second->send("NAME Sam");
    const QByteArrayList replies{ first->nextLine(), second->nextLine() };
    const auto count = [&replies](const char *prefix) {
        return std::count_if(replies.cbegin(), replies.cend(), [prefix](const QByteArray &reply) {
            return reply.startsWith(prefix);
        });
    };
    QCOMPARE(count("OK NAME "), 1);
    QCOMPARE(count("ERROR NAME_TAKEN "), 1);
    // The loser can still pick another name; LIST shows both, once each.
    TestPeer &loser = replies.at(0).startsWith("OK") ? *second : *first;
    loser.send("NAME sam2");
    QCOMPARE(loser.nextLine(), "OK NAME sam2");
    loser.send("LIST");
    const QByteArrayList list = loser.sync();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1), "USER sam2 HERE");
    QCOMPARE(list.at(2), "OK LIST 2");
}

void tst_Server::renameTellsOthersAndFreesTheOldName()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    // Given a group, so that the rename shows in it too
    anna.send("MAKEGROUP team bob");
    QCOMPARE(anna.sync(), QByteArrayList({ "MADE team anna bob", "OK MAKEGROUP team" }));
    bob.sync();

    bob.send("NAME robert");
    QCOMPARE(bob.nextLine(), "OK NAME robert");
    QCOMPARE(anna.sync(), QByteArrayList{ "RENAMED bob robert" });
    anna.send("MEMBERS team");
    QCOMPARE(anna.sync(),
             QByteArrayList({ "MEMBER team anna", "MEMBER team robert", "OK MEMBERS team 2" }));
    anna.send("MSGIND robert hi");
    QCOMPARE(TestPeer::masked(anna.nextLine()), "OK MSGIND <id> <time>");
    QCOMPARE(TestPeer::masked(bob.sync()), QByteArrayList{ "MSG @robert anna <id> <time> hi" });
    // The old name was a guest's and is offline now: nothing is kept for it.
    anna.send("MSGIND bob hi");
    QVERIFY(anna.nextLine().startsWith("ERROR NO_SUCH_USER user bob is not online"));

    // The old name is free for someone else, who reads nothing of its former holder's.
    const Peer newBob = join(u"bob"_s);
    QVERIFY(newBob);
    QCOMPARE(newBob->sync(), QByteArrayList());
    newBob->send("HISTORY @anna");
    QCOMPARE(newBob->sync(), QByteArrayList{ "OK HISTORY @anna 0" });
    QCOMPARE(anna.sync(), QByteArrayList{ "JOINED bob" });
    // A change of spelling only is a rename too.
    anna.send("NAME Anna");
    QCOMPARE(anna.nextLine(), "OK NAME Anna");
    QCOMPARE(bob.sync(), QByteArrayList({ "JOINED bob", "RENAMED anna Anna" }));
}

void tst_Server::sameNameAgainChangesNothing()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("NAME anna");
    QCOMPARE(peers[0]->nextLine(), "OK NAME anna");
    QCOMPARE(peers[1]->sync(), QByteArrayList());
}

void tst_Server::msgAllReachesEveryRegisteredUserButTheSender()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    const Peer stranger = connected();
    QVERIFY(stranger);
    peers[0]->send("msgall   what is up people ");
    const QByteArray ok = peers[0]->nextLine();
    QVERIFY2(TestPeer::masked(ok) == "OK MSGALL <id> <time>", ok.constData());
    // The recipients see the id and time the sender was given.
    const QByteArray expected = "MSG * anna " + ok.mid(10) + " what is up people ";
    QCOMPARE(peers[1]->sync(), QByteArrayList{ expected });
    QCOMPARE(peers[2]->sync(), QByteArrayList{ expected });
    QCOMPARE(peers[0]->sync(), QByteArrayList());
    QCOMPARE(stranger->sync(), QByteArrayList());
}

void tst_Server::msgIndReachesExactlyOneUser()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MSGIND BOB hello bob");
    const QByteArray ok = peers[0]->nextLine();
    QCOMPARE(TestPeer::masked(ok), "OK MSGIND <id> <time>");
    // The conversation is named as its owner spells it.
    QCOMPARE(peers[1]->sync(), QByteArrayList{ "MSG @bob anna " + ok.mid(10) + " hello bob" });
    QCOMPARE(peers[2]->sync(), QByteArrayList());
}

void tst_Server::msgIndToYourself()
{
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    anna->send("MSGIND anna note to self");
    QCOMPARE(
            TestPeer::masked(anna->sync()),
            QByteArrayList({ "MSG @anna anna <id> <time> note to self", "OK MSGIND <id> <time>" }));
}

void tst_Server::msgIndToAMissingUserNamesIt()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MSGIND bbb hello bob");
    QCOMPARE(peers[0]->nextLine(),
             "ERROR NO_SUCH_USER user bbb is not online, and messages are kept only for "
             "accounts, use LIST to see who is connected");
    QCOMPARE(peers[1]->sync(), QByteArrayList());
}

void tst_Server::listShowsRegisteredUsersSortedWithoutCase()
{
    auto peers = joinAll({ u"jerry"_s, u"Bob"_s, u"anna"_s, u"Carol"_s });
    QVERIFY(!peers.empty());
    const Peer stranger = connected();
    QVERIFY(stranger);
    peers[0]->send("AWAY back at two");
    QCOMPARE(peers[0]->nextLine(), "OK AWAY");
    peers[2]->send("LIST");
    QCOMPARE(peers[2]->sync(),
             QByteArrayList({ "AWAY jerry back at two", "USER anna HERE", "USER Bob HERE",
                              "USER Carol HERE", "USER jerry AWAY back at two", "OK LIST 4" }));
}

void tst_Server::awayAndBackAreTold()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    bob.send("AWAY");
    QCOMPARE(bob.nextLine(), "OK AWAY");
    bob.send("AWAY in a meeting");
    QCOMPARE(bob.nextLine(), "OK AWAY");
    bob.send("BACK");
    QCOMPARE(bob.nextLine(), "OK BACK");
    bob.send("BACK");
    QCOMPARE(bob.nextLine(), "OK BACK");
    QCOMPARE(anna.sync(), QByteArrayList({ "AWAY bob", "AWAY bob in a meeting", "BACK bob" }));
}

void tst_Server::typingIsRelayedAtMostOnceEveryFewSeconds()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    anna.send("MAKEGROUP team carol");
    QCOMPARE(anna.sync(), QByteArrayList({ "MADE team anna carol", "OK MAKEGROUP team" }));
    peers[2]->sync();

    for (const QByteArray &conversation : { "@Bob"_ba, "#team"_ba, "*"_ba }) {
        for (int i = 0; i < 3; ++i) {
            anna.send("TYPING " + conversation);
            QCOMPARE(anna.nextLine(), "OK TYPING");
        }
    }
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "TYPING @bob anna", "TYPING * anna" }));
    QCOMPARE(peers[2]->sync(), QByteArrayList({ "TYPING #team anna", "TYPING * anna" }));
    QCOMPARE(anna.sync(), QByteArrayList());
}

void tst_Server::typingErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("user not online")
            << "TYPING @dora"_ba
            << "ERROR NO_SUCH_USER user dora does not exist, use LIST to see who is connected"_ba;
    QTest::newRow("no such group")
            << "TYPING #nowhere"_ba
            << "ERROR NO_SUCH_GROUP group nowhere does not exist, use GROUPS to see yours"_ba;
    QTest::newRow("not a member")
            << "TYPING #secret"_ba
            << "ERROR NOT_A_MEMBER you are not a member of the group secret"_ba;
}

void tst_Server::typingErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[1]->send("MAKEGROUP secret");
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "MADE secret bob", "OK MAKEGROUP secret" }));
    peers[0]->send(line);
    QCOMPARE(peers[0]->nextLine(), reply);
    QCOMPARE(peers[1]->sync(), QByteArrayList());
}

void tst_Server::withoutHistoryNothingIsKeptOrHeld()
{
    // Given a server started with --no-history, and bob, who has registered and gone
    ServerConfig config;
    config.dataPath.clear();
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QVERIFY(!m_server->history());
    QVERIFY(m_server->historyError().isEmpty());
    QVERIFY(join(u"bob"_s));
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    anna->send("MSGALL hello");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "OK MSGALL <id> <time>");

    anna->send("HISTORY * LIMIT 20");
    QCOMPARE(anna->nextLine(), "ERROR UNKNOWN_COMMAND HISTORY is not available on this server");
    anna->send("HISTORY * LIMIT 500");
    QCOMPARE(anna->nextLine(), "ERROR OUT_OF_RANGE LIMIT must be from 1 to 200");
    anna->send("MSGIND bob are you there?");
    QCOMPARE(anna->nextLine(),
             "ERROR NO_SUCH_USER user bob does not exist, use LIST to see who is connected");
}

void tst_Server::helpForOneCommand_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArrayList>("expected");
    const QStringList help = Command::helpLines();
    QTest::newRow("NAME") << "HELP NAME"_ba
                          << QByteArrayList{ "INFO " + help.at(0).toUtf8(), "OK HELP" };
    QTest::newRow("lower case") << "HELP close"_ba
                                << QByteArrayList{ "INFO " + help.at(4).toUtf8(), "OK HELP" };
    QTest::newRow("unknown")
            << "HELP FLY"_ba
            << QByteArrayList{ "ERROR UNKNOWN_COMMAND \"FLY\" is not a command; use one of: NAME, "
                               "MSGALL, MSGIND, LIST, CLOSE, MAKEGROUP, SENDGROUP, INVITE, LEAVE, "
                               "GROUPS, MEMBERS, PUBLICGROUP, JOIN, DIRECTORY, VISIBILITY, "
                               "KICK, HISTORY, AWAY, BACK, TYPING, SIGNUP, SIGNIN, "
                               "CLAIM, PASSWORD, DELETEACCOUNT, CONVERSATIONS, READ, PASS, HELP, "
                               "PING, PONG" };
}

void tst_Server::helpForOneCommand()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArrayList, expected);
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    anna->send(line);
    QCOMPARE(anna->sync(), expected);
}

void tst_Server::makeGroupTellsEveryMember()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"jerry"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    // Names given twice, and the creator's own, count once; the order given is kept.
    peers[0]->send("MAKEGROUP friends JERRY bob anna jerry");
    QCOMPARE(peers[0]->sync(),
             QByteArrayList({ "MADE friends anna jerry bob", "OK MAKEGROUP friends" }));
    QCOMPARE(peers[1]->sync(), QByteArrayList{ "MADE friends anna jerry bob" });
    QCOMPARE(peers[2]->sync(), QByteArrayList{ "MADE friends anna jerry bob" });
    QCOMPARE(peers[3]->sync(), QByteArrayList());
    QCOMPARE(m_server->groupCount(), 1);
}

void tst_Server::makeGroupErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("group exists, in other case")
            << "MAKEGROUP TEAM bob"_ba
            << "ERROR GROUP_EXISTS the group TEAM exists; choose another name"_ba;
    QTest::newRow("one user missing")
            << "MAKEGROUP friends bob dora"_ba
            << "ERROR NO_SUCH_USER user dora does not exist, use LIST to see who is connected"_ba;
    QTest::newRow("every missing user named")
            << "MAKEGROUP friends eve bob dora"_ba
            << "ERROR NO_SUCH_USER users eve, dora do not exist, use LIST to see who is "
               "connected"_ba;
    QTest::newRow("bad group name")
            << "MAKEGROUP 2cool bob"_ba
            << "ERROR BAD_NAME the group name \"2cool\" must start with a letter: use 1 to 32 "
               "letters, digits, '_', '-' or '.', starting with a letter"_ba;
}

void tst_Server::makeGroupErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[1]->send("MAKEGROUP team");
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "MADE team bob", "OK MAKEGROUP team" }));
    peers[0]->send(line);
    QCOMPARE(peers[0]->nextLine(), reply);
    QCOMPARE(peers[1]->sync(), QByteArrayList());
    QCOMPARE(m_server->groupCount(), 1);
}

void tst_Server::sendGroupReachesMembersOnly()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"jerry"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    anna.send("MAKEGROUP friends bob jerry");
    anna.sync();
    peers[1]->sync();
    peers[2]->sync();

    anna.send("SENDGROUP Friends lunch at one?");
    const QByteArray ok = anna.nextLine();
    QCOMPARE(TestPeer::masked(ok), "OK SENDGROUP <id> <time>");
    const QByteArray expected = "MSG #friends anna " + ok.mid(13) + " lunch at one?";
    QCOMPARE(peers[1]->sync(), QByteArrayList{ expected });
    QCOMPARE(peers[2]->sync(), QByteArrayList{ expected });
    QCOMPARE(anna.sync(), QByteArrayList());

    TestPeer &carol = *peers[3];
    carol.send("SENDGROUP friends let me in");
    QCOMPARE(carol.nextLine(), "ERROR NOT_A_MEMBER you are not a member of the group friends");
    carol.send("SENDGROUP enemies hello");
    QCOMPARE(carol.nextLine(),
             "ERROR NO_SUCH_GROUP group enemies does not exist, use GROUPS to see yours");
    QCOMPARE(anna.sync(), QByteArrayList());
    QCOMPARE(peers[1]->sync(), QByteArrayList());
}

void tst_Server::inviteAddsAMember()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MAKEGROUP friends bob");
    peers[0]->sync();
    peers[1]->sync();
    // Any member may invite; every member, the new one included, is told; the new one also
    // who owns the group.
    peers[1]->send("INVITE friends Carol");
    QCOMPARE(peers[1]->sync(),
             QByteArrayList({ "INVITED friends carol bob", "OK INVITE friends carol" }));
    QCOMPARE(peers[0]->sync(), QByteArrayList{ "INVITED friends carol bob" });
    QCOMPARE(peers[2]->sync(),
             QByteArrayList({ "INVITED friends carol bob", "ABOUT friends anna PRIVATE" }));
    peers[2]->send("SENDGROUP friends thanks");
    QCOMPARE(TestPeer::masked(peers[2]->nextLine()), "OK SENDGROUP <id> <time>");
    QCOMPARE(TestPeer::masked(peers[0]->sync()),
             QByteArrayList{ "MSG #friends carol <id> <time> thanks" });
}

void tst_Server::inviteErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("no such group")
            << "INVITE enemies carol"_ba
            << "ERROR NO_SUCH_GROUP group enemies does not exist, use GROUPS to see yours"_ba;
    QTest::newRow("inviter not a member")
            << "INVITE secret carol"_ba
            << "ERROR NOT_A_MEMBER you are not a member of the group secret"_ba;
    QTest::newRow("user not online")
            << "INVITE friends dora"_ba
            << "ERROR NO_SUCH_USER user dora does not exist, use LIST to see who is connected"_ba;
    QTest::newRow("already a member")
            << "INVITE friends BOB"_ba
            << "ERROR ALREADY_MEMBER bob is already a member of the group friends"_ba;
    QTest::newRow("bad syntax") << "INVITE friends"_ba
                                << "ERROR BAD_SYNTAX usage: INVITE <group> <user>"_ba;
}

void tst_Server::inviteErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MAKEGROUP friends bob");
    peers[0]->sync();
    peers[1]->sync();
    peers[2]->send("MAKEGROUP secret");
    peers[2]->sync();
    peers[0]->send(line);
    QCOMPARE(peers[0]->nextLine(), reply);
    QCOMPARE(peers[1]->sync(), QByteArrayList());
    QCOMPARE(peers[2]->sync(), QByteArrayList());
}

void tst_Server::leaveTellsTheOthersAndAnEmptyGroupIsGone()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    anna.send("MAKEGROUP friends bob");
    anna.sync();
    bob.sync();
    QSignalSpy removed(m_server.get(), &ChatServer::groupRemoved);

    anna.send("LEAVE friends");
    QCOMPARE(anna.sync(), QByteArrayList{ "OK LEAVE friends" });
    // The owner is gone: the group is bob's now.
    QCOMPARE(bob.sync(), QByteArrayList({ "PARTED friends anna", "ABOUT friends bob PRIVATE" }));
    anna.send("LEAVE friends");
    QCOMPARE(anna.nextLine(), "ERROR NOT_A_MEMBER you are not a member of the group friends");
    QCOMPARE(removed.size(), 0);

    bob.send("LEAVE friends");
    QCOMPARE(bob.nextLine(), "OK LEAVE friends");
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_server->groupCount(), 0);
    bob.send("MEMBERS friends");
    QCOMPARE(bob.nextLine(),
             "ERROR NO_SUCH_GROUP group friends does not exist, use GROUPS to see yours");
    // Its name is free again.
    anna.send("MAKEGROUP Friends");
    QCOMPARE(anna.sync(), QByteArrayList({ "MADE Friends anna", "OK MAKEGROUP Friends" }));
}

void tst_Server::groupsAndMembersList()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    peers[1]->send("MAKEGROUP zoo anna carol");
    peers[1]->sync();
    anna.send("MAKEGROUP Friends bob");
    anna.send("GROUPS");
    anna.send("MEMBERS zoo");
    QCOMPARE(anna.sync(),
             QByteArrayList({ "MADE zoo bob anna carol", "MADE Friends anna bob",
                              "OK MAKEGROUP Friends", "GROUP Friends anna 2", "GROUP zoo bob 3",
                              "OK GROUPS 2", "MEMBER zoo anna", "MEMBER zoo bob",
                              "MEMBER zoo carol", "OK MEMBERS zoo 3" }));
    peers[2]->send("MEMBERS friends");
    QCOMPARE(peers[2]->sync(),
             QByteArrayList({ "MADE zoo bob anna carol",
                              "ERROR NOT_A_MEMBER you are not a member of the group Friends" }));
    peers[2]->send("GROUPS");
    QCOMPARE(peers[2]->sync(), QByteArrayList({ "GROUP zoo bob 3", "OK GROUPS 1" }));
}

void tst_Server::groupLimits_data()
{
    QTest::addColumn<int>("maxMembers");
    QTest::addColumn<int>("maxGroups");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("group full at MAKEGROUP")
            << 2 << 10 << "MAKEGROUP big bob carol"_ba
            << "ERROR GROUP_FULL the group big may hold at most 2 members"_ba;
    QTest::newRow("group full at INVITE")
            << 2 << 10 << "INVITE pair carol"_ba
            << "ERROR GROUP_FULL the group pair may hold at most 2 members"_ba;
    QTest::newRow("too many groups at MAKEGROUP")
            << 10 << 1 << "MAKEGROUP more carol"_ba
            << "ERROR TOO_MANY_GROUPS anna is in 1 groups, the most one may be in"_ba;
    QTest::newRow("too many groups at INVITE")
            << 10 << 1 << "INVITE pair carol"_ba
            << "ERROR TOO_MANY_GROUPS carol is in 1 groups, the most one may be in"_ba;
}

void tst_Server::groupLimits()
{
    QFETCH(int, maxMembers);
    QFETCH(int, maxGroups);
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    ServerConfig config;
    config.limits.maxMembersPerGroup = maxMembers;
    config.limits.maxGroupsPerUser = maxGroups;
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MAKEGROUP pair bob");
    QCOMPARE(peers[0]->sync(), QByteArrayList({ "MADE pair anna bob", "OK MAKEGROUP pair" }));
    peers[2]->send("MAKEGROUP solo");
    QCOMPARE(peers[2]->sync(), QByteArrayList({ "MADE solo carol", "OK MAKEGROUP solo" }));
    peers[0]->send(line);
    QCOMPARE(peers[0]->nextLine(), reply);
    QCOMPARE(m_server->groupCount(), 2);
}

void tst_Server::closeSaysGoodbyeAndOthersAreTold()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    anna.send("MAKEGROUP friends bob");
    anna.sync();
    peers[1]->sync();
    anna.send("MSGALL bye all");
    anna.send("CLOSE");
    QCOMPARE(TestPeer::masked(anna.nextLine()), "OK MSGALL <id> <time>");
    QCOMPARE(anna.nextLine(), "BYE CLOSED Goodbye, anna");
    QVERIFY(anna.waitForDisconnected());
    QCOMPARE(TestPeer::masked(peers[1]->sync()),
             QByteArrayList({ "MSG * anna <id> <time> bye all", "PARTED friends anna",
                              "ABOUT friends bob PRIVATE", "LEFT anna quit" }));
    QTRY_COMPARE(m_server->clientCount(), 1);
    // The name is free at once.
    const Peer again = join(u"anna"_s);
    QVERIFY(again);

    const Peer stranger = connected();
    QVERIFY(stranger);
    stranger->send("CLOSE");
    QCOMPARE(stranger->nextLine(), "BYE CLOSED Goodbye");
    QVERIFY(stranger->waitForDisconnected());
}

void tst_Server::disconnectInTheMiddleOfAGroupConversation()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &carol = *peers[2];
    anna.send("MAKEGROUP friends bob carol");
    anna.sync();
    peers[1]->sync();
    carol.sync();

    // bob's connection drops, halfway through a line, while anna and carol talk in the group.
    anna.send("SENDGROUP friends one");
    QCOMPARE(TestPeer::masked(anna.nextLine()), "OK SENDGROUP <id> <time>");
    peers[1]->send("SENDGROUP friends half a line", "");
    peers[1]->socket().abort();
    QTRY_COMPARE(m_server->clientCount(), 2);
    QCOMPARE(TestPeer::masked(carol.sync()),
             QByteArrayList({ "MSG #friends anna <id> <time> one", "PARTED friends bob",
                              "LEFT bob connection lost" }));
    QCOMPARE(anna.sync(), QByteArrayList({ "PARTED friends bob", "LEFT bob connection lost" }));

    // The conversation goes on between those who are left.
    anna.send("SENDGROUP friends two");
    QCOMPARE(TestPeer::masked(anna.nextLine()), "OK SENDGROUP <id> <time>");
    carol.send("SENDGROUP friends three");
    QCOMPARE(TestPeer::masked(carol.sync()),
             QByteArrayList({ "MSG #friends anna <id> <time> two", "OK SENDGROUP <id> <time>" }));
    QCOMPARE(TestPeer::masked(anna.sync()),
             QByteArrayList{ "MSG #friends carol <id> <time> three" });
    anna.send("MEMBERS friends");
    QCOMPARE(anna.sync(),
             QByteArrayList(
                     { "MEMBER friends anna", "MEMBER friends carol", "OK MEMBERS friends 2" }));
}

void tst_Server::recipientVanishingWhileMessagesFlow()
{
    // Anna sends as fast as she can: flood control, which would delay her, is not the point here.
    ServerConfig config;
    config.limits.floodLinesPerSecond = 0;
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    constexpr int Messages = 200;
    for (int i = 0; i < Messages; ++i) {
        anna.send("MSGALL " + QByteArray::number(i));
        if (i == Messages / 2)
            peers[1]->socket().abort();
    }
    QByteArrayList expected;
    for (int i = 0; i < Messages; ++i)
        expected.append("MSG * anna <id> <time> " + QByteArray::number(i));
    QByteArrayList received = TestPeer::masked(peers[2]->sync());
    received.removeAll("LEFT bob connection lost");
    QCOMPARE(received, expected);
    const QByteArrayList replies = TestPeer::masked(anna.sync());
    QCOMPARE(replies.count("OK MSGALL <id> <time>"), Messages);
    QTRY_COMPARE(m_server->clientCount(), 2);
}

void tst_Server::kickSendsTheReason()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    const QList<quint64> ids = m_server->clientIds();
    const auto anna = std::find_if(ids.cbegin(), ids.cend(), [this](quint64 id) {
        return m_server->client(id)->name() == u"anna"_s;
    });
    QVERIFY(anna != ids.cend());
    QVERIFY(!m_server->kick(*anna, u"two\nlines\x01"_s));
    QVERIFY(m_server->kick(*anna, u"  spamming\nagain "_s));
    QCOMPARE(peers[0]->nextLine(), "BYE KICKED spamming again");
    QVERIFY(peers[0]->waitForDisconnected());
    QCOMPARE(peers[1]->sync(), QByteArrayList{ "LEFT anna kicked: spamming again" });
    QVERIFY(!m_server->kick(*anna, u"twice"_s));
}

void tst_Server::noticeReachesEveryConnection()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    const Peer stranger = connected();
    QVERIFY(stranger);
    QVERIFY(!m_server->sendNotice(u"   "_s));
    QVERIFY(m_server->sendNotice(u"The server restarts at 18:00 UTC."_s));
    for (TestPeer *peer : { peers[0].get(), peers[1].get(), stranger.get() })
        QCOMPARE(peer->sync(), QByteArrayList{ "NOTICE The server restarts at 18:00 UTC." });
}

void tst_Server::stopTellsEveryClientAndCanStartAgain()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MAKEGROUP friends bob");
    peers[0]->sync();
    peers[1]->sync();
    const Peer stranger = connected();
    QVERIFY(stranger);
    QSignalSpy stopped(m_server.get(), &ChatServer::stopped);
    QSignalSpy listening(m_server.get(), &ChatServer::listeningChanged);

    m_server->stop();
    QVERIFY(!m_server->isListening());
    QCOMPARE(listening.size(), 1);
    // Nobody is told that the others leave: only the goodbye.
    for (TestPeer *peer : { peers[0].get(), peers[1].get(), stranger.get() }) {
        QCOMPARE(peer->nextLine(), "BYE SHUTDOWN the server is stopping");
        QVERIFY(peer->waitForDisconnected());
        QCOMPARE(peer->pendingLines(), QByteArrayList());
    }
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(m_server->clientCount(), 0);
    QCOMPARE(m_server->groupCount(), 0);

    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
}

void tst_Server::logFollowsTheExercise()
{
    m_server = std::make_unique<ChatServer>(ServerConfig{});
    QStringList log;
    connect(&m_server->log(), &ServerLog::recorded, this,
            [&log](const LogRecord &record) { log.append(record.text); });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(m_server->serverPort());
    {
        const Peer anna = join(u"anna"_s);
        QVERIFY(anna);
        anna->send("MAKEGROUP team");
        anna->send("NAME Anna");
        anna->sync();
        anna->socket().abort();
        QTRY_COMPARE(m_server->clientCount(), 0);
    }
    QSignalSpy stopped(m_server.get(), &ChatServer::stopped);
    m_server->stop();
    QVERIFY(stopped.wait());
    QCOMPARE(log.size(), 11);
    QCOMPARE(log.at(0), u"My server has started on 127.0.0.1:"_s + port);
    QVERIFY2(log.at(1).startsWith(u"Client has connected from 127.0.0.1:"_s),
             qPrintable(log.at(1)));
    QCOMPARE(log.at(2), u"Total Clients = 1"_s);
    QVERIFY2(log.at(3).contains(u" registered as anna"_s), qPrintable(log.at(3)));
    QCOMPARE(log.at(4), u"anna made the group team"_s);
    QCOMPARE(log.at(5), u"anna is now called Anna"_s);
    QCOMPARE(log.at(6), u"Anna left the group team"_s);
    QCOMPARE(log.at(7), u"The group team is gone: it has no members left"_s);
    QVERIFY2(log.at(8).startsWith(u"Client has disconnected: Anna (127.0.0.1:"_s)
                     && log.at(8).endsWith(u"), connection lost"_s),
             qPrintable(log.at(8)));
    QCOMPARE(log.at(9), u"Total Clients = 0"_s);
    QCOMPARE(log.at(10), u"server has stopped"_s);
}

void tst_Server::hundredClientsBroadcast()
{
    constexpr int Clients = 100;
    constexpr int PerSender = 5;
    QStringList names;
    for (int i = 0; i < Clients; ++i)
        names.append(u"user%1"_s.arg(i));
    auto peers = joinAll(names);
    QCOMPARE(int(peers.size()), Clients);

    // Every client sends at once, without waiting for its replies.
    for (int k = 0; k < PerSender; ++k) {
        for (int i = 0; i < Clients; ++i)
            peers[i]->send("MSGALL " + QByteArray::number(i) + ' ' + QByteArray::number(k));
    }
    constexpr qsizetype Expected = (Clients - 1) * PerSender + PerSender;
    for (const Peer &peer : peers)
        QVERIFY(peer->waitForPendingLines(Expected));

    for (int r = 0; r < Clients; ++r) {
        // Each message arrives once, in its sender's order; none comes back to its sender.
        QList<int> next(Clients, 0);
        int oks = 0;
        const QByteArrayList lines = peers[r]->sync();
        QCOMPARE(lines.size(), Expected);
        for (const QByteArray &line : lines) {
            if (line.startsWith("OK MSGALL ")) {
                ++oks;
                continue;
            }
            const QByteArrayList fields = line.split(' ');
            QCOMPARE(fields.size(), 7);
            const int sender = fields.at(5).toInt();
            QVERIFY(sender != r);
            QCOMPARE(fields.at(2), "user" + QByteArray::number(sender));
            QCOMPARE(fields.at(6).toInt(), next[sender]++);
        }
        QCOMPARE(oks, PerSender);
        QVERIFY(peers[r]->badLines().isEmpty());
    }
}

void tst_Server::listenBacklogIsTheSystemsMaximum_data()
{
    QTest::addColumn<int>("option");
    QTest::addColumn<int>("expected");
    QFile somaxconn(u"/proc/sys/net/core/somaxconn"_s);
    QVERIFY(somaxconn.open(QIODevice::ReadOnly));
    QTest::newRow("default") << 0 << somaxconn.readAll().trimmed().toInt();
    QTest::newRow("--listen-backlog 128") << 128 << 128;
}

void tst_Server::listenBacklogIsTheSystemsMaximum()
{
    QFETCH(int, option);
    QFETCH(int, expected);
    ServerConfig config;
    config.limits.listenBacklog = option;
    ChatServer server(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    // For a listening socket, ss shows the backlog as its Send-Q.
    QProcess ss;
    ss.start(u"ss"_s, { u"-ltnH"_s, u"sport = :%1"_s.arg(server.serverPort()) });
    QVERIFY2(ss.waitForFinished(10000), "ss (iproute2) did not run");
    const QStringList fields =
            QString::fromUtf8(ss.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(fields.value(2).toInt(), expected);
}

void tst_Server::messageIdsGrowAndTimesNeverGoBack()
{
    MessageIdSource ids;
    const MessageIdSource::Stamp first = ids.next();
    QCOMPARE(first.id, 1u);
    QCOMPARE(first.time.timeSpec(), Qt::UTC);
    const MessageIdSource::Stamp second = ids.next();
    QCOMPARE(second.id, 2u);
    QVERIFY(second.time >= first.time);
    // A store seeds it with the newest id it holds; a lower seed changes nothing.
    ids.seed(41);
    QCOMPARE(ids.next().id, 42u);
    ids.seed(7);
    QCOMPARE(ids.next().id, 43u);
}

void tst_Server::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<int>("maxLine");
    QTest::newRow("defaults") << QStringList() << u"127.0.0.1"_s << 7000 << false << 4096;
    QTest::newRow("host and port, as the exercise")
            << QStringList{ u"0.0.0.0"_s, u"8089"_s } << u"0.0.0.0"_s << 8089 << false << 4096;
    QTest::newRow("localhost, any free port")
            << QStringList{ u"localhost"_s, u"0"_s } << u"127.0.0.1"_s << 0 << false << 4096;
    QTest::newRow("IPv6") << QStringList{ u"::1"_s } << u"::1"_s << 7000 << false << 4096;
    QTest::newRow("headless") << QStringList{ u"--headless"_s, u"127.0.0.1"_s, u"7001"_s }
                              << u"127.0.0.1"_s << 7001 << true << 4096;
    QTest::newRow("Qt's -platform")
            << QStringList{ u"-platform"_s, u"offscreen"_s, u"127.0.0.1"_s, u"7000"_s }
            << u"127.0.0.1"_s << 7000 << false << 4096;
    QTest::newRow("max line") << QStringList{ u"--max-line"_s, u"8192"_s } << u"127.0.0.1"_s << 7000
                              << false << 8192;
}

void tst_Server::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, headless);
    QFETCH(int, maxLine);
    ServerCommandLine commandLine;
    const auto options = commandLine.process(QStringList{ u"chinwag-server"_s } + arguments);
    QVERIFY2(options, qPrintable(commandLine.errorText()));
    QCOMPARE(options->address, QHostAddress(address));
    QCOMPARE(options->port, port);
    QCOMPARE(options->headless, headless);
    QCOMPARE(options->config.limits.maxLineBytes, maxLine);
}

void tst_Server::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("port out of range")
            << QStringList{ u"127.0.0.1"_s, u"70000"_s }
            << u"\"70000\" is not a port: use a number from 0 to 65535."_s;
    QTest::newRow("host name") << QStringList{ u"example.org"_s }
                               << u"\"example.org\" is not an IP address."_s;
    QTest::newRow("three arguments") << QStringList{ u"127.0.0.1"_s, u"7000"_s, u"more"_s }
                                     << u"Too many arguments: give at most a host and a port."_s;
    QTest::newRow("line limit too small")
            << QStringList{ u"--max-line=100"_s }
            << u"--max-line takes a number of bytes from 256 to 64512."_s;
    QTest::newRow("unknown option") << QStringList{ u"--fly"_s } << u"Unknown option 'fly'."_s;
}

void tst_Server::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    ServerCommandLine commandLine;
    QVERIFY(!commandLine.process(QStringList{ u"chinwag-server"_s } + arguments));
    QCOMPARE(commandLine.errorText(), error);
}

void tst_Server::headlessWhenAsked_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::newRow("nothing") << QByteArrayList() << false;
    QTest::newRow("--headless") << QByteArrayList{ "--headless" } << true;
    QTest::newRow("--headless after others")
            << QByteArrayList{ "-platform", "offscreen", "--headless", "7000" } << true;
    QTest::newRow("-platform offscreen") << QByteArrayList{ "-platform", "offscreen" } << false;
}

void tst_Server::headlessWhenAsked()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(bool, headless);
    QByteArrayList argv{ "chinwag-server" };
    argv += arguments;
    std::vector<char *> pointers;
    for (QByteArray &argument : argv)
        pointers.push_back(argument.data());
    QCOMPARE(ServerCommandLine::asksHeadless(int(pointers.size()), pointers.data()), headless);
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
