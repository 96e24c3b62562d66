// SPDX-License-Identifier: GPL-3.0-or-later
// ChatSession against a scripted server: what the client hears, routed to the models of each
// conversation, and the history that fills them.
#include <clientscript.h>

#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <directorymodel.h>
#include <errormessages.h>
#include <messagemodel.h>
#include <readmarkers.h>
#include <reconnectbackoff.h>
#include <userlistmodel.h>

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Delivery = MessageEntry::Delivery;

class tst_ChatSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Events routed to the models.
    void sessionRoutesMessagesToTheirConversations();
    void sessionKeepsUsersAndGroupMembers();
    void sessionSendsEachLineAsAMessage();
    void sessionKeepsPublicGroupsAndTheirOwners();
    void sessionMarksGroupsInactiveWhenTheConnectionIsLost();
    void awayIsToldAndToldAgainAfterAReconnect();
    void heldMessageIsDeliveredWhenThePeerJoins();

    // History.
    void historyIsMergedWithWhatArrivedLive();
    void olderHistoryIsPagedUntilTheServerHasNoMore();
    void newMessagesMarkerGoesBeforeTheFirstUnseen();
    void historyErrorsAreShownInTheirConversation_data();
    void historyErrorsAreShownInTheirConversation();
    void serverWithoutHistoryIsNotAskedAgain();
    void historyIsFetchedAgainAfterAReconnect();
    void groupJoinedAgainWhileReadGetsItsHistory();

private:
    ScriptedServer *m_server = nullptr;
};

void tst_ChatSession::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_ChatSession::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_ChatSession::sessionRoutesMessagesToTheirConversations()
{
    // Given anna's session,
    ChatClient client;
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QAbstractItemModelTester tester(conversations);
    QSignalSpy arrived(&session, &ChatSession::messageArrived);
    QVERIFY(registerSession(*m_server, client, u"anna"_s));

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

void tst_ChatSession::sessionKeepsUsersAndGroupMembers()
{
    ChatClient client;
    ChatSession session(&client);
    QAbstractItemModelTester usersTester(session.users());
    QVERIFY(greet(*m_server, client, u"anna"_s));
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "LIST", "HISTORY *" }));
    m_server->write("USER anna HERE\nUSER bob HERE\nOK LIST 2\nOK HISTORY * 0\n"
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

void tst_ChatSession::sessionKeepsPublicGroupsAndTheirOwners()
{
    ChatClient client;
    ChatSession session(&client);
    QAbstractItemModelTester directoryTester(session.directory());
    QVERIFY(greet(*m_server, client, u"anna"_s));
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "LIST", "HISTORY *" }));
    m_server->write("USER anna HERE\nUSER bob HERE\nOK LIST 2\nOK HISTORY * 0\n");

    // The directory, page by page.
    client.requestDirectory();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "DIRECTORY" });
    m_server->write("PUBLIC lobby bob 2\nOK DIRECTORY 1 MORE\n");
    QTRY_COMPARE(session.directory()->rowCount(), 1);
    QVERIFY(session.directory()->hasMore());
    client.requestDirectory(u"lobby"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "DIRECTORY AFTER lobby" });
    m_server->write("PUBLIC lounge dora 1\nOK DIRECTORY 1\n");
    QTRY_COMPARE(session.directory()->rowCount(), 2);
    QVERIFY(!session.directory()->hasMore());
    QCOMPARE(session.directory()->index(1).data(DirectoryModel::OwnerRole), QVariant(u"dora"_s));

    // anna joins bob's public group: she learns its members and its owner.
    client.joinGroup(u"lobby"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "JOIN lobby" });
    m_server->write("ENTERED lobby anna\nABOUT lobby bob PUBLIC\nOK JOIN lobby\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MEMBERS lobby" });
    m_server->write("MEMBER lobby anna\nMEMBER lobby bob\nOK MEMBERS lobby 2\n");
    const Conversation lobby = Conversation::group(u"lobby"_s);
    ConversationListModel *conversations = session.conversations();
    QTRY_COMPARE(conversations->members(lobby)->names(), (QStringList{ u"anna"_s, u"bob"_s }));
    QCOMPARE(conversations->owner(lobby), u"bob"_s);
    QVERIFY(conversations->isPublic(lobby));
    QVERIFY(conversations->isActive(lobby));

    // Others come, are removed, and the group changes hands and visibility.
    m_server->write("ENTERED lobby carol\nKICKED lobby carol bob spam\nPARTED lobby bob\n"
                    "ABOUT lobby anna PUBLIC\nABOUT lobby anna PRIVATE\n");
    QTRY_VERIFY(!conversations->isPublic(lobby));
    QCOMPARE(conversations->owner(lobby), u"anna"_s);
    QCOMPARE(conversations->members(lobby)->names(), QStringList{ u"anna"_s });
    QStringList lines = texts(conversations->messages(lobby));
    QVERIFY2(lines.contains(u"You joined the group lobby."_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(u"carol joined the group."_s));
    QVERIFY(lines.contains(u"bob removed carol from the group: spam"_s));
    QVERIFY(lines.contains(u"You own the group now."_s));
    QVERIFY(lines.contains(u"The group is private now: only those invited may join it."_s));

    // Removed herself, or by another, she keeps the conversation, read-only.
    m_server->write("KICKED lobby anna dora be gone\n");
    QTRY_VERIFY(!conversations->isActive(lobby));
    lines = texts(conversations->messages(lobby));
    QVERIFY(lines.contains(u"dora removed you from the group: be gone"_s));
    QCOMPARE(conversations->members(lobby)->rowCount(), 0);
}

