// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "conversation.h"
#include "protocollimits.h"
#include "testpeer.h"
#include "typingthrottle.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

using Peer = std::unique_ptr<TestPeer>;

// One TYPING offered to the throttle: in which conversation, at which time.
struct Offer
{
    QString conversation;
    qint64 atMSecs;
};

Conversation conversationOf(const QString &token)
{
    return std::get<Conversation>(Conversation::parse(token));
}

} // namespace

Q_DECLARE_METATYPE(QList<Offer>)

// Presence: AWAY and BACK as others see them in LIST and in events, and TYPING, relayed to the
// others in its conversation at most once per interval and never kept.
class tst_Presence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void awayIsToldAndShownInList();
    void awayAgainChangesTheText();
    void backEndsAway();
    void backWhenNotAwayTellsNoOne();
    void awayIsKeptAcrossARename();

    void typingReachesTheOthersInItsConversation_data();
    void typingReachesTheOthersInItsConversation();
    void typingThrottle_data();
    void typingThrottle();
    void typingIsThrottledPerSenderAndConversation();
    void typingIsNeverStored();
    void typingErrors_data();
    void typingErrors();

private:
    Peer join(const QString &name) { return TestPeer::registered(name, m_server->serverPort()); }
    std::vector<Peer> joinAll(const QStringList &names)
    {
        return TestPeer::registeredAll(names, m_server->serverPort());
    }

    std::unique_ptr<ChatServer> m_server;
};

void tst_Presence::init()
{
    m_server = std::make_unique<ChatServer>(ServerConfig{});
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_Presence::cleanup()
{
    m_server.reset();
}

void tst_Presence::awayIsToldAndShownInList()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer stranger;
    QVERIFY(stranger.connectTo(m_server->serverPort()));
    QVERIFY(stranger.readWelcome());

    // When bob goes away with a text, then the others are told, and LIST says so
    peers[1]->send("AWAY in a meeting until 3");
    QCOMPARE(peers[1]->sync(), QByteArrayList{ "OK AWAY" });
    QCOMPARE(peers[0]->sync(), QByteArrayList{ "AWAY bob in a meeting until 3" });
    QCOMPARE(peers[2]->sync(), QByteArrayList{ "AWAY bob in a meeting until 3" });
    // Someone who has not registered hears nothing of it
    QCOMPARE(stranger.sync(), QByteArrayList());
    peers[0]->send("LIST");
    QCOMPARE(peers[0]->sync(),
             QByteArrayList({ "USER anna HERE", "USER bob AWAY in a meeting until 3",
                              "USER carol HERE", "OK LIST 3" }));

    // Away without a text is away all the same
    peers[2]->send("away");
    QCOMPARE(peers[2]->nextLine(), "OK AWAY");
    QCOMPARE(peers[0]->sync(), QByteArrayList{ "AWAY carol" });
    peers[0]->send("LIST");
    QCOMPARE(peers[0]->sync(),
             QByteArrayList({ "USER anna HERE", "USER bob AWAY in a meeting until 3",
                              "USER carol AWAY", "OK LIST 3" }));
}

void tst_Presence::awayAgainChangesTheText()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[1]->send("AWAY lunch");
    peers[1]->send("AWAY   lunch, back at two ");
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "OK AWAY", "OK AWAY" }));
    QCOMPARE(peers[0]->sync(),
             QByteArrayList({ "AWAY bob lunch", "AWAY bob lunch, back at two " }));
    peers[0]->send("LIST");
    QCOMPARE(
            peers[0]->sync(),
            QByteArrayList({ "USER anna HERE", "USER bob AWAY lunch, back at two ", "OK LIST 2" }));
}

void tst_Presence::backEndsAway()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[1]->send("AWAY lunch");
    peers[1]->send("BACK");
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "OK AWAY", "OK BACK" }));
    QCOMPARE(peers[0]->sync(), QByteArrayList({ "AWAY bob lunch", "BACK bob" }));
    peers[0]->send("LIST");
    QCOMPARE(peers[0]->sync(), QByteArrayList({ "USER anna HERE", "USER bob HERE", "OK LIST 2" }));
}

void tst_Presence::backWhenNotAwayTellsNoOne()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[1]->send("BACK");
    peers[1]->send("back");
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "OK BACK", "OK BACK" }));
    QCOMPARE(peers[0]->sync(), QByteArrayList());
}

