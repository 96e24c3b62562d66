// SPDX-License-Identifier: GPL-3.0-or-later
// The client signed in to an account, against a scripted server: SIGNIN and SIGNUP instead of
// NAME, on every reconnect; what the server offers; the refusals that end the connection and
// the one that does not; the account's conversations, read positions and commands.
#include <clientscript.h>

#include <chatclient.h>
#include <reconnectbackoff.h>

#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Registration = ConnectSettings::Registration;
using State = ClientConnection::State;

namespace {

const QString Password = u"correct-horse"_s;

ConnectSettings accountFor(quint16 port, const QString &name,
                           Registration registration = Registration::SignIn)
{
    ConnectSettings settings = settingsFor(port, name);
    settings.registration = registration;
    settings.accountPassword = Password;
    return settings;
}

// A quick backoff, so that reconnects come at once.
ReconnectBackoff quickBackoff()
{
    return ReconnectBackoff(10ms, 20ms);
}

} // namespace

class tst_ClientAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInGoesInsteadOfNameAndAgainOnEveryReconnect();
    void newAccountIsSignedInToAfterAReconnect();
    void refusedSignInIsGivenUp_data();
    void refusedSignInIsGivenUp();
    void busyServerOnAReconnectIsTriedAgain();
    void supportsLineSaysWhatTheServerOffers();
    void conversationsAreListedAndReadPositionsTravel();
    void changedPasswordIsTheOneForTheNextSignIn();
    void deletedAccountEndsTheConnectionForGood();
    void accountCommandsAreCheckedBeforeTheyGo();

private:
    // Connects the client with these settings, greets it and answers its sign-in; then takes
    // the lines it writes once signed in (LIST, CONVERSATIONS, GROUPS) and answers LIST, and
    // the others with empty lists unless the test will.
    bool signIn(ChatClient &client, const ConnectSettings &settings, bool answerLists = true);

    ScriptedServer *m_server = nullptr;
};

void tst_ClientAccounts::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_ClientAccounts::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

bool tst_ClientAccounts::signIn(ChatClient &client, const ConnectSettings &settings,
                                bool answerLists)
{
    client.connectToServer(settings);
    if (!m_server->waitForClient())
        return false;
    m_server->write(Hello + "SUPPORTS ACCOUNTS=optional\n");
    const QByteArray expected =
            (settings.registration == Registration::SignUp ? "SIGNUP " : "SIGNIN ")
            + settings.name.toUtf8() + ' ' + Password.toUtf8();
    if (m_server->takeLines(1) != QByteArrayList{ expected })
        return false;
    m_server->write((settings.registration == Registration::SignUp ? "OK SIGNUP " : "OK SIGNIN ")
                    + settings.name.toUtf8() + '\n');
    if (m_server->takeLines(3) != QByteArrayList{ "LIST", "CONVERSATIONS", "GROUPS" })
        return false;
    m_server->write("OK LIST 0\n");
    if (answerLists)
        m_server->write("OK CONVERSATIONS 0\nOK GROUPS 0\n");
    return QTest::qWaitFor([&] { return client.isOnline(); });
}

void tst_ClientAccounts::signInGoesInsteadOfNameAndAgainOnEveryReconnect()
{
    // Given anna, signed in to her account,
    ChatClient client;
    client.setBackoff(quickBackoff());
    QVERIFY(signIn(client, accountFor(m_server->port(), u"anna"_s)));
    QVERIFY(client.isAccount());

    // when the connection is lost,
    m_server->dropClient();

    // she signs in again with her password, never with NAME, and asks for her conversations.
    QVERIFY(m_server->waitForClient());
    m_server->write(Hello);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "SIGNIN anna " + Password.toUtf8() });
    m_server->write("OK SIGNIN anna\n");
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "LIST", "CONVERSATIONS", "GROUPS" }));
    QTRY_VERIFY(client.isOnline());
}

void tst_ClientAccounts::newAccountIsSignedInToAfterAReconnect()
{
    // Given anna, who made her account when she connected,
    ChatClient client;
    client.setBackoff(quickBackoff());
    QVERIFY(signIn(client, accountFor(m_server->port(), u"anna"_s, Registration::SignUp)));
    QCOMPARE(client.settings().registration, Registration::SignIn);

    // a reconnect signs in to it rather than making it again.
    m_server->dropClient();
    QVERIFY(m_server->waitForClient());
    m_server->write(Hello);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "SIGNIN anna " + Password.toUtf8() });
}