void tst_ChatSession::sessionSendsEachLineAsAMessage()
{
    ChatClient client;
    ChatSession session(&client);
    QVERIFY(registerSession(*m_server, client, u"anna"_s));

    QCOMPARE(session.sendText(Conversation::everyone(), u"one\n\ntwo\r\n  \nthree\u2029four"_s), 4);

    QCOMPARE(m_server->takeLines(4),
             (QByteArrayList{ "MSGALL one", "MSGALL two", "MSGALL three", "MSGALL four" }));
    QCOMPARE(session.conversations()->messages(Conversation::everyone())->rowCount(), 5);
}

void tst_ChatSession::sessionMarksGroupsInactiveWhenTheConnectionIsLost()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(10s, 10s));
    ChatSession session(&client);
    QVERIFY(registerSession(*m_server, client, u"anna"_s));
    m_server->write("MADE team anna bob\n");
    const Conversation team = Conversation::group(u"team"_s);
    QTRY_VERIFY(session.conversations()->isActive(team));

    m_server->dropClient();

    QTRY_VERIFY(!session.conversations()->isActive(team));
    QCOMPARE(session.conversations()->members(team)->rowCount(), 0);
    QCOMPARE(session.users()->rowCount(), 0);
}

void tst_ChatSession::awayIsToldAndToldAgainAfterAReconnect()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    ChatSession session(&client);
    QSignalSpy away(&client, &ChatClient::awayChanged);
    QVERIFY(registerSession(*m_server, client, u"anna"_s, {}, "USER anna HERE\nUSER bob HERE\n"));
    QTRY_COMPARE(session.users()->rowCount(), 2);

    client.setAway(u"  at lunch "_s);
    client.setAway(u"at lunch"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "AWAY at lunch" });
    QCOMPARE(away.count(), 1);
    QVERIFY(client.isAway());
    // Her own line in the list is greyed too, with the text: the server tells only the others.
    QCOMPARE(session.users()->index(0).data(UserListModel::AwayRole).toBool(), true);
    QCOMPARE(session.users()->index(0).data(Qt::ToolTipRole).toString(), u"at lunch"_s);

    // A new connection is told again, after the list of users (which says she is here).
    m_server->dropClient();
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "LIST", "AWAY at lunch", "HISTORY *" }));
    m_server->write("USER anna HERE\nOK LIST 1\nOK AWAY\nOK HISTORY * 0\n");
    QTRY_COMPARE(session.users()->rowCount(), 1);
    QCOMPARE(session.users()->index(0).data(UserListModel::AwayRole).toBool(), true);

    client.setBack();
    client.setBack();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "BACK" });
    QCOMPARE(session.users()->index(0).data(UserListModel::AwayRole).toBool(), false);
    QCOMPARE(away.count(), 2);
}