void tst_Presence::awayIsKeptAcrossARename()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[1]->send("AWAY gone fishing");
    peers[1]->send("NAME robert");
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "OK AWAY", "OK NAME robert" }));
    peers[0]->send("LIST");
    QCOMPARE(peers[0]->sync(),
             QByteArrayList({ "AWAY bob gone fishing", "RENAMED bob robert", "USER anna HERE",
                              "USER robert AWAY gone fishing", "OK LIST 2" }));
}

void tst_Presence::typingReachesTheOthersInItsConversation_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArrayList>("anna");
    QTest::addColumn<QByteArrayList>("bob");
    QTest::addColumn<QByteArrayList>("carol");
    QTest::addColumn<QByteArrayList>("dora");
    const QByteArrayList none;
    const QByteArrayList everyone{ "TYPING * anna" };
    QTest::newRow("everyone") << "TYPING *"_ba << none << everyone << everyone << everyone;
    // Seen from bob's side, the conversation is the one with anna
    QTest::newRow("direct") << "TYPING @bob"_ba << none << QByteArrayList{ "TYPING @bob anna" }
                            << none << none;
    QTest::newRow("direct, in another case")
            << "typing @BOB"_ba << none << QByteArrayList{ "TYPING @bob anna" } << none << none;
    QTest::newRow("to oneself") << "TYPING @anna"_ba << QByteArrayList{ "TYPING @anna anna" }
                                << none << none << none;
    // The group's members but the sender, by the group's own spelling
    QTest::newRow("group") << "TYPING #TEAM"_ba << none << QByteArrayList{ "TYPING #team anna" }
                           << QByteArrayList{ "TYPING #team anna" } << none;
}

void tst_Presence::typingReachesTheOthersInItsConversation()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArrayList, anna);
    QFETCH(QByteArrayList, bob);
    QFETCH(QByteArrayList, carol);
    QFETCH(QByteArrayList, dora);
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s, u"dora"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MAKEGROUP team bob carol");
    peers[0]->sync();
    for (const Peer &peer : peers)
        peer->sync();

    peers[0]->send(line);
    QCOMPARE(peers[0]->sync(), anna + QByteArrayList{ "OK TYPING" });
    QCOMPARE(peers[1]->sync(), bob);
    QCOMPARE(peers[2]->sync(), carol);
    QCOMPARE(peers[3]->sync(), dora);
}

void tst_Presence::typingThrottle_data()
{
    // The interval, so that the rows read as seconds.
    constexpr qint64 I = Protocol::TypingIntervalMSecs;
    static_assert(I == 3000, "PROTOCOL.md says 3 seconds");
    QTest::addColumn<QList<Offer>>("offers");
    QTest::addColumn<QList<bool>>("relayed");
    QTest::newRow("first is relayed") << QList<Offer>{ { u"*"_s, 0 } } << QList<bool>{ true };
    QTest::newRow("again within the interval is not")
            << QList<Offer>{ { u"*"_s, 0 }, { u"*"_s, 1 }, { u"*"_s, I - 1 } }
            << QList<bool>{ true, false, false };
    QTest::newRow("again after the interval is")
            << QList<Offer>{ { u"*"_s, 0 }, { u"*"_s, I }, { u"*"_s, I + 1 }, { u"*"_s, 2 * I } }
            << QList<bool>{ true, true, false, true };
    // The interval starts from the last relayed, not from the last offered
    QTest::newRow("a steady typist is relayed every interval")
            << QList<Offer>{ { u"@bob"_s, 0 }, { u"@bob"_s, 1000 },     { u"@bob"_s, 2000 },
                             { u"@bob"_s, I }, { u"@bob"_s, I + 1000 }, { u"@bob"_s, 2 * I } }
            << QList<bool>{ true, false, false, true, false, true };
    QTest::newRow("conversations are apart")
            << QList<Offer>{ { u"*"_s, 0 }, { u"@bob"_s, 1 }, { u"#team"_s, 2 }, { u"@team"_s, 3 } }
            << QList<bool>{ true, true, true, true };
    QTest::newRow("names are compared without case") << QList<Offer>{
        { u"@Bob"_s, 0 }, { u"@BOB"_s, 1 }, { u"#Team"_s, 2 }, { u"#team"_s, 3 }
    } << QList<bool>{ true, false, true, false };
}