void tst_ClientAccounts::refusedSignInIsGivenUp_data()
{
    QTest::addColumn<QByteArray>("refusal");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("wrong password")
            << "ERROR WRONG_PASSWORD wrong password"_ba << ErrorCode::WrongPassword;
    QTest::newRow("locked")
            << "ERROR LOCKED too many wrong passwords; sign-in is locked for 900 s"_ba
            << ErrorCode::Locked;
    QTest::newRow("throttled") << "ERROR THROTTLED too many wrong passwords; try again in 2 s"_ba
                               << ErrorCode::Throttled;
    QTest::newRow("too many sessions")
            << "ERROR TOO_MANY_SESSIONS the account is signed in on 10 connections"_ba
            << ErrorCode::TooManySessions;
    QTest::newRow("no such account")
            << "ERROR NO_SUCH_ACCOUNT there is no account anna"_ba << ErrorCode::NoSuchAccount;
    QTest::newRow("busy on the first try")
            << "ERROR BUSY try again in a moment"_ba << ErrorCode::Busy;
}

void tst_ClientAccounts::refusedSignInIsGivenUp()
{
    QFETCH(QByteArray, refusal);
    QFETCH(ErrorCode, code);

    // Given anna signing in,
    ChatClient client;
    client.setBackoff(quickBackoff());
    QSignalSpy refused(&client, &ChatClient::registrationRefused);
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);
    client.connectToServer(accountFor(m_server->port(), u"anna"_s));
    QVERIFY(m_server->waitForClient());
    m_server->write(Hello);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "SIGNIN anna " + Password.toUtf8() });

    // when the server refuses, she says goodbye and does not try again by herself: the user
    // decides, with the reason.
    m_server->write(refusal + '\n');
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, code);
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "CLOSE" });
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(reconnects.count(), 0);
}

void tst_ClientAccounts::busyServerOnAReconnectIsTriedAgain()
{
    // Given anna, signed in once, who waits a moment before she tries again,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(300ms, 300ms));
    QSignalSpy refused(&client, &ChatClient::registrationRefused);
    QVERIFY(signIn(client, accountFor(m_server->port(), u"anna"_s)));

    // when the server is too busy to check her password after a lost connection,
    m_server->dropClient();
    QVERIFY(m_server->waitForClient());
    m_server->write(Hello);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "SIGNIN anna " + Password.toUtf8() });
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);
    m_server->write("ERROR BUSY the server is busy; try again in a moment\n");

    // she tries again soon by herself (on a connection of its own: the old one is let go).
    QTRY_COMPARE(reconnects.count(), 1);
    QVERIFY(client.disconnectReason().contains(u"busy"_s));
    m_server->dropClient();
    QVERIFY(m_server->waitForClient());
    m_server->write(Hello);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "SIGNIN anna " + Password.toUtf8() });
    QCOMPARE(refused.count(), 0);
}

void tst_ClientAccounts::supportsLineSaysWhatTheServerOffers()
{
    ChatClient client;
    QSignalSpy offers(&client, &ChatClient::accountsChanged);
    QCOMPARE(client.accounts(), ChatClient::Accounts::Unknown);
    client.connectToServer(settingsFor(m_server->port(), u"anna"_s));
    QVERIFY(m_server->waitForClient());
    // Tokens the client does not know are passed over.
    m_server->write(Hello + "SUPPORTS COLOUR=yes ACCOUNTS=required\n");
    QTRY_COMPARE(offers.count(), 1);
    QCOMPARE(client.accounts(), ChatClient::Accounts::Required);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("ERROR ACCOUNTS_REQUIRED this server has no guests\n");
    QTRY_COMPARE(client.state(), State::Disconnected);
    // What it said holds until another server speaks.
    QCOMPARE(client.accounts(), ChatClient::Accounts::Required);
}