void tst_ChatSession::heldMessageIsDeliveredWhenThePeerJoins()
{
    ChatClient client;
    ChatSession session(&client);
    QVERIFY(registerSession(*m_server, client, u"anna"_s));
    const Conversation dora = Conversation::direct(u"dora"_s);
    session.openConversation(dora);
    session.sendText(dora, u"see you tomorrow"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGIND dora see you tomorrow" });
    m_server->write("OK MSGIND 45 " + Time + " HELD\n");
    MessageModel *messages = session.conversations()->messages(dora);
    QTRY_COMPARE(messages->index(0).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Held));

    m_server->write("JOINED dora\n");

    QTRY_COMPARE(messages->index(0).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Sent));
}

void tst_ChatSession::historyIsMergedWithWhatArrivedLive()
{
    // Given anna's session, to which a message arrives as soon as she is registered,
    ChatClient client;
    ChatSession session(&client);
    QAbstractItemModelTester tester(session.conversations());
    QVERIFY(greet(*m_server, client, u"anna"_s));
    m_server->write("OK NAME anna\nMSG * bob 7 " + Time + " seven\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "LIST", "HISTORY *" }));

    // when the history holds it too, with older ones,
    m_server->write("OK LIST 0\n" + hist("*", "anna", 5, "five") + '\n' + hist("*", "bob", 6, "six")
                    + '\n' + hist("*", "bob", 7, "seven") + "\nOK HISTORY * 3\n");

    // then each message is there once, oldest first, her own marked as hers.
    MessageModel *everyone = session.conversations()->messages(Conversation::everyone());
    QAbstractItemModelTester messagesTester(everyone);
    QTRY_COMPARE(everyone->rowCount(), 4);
    QCOMPARE(ids(everyone), (QList<quint64>{ 5, 6, 0, 7 })); // 0: "Connected to …"
    QCOMPARE(everyone->index(0).data(MessageModel::OwnRole).toBool(), true);
    QCOMPARE(everyone->index(1).data(MessageModel::OwnRole).toBool(), false);
    QVERIFY(!session.isLoadingHistory(Conversation::everyone()));
    QVERIFY(!session.hasOlderHistory(Conversation::everyone()));
}

void tst_ChatSession::olderHistoryIsPagedUntilTheServerHasNoMore()
{
    // Given a session whose first page of history is full,
    ChatClient client;
    ChatSession session(&client);
    QSignalSpy loaded(&session, &ChatSession::historyLoaded);
    QVERIFY(registerSession(*m_server, client, u"anna"_s, { { u"*"_s, histRange(101, 150) } }));
    QTRY_COMPARE(loaded.count(), 1);
    const Conversation everyone = Conversation::everyone();
    QVERIFY(session.hasOlderHistory(everyone));

    // asking for older messages asks once for those before the oldest, however often asked;
    session.loadOlder(everyone);
    session.loadOlder(everyone);
    QVERIFY(session.isLoadingHistory(everyone));
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY * BEFORE 101" });

    // fewer than asked for means there are no more,
    m_server->write(histRange(91, 100).join('\n') + "\nOK HISTORY * 10\n");
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(loaded.at(1).at(1).toInt(), 10);
    QVERIFY(!session.hasOlderHistory(everyone));
    MessageModel *messages = session.conversations()->messages(everyone);
    QCOMPARE(messages->oldestId(), 91u);
    QCOMPARE(messages->newestId(), 150u);

    // and nothing more is asked: the next line the server reads is a message.
    session.loadOlder(everyone);
    client.sendMessage(everyone, u"done"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL done" });
}

void tst_ChatSession::newMessagesMarkerGoesBeforeTheFirstUnseen()
{
    // Given anna, who had read Everyone up to 6 and bob's messages up to 3, and reads bob's,
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"client.ini"_s), QSettings::IniFormat);
    const Conversation everyone = Conversation::everyone();
    const Conversation bob = Conversation::direct(u"bob"_s);
    {
        ReadMarkers markers(&settings);
        markers.setAccount(u"127.0.0.1"_s, m_server->port(), u"anna"_s);
        markers.setLastSeen(everyone, 6);
        markers.setLastSeen(bob, 3);
    }
    ChatClient client;
    ChatSession session(&client);
    session.setSettings(&settings);
    session.openConversation(bob);
    session.setCurrentConversation(bob);

    // when she connects and the history comes,
    QVERIFY(registerSession(*m_server, client, u"Anna"_s,
                            { { u"*"_s, histRange(5, 9) },
                              { u"@bob"_s,
                                { hist("@anna", "bob", 3, "three"), hist("@bob", "anna", 4, "mine"),
                                  hist("@anna", "bob", 8, "eight") } } }));
    MessageModel *toAll = session.conversations()->messages(everyone);
    MessageModel *withBob = session.conversations()->messages(bob);
    QTRY_COMPARE(withBob->rowCount(), 3);
    QTRY_COMPARE(toAll->newestId(), 9u);

    // then the marker stands before the first message she has not seen, and her own does not
    // count; what she has not seen elsewhere is unread, and what she reads now is read.
    QCOMPARE(toAll->unreadMarker(), 7u);
    QCOMPARE(toAll->index(toAll->rowOfId(7)).data(MessageModel::FirstUnreadRole).toBool(), true);
    QCOMPARE(toAll->index(toAll->rowOfId(8)).data(MessageModel::FirstUnreadRole).toBool(), false);
    QCOMPARE(withBob->unreadMarker(), 8u);
    ConversationListModel *conversations = session.conversations();
    QCOMPARE(conversations->indexOf(everyone).data(ConversationListModel::UnreadRole).toInt(), 3);
    QCOMPARE(conversations->indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 0);
    QCOMPARE(ReadMarkers(&settings).lastSeen(bob), 0u); // another account: none
    ReadMarkers stored(&settings);
    stored.setAccount(u"127.0.0.1"_s, m_server->port(), u"anna"_s);
    QCOMPARE(stored.lastSeen(bob), 8u);

    // Leaving bob's conversation takes its marker away; a message that arrives there while she
    // reads Everyone sets it again.
    session.setCurrentConversation(everyone);
    QCOMPARE(withBob->unreadMarker(), 0u);
    QCOMPARE(conversations->indexOf(everyone).data(ConversationListModel::UnreadRole).toInt(), 0);
    m_server->write("MSG @Anna bob 10 " + Time + " ten\n");
    QTRY_COMPARE(withBob->unreadMarker(), 10u);
}