void tst_Presence::typingThrottle()
{
    QFETCH(QList<Offer>, offers);
    QFETCH(QList<bool>, relayed);
    TypingThrottle throttle;
    QList<bool> admitted;
    for (const Offer &offer : offers)
        admitted.append(throttle.admit(conversationOf(offer.conversation), offer.atMSecs));
    QCOMPARE(admitted, relayed);
}

void tst_Presence::typingIsThrottledPerSenderAndConversation()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    // Key presses within a moment: each gets OK TYPING, and is relayed once per sender and
    // conversation
    for (int i = 0; i < 5; ++i) {
        peers[0]->send("TYPING *");
        peers[0]->send("TYPING @carol");
        peers[2]->send("TYPING *");
    }
    // Once each peer has had the replies to its own lines, everything is relayed: a second
    // round collects what reached a peer after its own replies.
    QList<QByteArrayList> lines;
    for (const Peer &peer : peers)
        lines.append(peer->sync());
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] += peers[i]->sync();
    QCOMPARE(lines[0].removeAll("OK TYPING"), 10);
    QCOMPARE(lines[2].removeAll("OK TYPING"), 5);
    QCOMPARE(lines[0], QByteArrayList{ "TYPING * carol" });
    // anna's and carol's, in whichever order the server read them
    std::sort(lines[1].begin(), lines[1].end());
    QCOMPARE(lines[1], QByteArrayList({ "TYPING * anna", "TYPING * carol" }));
    QCOMPARE(lines[2], QByteArrayList({ "TYPING * anna", "TYPING @carol anna" }));
}

void tst_Presence::typingIsNeverStored()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MAKEGROUP team bob");
    peers[0]->send("TYPING *");
    peers[0]->send("TYPING @bob");
    peers[0]->send("TYPING #team");
    peers[0]->sync();
    for (const QByteArray &conversation : { "*"_ba, "@anna"_ba, "#team"_ba }) {
        peers[1]->send("HISTORY " + conversation);
        QCOMPARE(peers[1]->waitForLine("OK HISTORY"), "OK HISTORY " + conversation + " 0");
    }
    QCOMPARE(m_server->history()->messageCount(), 0u);
}

void tst_Presence::typingErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("no conversation") << "TYPING"_ba
                                     << "ERROR BAD_SYNTAX usage: TYPING <conversation>"_ba;
    QTest::newRow("not a conversation")
            << "TYPING everyone"_ba
            << "ERROR BAD_CONVERSATION \"everyone\" is not a conversation: use * for everyone, "
               "@user or #group"_ba;
    QTest::newRow("bad name")
            << "TYPING @9lives"_ba
            << "ERROR BAD_NAME the user name \"9lives\" must start with a letter: use 1 to 32 "
               "letters, digits, '_', '-' or '.', starting with a letter"_ba;
    QTest::newRow("user never seen")
            << "TYPING @nobody"_ba
            << "ERROR NO_SUCH_USER user nobody does not exist, use LIST to see who is connected"_ba;
    // Messages are held for a name that has gone; typing is not
    QTest::newRow("user gone offline")
            << "TYPING @dora"_ba
            << "ERROR NO_SUCH_USER user dora does not exist, use LIST to see who is connected"_ba;
    QTest::newRow("no such group")
            << "TYPING #nowhere"_ba
            << "ERROR NO_SUCH_GROUP group nowhere does not exist, use GROUPS to see yours"_ba;
    QTest::newRow("not a member")
            << "TYPING #secret"_ba
            << "ERROR NOT_A_MEMBER you are not a member of the group secret"_ba;
}

void tst_Presence::typingErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    {
        const Peer dora = join(u"dora"_s);
        QVERIFY(dora);
    }
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    QTRY_COMPARE(m_server->clientCount(), 2);
    peers[1]->send("MAKEGROUP secret");
    QCOMPARE(peers[1]->sync(), QByteArrayList({ "MADE secret bob", "OK MAKEGROUP secret" }));
    peers[0]->sync();
    peers[0]->send(line);
    QCOMPARE(peers[0]->nextLine(), reply);
    QCOMPARE(peers[0]->sync(), QByteArrayList());
    QCOMPARE(peers[1]->sync(), QByteArrayList());
}

QTEST_GUILESS_MAIN(tst_Presence)
#include "tst_presence.moc"
