// SPDX-License-Identifier: GPL-3.0-or-later
// ChatSession signed in to an account, against a scripted server: the sidebar restored from the
// account's conversations, read positions going to the server and coming from another device,
// the account's own messages from another device, and groups across a reconnect.
#include <clientscript.h>

#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <messagemodel.h>
#include <readpositions.h>
#include <reconnectbackoff.h>
#include <userlistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const Conversation Bob = Conversation::direct(u"bob"_s);
const Conversation Team = Conversation::group(u"team"_s);

int unread(const ConversationListModel *model, const Conversation &conversation)
{
    return model->indexOf(conversation).data(ConversationListModel::UnreadRole).toInt();
}

} // namespace

class tst_AccountSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sidebarIsRestoredFromTheAccountsConversations();
    void readingGoesToTheServerOnceInAWhile();
    void readOnAnotherDeviceClearsTheUnreadCount();
    void ownMessageFromAnotherDeviceIsShownOnceAsOwn();
    void groupsStayAcrossAReconnect();
    void clearForgetsTheAccountsConversations();

private:
    // Signs anna in to her account with a session: answers LIST with no one, CONVERSATIONS
    // with `conversations` (CONVERSATION lines), GROUPS with `groups` (GROUP lines), and the
    // HISTORY of Everyone with nothing.
    bool signIn(ChatClient &client, const QByteArrayList &conversations = {},
                const QByteArrayList &groups = {});
    // The same for the connection the client opens by itself.
    bool answerSignIn(ChatClient &client, const QByteArrayList &conversations,
                      const QByteArrayList &groups);

    ScriptedServer *m_server = nullptr;
};

void tst_AccountSession::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_AccountSession::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

bool tst_AccountSession::signIn(ChatClient &client, const QByteArrayList &conversations,
                                const QByteArrayList &groups)
{
    ConnectSettings settings = settingsFor(m_server->port(), u"anna"_s);
    settings.registration = ConnectSettings::Registration::SignIn;
    settings.accountPassword = u"correct-horse"_s;
    client.connectToServer(settings);
    return answerSignIn(client, conversations, groups);
}

bool tst_AccountSession::answerSignIn(ChatClient &client, const QByteArrayList &conversations,
                                      const QByteArrayList &groups)
{
    if (!m_server->waitForClient())
        return false;
    m_server->write(Hello);
    if (m_server->takeLines(1) != QByteArrayList{ "SIGNIN anna correct-horse" })
        return false;
    m_server->write("OK SIGNIN anna\n");
    // The lists come before the history, so that the history finds the read positions.
    const QByteArrayList asked = m_server->takeLines(4);
    if (asked != QByteArrayList{ "LIST", "CONVERSATIONS", "GROUPS", "HISTORY *" }) {
        qWarning() << asked;
        return false;
    }
    const auto lines = [](const QByteArrayList &list) {
        return list.isEmpty() ? QByteArray() : list.join('\n') + '\n';
    };
    m_server->write("OK LIST 0\n" + lines(conversations) + "OK CONVERSATIONS "
                    + QByteArray::number(conversations.size()) + '\n' + lines(groups) + "OK GROUPS "
                    + QByteArray::number(groups.size()) + "\nOK HISTORY * 0\n");
    return QTest::qWaitFor([&] { return client.isOnline(); });
}

void tst_AccountSession::sidebarIsRestoredFromTheAccountsConversations()
{
    // Given anna, whose account talked with bob and is in the group team,
    ChatClient client;
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QAbstractItemModelTester tester(conversations);

    // when she signs in, the server's list restores her sidebar, with what is unread,
    QVERIFY(signIn(client,
                   { "CONVERSATION #team 52 50 2", "CONVERSATION @carol 30 30 0",
                     "CONVERSATION @bob 48 45 3", "CONVERSATION * 20 20 0" },
                   { "GROUP team carol 3" }));
    QTRY_COMPARE(names(conversations),
                 (QStringList{ u"Everyone"_s, u"bob"_s, u"carol"_s, u"team"_s }));
    QCOMPARE(unread(conversations, Bob), 3);
    QCOMPARE(unread(conversations, Team), 2);
    QCOMPARE(conversations->totalUnread(), 5);
    QVERIFY(conversations->isActive(Team));
    // and who is in the group is asked for;
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MEMBERS team" });
    m_server->write("MEMBER team anna\nMEMBER team carol\nOK MEMBERS team 2\n");

    // opening bob's conversation loads its history, with the marker at her read position.
    session.setCurrentConversation(Bob);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY @bob" });
    m_server->write(hist("@anna", "bob", 44, "older") + '\n' + hist("@anna", "bob", 46, "new")
                    + '\n' + hist("@bob", "anna", 47, "mine") + '\n'
                    + hist("@anna", "bob", 48, "newer") + "\nOK HISTORY @bob 4\n");
    MessageModel *messages = conversations->messages(Bob);
    QTRY_COMPARE(ids(messages), (QList<quint64>{ 44, 46, 47, 48 }));
    QCOMPARE(messages->unreadMarker(), 46u);
    QCOMPARE(unread(conversations, Bob), 0);
}