void tst_ChatSession::historyErrorsAreShownInTheirConversation_data()
{
    QTest::addColumn<Conversation>("conversation");
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("a group gone meanwhile")
            << Conversation::group(u"team"_s) << "ERROR NO_SUCH_GROUP there is no group team\n"_ba
            << ErrorCode::NoSuchGroup;
    QTest::newRow("a group the user may not read")
            << Conversation::group(u"team"_s) << "ERROR NOT_A_MEMBER you are not in team\n"_ba
            << ErrorCode::NotAMember;
    QTest::newRow("a limit out of range")
            << Conversation::direct(u"bob"_s)
            << "ERROR OUT_OF_RANGE LIMIT must be from 1 to 200\n"_ba << ErrorCode::OutOfRange;
}

void tst_ChatSession::historyErrorsAreShownInTheirConversation()
{
    QFETCH(Conversation, conversation);
    QFETCH(QByteArray, error);
    QFETCH(ErrorCode, code);

    ChatClient client;
    ChatSession session(&client);
    QVERIFY(registerSession(*m_server, client, u"anna"_s));
    if (conversation.kind == Conversation::Kind::Group)
        m_server->write("MADE team bob anna\n");
    QTRY_VERIFY(conversation.kind != Conversation::Kind::Group
                || session.conversations()->contains(conversation));
    session.openConversation(conversation);

    // Opening the conversation asks for its history; the server refuses.
    session.setCurrentConversation(conversation);
    QCOMPARE(m_server->takeLines(1),
             QByteArrayList{ "HISTORY " + conversation.toString().toUtf8() });
    m_server->write(error);

    // The conversation says why, and does not ask again.
    MessageModel *messages = session.conversations()->messages(conversation);
    const auto lastKind = [messages] {
        return messages->index(messages->rowCount() - 1).data(MessageModel::KindRole).toInt();
    };
    QTRY_COMPARE(lastKind(), int(MessageEntry::Kind::Error));
    const QModelIndex last = messages->index(messages->rowCount() - 1);
    QVERIFY2(last.data(MessageModel::TextRole)
                     .toString()
                     .contains(ErrorMessages::describe({ code, {} })),
             qPrintable(last.data(MessageModel::TextRole).toString()));
    QVERIFY(!session.hasOlderHistory(conversation));
    session.loadOlder(conversation);
    session.setCurrentConversation(Conversation::everyone());
    session.setCurrentConversation(conversation);
    client.sendMessage(Conversation::everyone(), u"next"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL next" });
}

void tst_ChatSession::serverWithoutHistoryIsNotAskedAgain()
{
    ChatClient client;
    ChatSession session(&client);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"keeps no history"_s));
    QVERIFY(greet(*m_server, client, u"anna"_s));
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "LIST", "HISTORY *" }));
    m_server->write("OK LIST 0\nERROR UNKNOWN_COMMAND HISTORY is not available on this server\n");
    QTRY_VERIFY(!session.isLoadingHistory(Conversation::everyone()));

    // No error line: Everyone holds only the connection's line; other conversations ask nothing.
    QCOMPARE(session.conversations()->messages(Conversation::everyone())->rowCount(), 1);
    session.openConversation(Conversation::direct(u"bob"_s));
    session.setCurrentConversation(Conversation::direct(u"bob"_s));
    client.sendMessage(Conversation::direct(u"bob"_s), u"hi"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGIND bob hi" });
}