void tst_ClientAccounts::conversationsAreListedAndReadPositionsTravel()
{
    // Given anna, signed in,
    ChatClient client;
    QSignalSpy listed(&client, &ChatClient::conversationsListed);
    QSignalSpy readElsewhere(&client, &ChatClient::readElsewhere);
    QVERIFY(signIn(client, accountFor(m_server->port(), u"anna"_s), false));

    // the server's list of her conversations comes as one, newest first, unread capped;
    m_server->write("CONVERSATION #team 52 50 2\nCONVERSATION @bob 48 48 0\n"
                    "CONVERSATION * 47 40 5000\nOK CONVERSATIONS 3\nOK GROUPS 0\n");
    QTRY_COMPARE(listed.count(), 1);
    const auto summaries = listed.at(0).at(0).value<QList<ConversationSummary>>();
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0), (ConversationSummary{ Conversation::group(u"team"_s), 52, 50, 2 }));
    QCOMPARE(summaries.at(1), (ConversationSummary{ Conversation::direct(u"bob"_s), 48, 48, 0 }));
    QCOMPARE(summaries.at(2).unread, Protocol::MaxUnreadCount);

    // what she reads goes to the server, and what another device read comes from it.
    client.markRead(Conversation::group(u"team"_s), 52);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "READ #team 52" });
    m_server->write("OK READ #team 52\nREAD @bob 49\n");
    QTRY_COMPARE(readElsewhere.count(), 1);
    QCOMPARE(readElsewhere.at(0).at(0).value<Conversation>(), Conversation::direct(u"bob"_s));
    QCOMPARE(readElsewhere.at(0).at(1).toULongLong(), 49u);
}

void tst_ClientAccounts::changedPasswordIsTheOneForTheNextSignIn()
{
    ChatClient client;
    client.setBackoff(quickBackoff());
    QSignalSpy changed(&client, &ChatClient::passwordChanged);
    QVERIFY(signIn(client, accountFor(m_server->port(), u"anna"_s)));

    // A wrong old password is refused, and the next sign-in keeps the old one;
    QSignalSpy failed(&client, &ChatClient::commandFailed);
    client.changePassword(u"guessed-wrong"_s, u"new-horse-battery"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "PASSWORD guessed-wrong new-horse-battery" });
    m_server->write("ERROR WRONG_PASSWORD wrong password\n");
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::WrongPassword);
    QCOMPARE(client.settings().accountPassword, Password);

    // the right one changes it, and the reconnect gives the new one.
    client.changePassword(Password, u"new-horse-battery"_s);
    QCOMPARE(m_server->takeLines(1),
             QByteArrayList{ "PASSWORD " + Password.toUtf8() + " new-horse-battery" });
    m_server->write("OK PASSWORD\n");
    QTRY_COMPARE(changed.count(), 1);
    m_server->dropClient();
    QVERIFY(m_server->waitForClient());
    m_server->write(Hello);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "SIGNIN anna new-horse-battery" });
}

void tst_ClientAccounts::deletedAccountEndsTheConnectionForGood()
{
    ChatClient client;
    client.setBackoff(quickBackoff());
    QSignalSpy deleted(&client, &ChatClient::accountDeleted);
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);
    QVERIFY(signIn(client, accountFor(m_server->port(), u"anna"_s)));

    client.deleteAccount(Password);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "DELETEACCOUNT " + Password.toUtf8() });
    m_server->write("OK DELETEACCOUNT\nBYE ACCOUNT_DELETED the account is deleted\n");
    QTRY_COMPARE(deleted.count(), 1);
    m_server->dropClient();
    QTRY_COMPARE(client.state(), State::Disconnected);
    QCOMPARE(reconnects.count(), 0);
    QVERIFY(!client.disconnectReason().isEmpty());
}

void tst_ClientAccounts::accountCommandsAreCheckedBeforeTheyGo()
{
    // A guest has no account to change, and a new password must follow the rules: refused
    // here, with nothing written.
    ChatClient client;
    QSignalSpy failed(&client, &ChatClient::commandFailed);
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    client.changePassword(Password, u"new-horse"_s);
    client.deleteAccount(Password);
    client.markRead(Conversation::everyone(), 5);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::NotSignedIn);
    client.requestUsers();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });

    ChatClient account;
    QSignalSpy accountFailed(&account, &ChatClient::commandFailed);
    m_server->dropClient();
    QVERIFY(signIn(account, accountFor(m_server->port(), u"anna"_s)));
    account.changePassword(Password, u"short"_s);
    account.changePassword(Password, u"has a space"_s);
    QCOMPARE(accountFailed.count(), 2);
    QCOMPARE(accountFailed.at(0).at(1).value<ProtocolError>().code, ErrorCode::InvalidPassword);
    // The next line the server reads is the next command: nothing went before it.
    account.requestUsers();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });
}

QTEST_GUILESS_MAIN(tst_ClientAccounts)
#include "tst_clientaccounts.moc"