void tst_AccountSession::readingGoesToTheServerOnceInAWhile()
{
    // Given anna, reading Everyone,
    ChatClient client;
    ChatSession session(&client);
    session.readPositions()->setDelay(50ms);
    QVERIFY(signIn(client, { "CONVERSATION * 20 20 0" }));
    session.setCurrentConversation(Conversation::everyone());

    // when three messages arrive while she reads, the server hears one READ, of the newest;
    for (quint64 id = 21; id <= 23; ++id)
        m_server->write("MSG * bob " + QByteArray::number(id) + ' ' + Time + " hi\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "READ * 23" });
    m_server->write("OK READ * 23\n");

    // and what the server knows already is not told again.
    session.markRead(Conversation::everyone());
    client.requestUsers();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });
}

void tst_AccountSession::readOnAnotherDeviceClearsTheUnreadCount()
{
    ChatClient client;
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QVERIFY(signIn(client));

    // Given two unread messages from bob,
    m_server->write("MSG @anna bob 31 " + Time + " one\nMSG @anna bob 32 " + Time + " two\n");
    QTRY_COMPARE(unread(conversations, Bob), 2);
    QCOMPARE(conversations->messages(Bob)->unreadMarker(), 31u);

    // when her laptop reads the first, one is left; when it reads both, none, and no marker.
    m_server->write("READ @bob 31\n");
    QTRY_COMPARE(unread(conversations, Bob), 1);
    m_server->write("READ @bob 32\n");
    QTRY_COMPARE(unread(conversations, Bob), 0);
    QCOMPARE(conversations->messages(Bob)->unreadMarker(), 0u);
    QCOMPARE(session.readPositions()->position(Bob), 32u);
}

void tst_AccountSession::ownMessageFromAnotherDeviceIsShownOnceAsOwn()
{
    ChatClient client;
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QSignalSpy arrived(&session, &ChatSession::messageArrived);
    QVERIFY(signIn(client));
    m_server->write("MSG @anna bob 40 " + Time + " are you there?\n");
    QTRY_COMPARE(unread(conversations, Bob), 1);

    // When anna answers bob from her laptop, the server tells this device too, perhaps twice
    // (live, then in the history): it is shown once, as hers, and bob's message counts as read.
    m_server->write("MSG @bob anna 41 " + Time + " yes, on the laptop\n");
    m_server->write("MSG @bob anna 41 " + Time + " yes, on the laptop\n");
    MessageModel *messages = conversations->messages(Bob);
    QTRY_COMPARE(ids(messages), (QList<quint64>{ 40, 41 }));
    QVERIFY(messages->index(1).data(MessageModel::OwnRole).toBool());
    QCOMPARE(unread(conversations, Bob), 0);
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(session.readPositions()->position(Bob), 41u);
}

void tst_AccountSession::groupsStayAcrossAReconnect()
{
    // Given anna in the group team,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(10ms, 20ms));
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QVERIFY(signIn(client, {}, { "GROUP team carol 2" }));
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MEMBERS team" });
    m_server->write("MEMBER team anna\nMEMBER team carol\nOK MEMBERS team 2\n");
    QTRY_COMPARE(names(conversations->members(Team)), (QStringList{ u"anna"_s, u"carol"_s }));

    // when the connection is lost, her account is still in it, as the server keeps it;
    m_server->dropClient();
    QTRY_VERIFY(!client.isOnline());
    QVERIFY(conversations->isActive(Team));
    for (const QString &line : texts(conversations->messages(Team)))
        QVERIFY2(!line.contains(u"no longer"_s), qPrintable(line));

    // after the reconnect the server's GROUPS says so again; a group it no longer lists (left
    // on another device) is one she is out of.
    QVERIFY(answerSignIn(client, {}, {}));
    QTRY_VERIFY(!conversations->isActive(Team));
    QVERIFY(texts(conversations->messages(Team)).last().contains(u"no longer in this group"_s));
}

void tst_AccountSession::clearForgetsTheAccountsConversations()
{
    ChatClient client;
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QAbstractItemModelTester tester(conversations);
    QVERIFY(signIn(client, { "CONVERSATION @bob 48 45 3" }));
    QTRY_COMPARE(conversations->rowCount(), 2);
    m_server->write("MSG * bob 50 " + Time + " hello\n");
    QTRY_COMPARE(conversations->messages(Conversation::everyone())->rowCount(), 2);

    // Signed out, only an empty Everyone is left for whoever signs in next.
    client.disconnectFromServer();
    session.clear();
    QCOMPARE(names(conversations), QStringList{ u"Everyone"_s });
    QCOMPARE(conversations->messages(Conversation::everyone())->rowCount(), 0);
    QCOMPARE(conversations->totalUnread(), 0);
    QCOMPARE(session.readPositions()->position(Bob), 0u);
}

QTEST_GUILESS_MAIN(tst_AccountSession)
#include "tst_accountsession.moc"