void tst_ChatSession::historyIsFetchedAgainAfterAReconnect()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    ChatSession session(&client);
    QVERIFY(registerSession(*m_server, client, u"anna"_s, { { u"*"_s, histRange(1, 3) } }));
    MessageModel *everyone = session.conversations()->messages(Conversation::everyone());
    QTRY_COMPARE(everyone->newestId(), 3u);

    // What was said while the connection was away arrives with the history of the new one.
    m_server->dropClient();
    QVERIFY(registerSession(*m_server, client, u"anna"_s, { { u"*"_s, histRange(2, 6) } }));
    QTRY_COMPARE(everyone->newestId(), 6u);
    QList<quint64> numbered = ids(everyone);
    numbered.removeAll(0);
    QCOMPARE(numbered, (QList<quint64>{ 1, 2, 3, 4, 5, 6 }));
}

void tst_ChatSession::groupJoinedAgainWhileReadGetsItsHistory()
{
    // Given anna reading her group when the connection is lost (the server drops her from it),
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    ChatSession session(&client);
    QVERIFY(registerSession(*m_server, client, u"anna"_s));
    const Conversation team = Conversation::group(u"team"_s);
    m_server->write("MADE team bob anna\n");
    QTRY_VERIFY(session.conversations()->isActive(team));
    session.setCurrentConversation(team);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY #team" });
    m_server->write("OK HISTORY #team 0\n");
    m_server->dropClient();
    QVERIFY(registerSession(*m_server, client, u"anna"_s));
    QVERIFY(!session.conversations()->isActive(team));

    // when bob adds her again, she learns the members and what was said meanwhile.
    m_server->write("INVITED team anna bob\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "HISTORY #team", "MEMBERS team" }));
}

QTEST_GUILESS_MAIN(tst_ChatSession)
#include "tst_chatsession.moc"
