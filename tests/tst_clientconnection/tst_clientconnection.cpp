// SPDX-License-Identifier: GPL-3.0-or-later
// ClientConnection against a scripted server: signing in, the server's PING and silence, and
// what is left unanswered when a connection ends. (Reconnecting is tst_reconnect.)
#include <clientscript.h>

#include <clientconnection.h>
#include <commandtracker.h>
#include <errormessages.h>
#include <reconnectbackoff.h>

#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = ClientConnection::State;

class tst_ClientConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Signing in.
    void registersAfterTheServersHello();
    void refusedNameAtFirstGivesUp_data();
    void refusedNameAtFirstGivesUp();
    void passwordGoesBeforeTheName_data();
    void passwordGoesBeforeTheName();
    void disconnectingSaysGoodbye();

    // Keeping the connection.
    void answersTheServersPing();
    void endingNamesTheMessagesLeftUnanswered();
    void asksASilentServerWhetherItIsThere_data();
    void asksASilentServerWhetherItIsThere();

private:
    ScriptedServer *m_server = nullptr;
};

void tst_ClientConnection::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_ClientConnection::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_ClientConnection::registersAfterTheServersHello()
{
    // Given a connection that connects as anna,
    ClientConnection connection;
    QSignalSpy states(&connection, &ClientConnection::stateChanged);
    QSignalSpy signedIn(&connection, &ClientConnection::signedIn);
    QSignalSpy groups(connection.tracker(), &CommandTracker::groupsListed);
    connection.open(settingsFor(m_server->port(), u"anna"_s));
    QCOMPARE(connection.state(), State::Connecting);
    QVERIFY(m_server->waitForClient());
    QTRY_COMPARE(connection.state(), State::Registering);

    // when the server greets it, it gives its name and learns the line limit;
    m_server->write("HELLO 1 512 Welcome to Chinwag!\nINFO NAME <name>  register\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    QCOMPARE(connection.maxLineBytes(), 512);

    // once the name is accepted, as the server spells it, it is online, and writes nothing more
    // of its own: the next line is the first its user writes, whose reply it hands on.
    m_server->write("OK NAME Anna\n");
    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(signedIn.at(0).at(0).toString(), u"Anna"_s);
    QCOMPARE(connection.name(), u"Anna"_s);
    connection.write(Command::groups());
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "GROUPS" });
    m_server->write("GROUP team bob 3\nOK GROUPS 1\n");
    QTRY_COMPARE(groups.count(), 1);
    QCOMPARE(groups.at(0).at(0).value<QList<GroupSummary>>(),
             (QList<GroupSummary>{ { u"team"_s, u"bob"_s, 3 } }));

    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Connecting);
    QCOMPARE(states.at(1).at(0).value<State>(), State::Registering);
    QCOMPARE(states.at(2).at(0).value<State>(), State::Online);
}

void tst_ClientConnection::refusedNameAtFirstGivesUp_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("taken") << "ERROR NAME_TAKEN the name bob is taken; choose another\n"_ba
                           << ErrorCode::NameTaken;
    QTest::newRow("bad") << "ERROR BAD_NAME the user name \"bob\" is not allowed\n"_ba
                         << ErrorCode::BadName;
}

void tst_ClientConnection::refusedNameAtFirstGivesUp()
{
    QFETCH(QByteArray, reply);
    QFETCH(ErrorCode, code);

    // Given a connection registering bob for the first time,
    ClientConnection connection;
    QSignalSpy refused(&connection, &ClientConnection::registrationRefused);
    QSignalSpy reconnects(&connection, &ClientConnection::reconnectScheduled);
    connection.open(settingsFor(m_server->port(), u"bob"_s));
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME bob" });

    // when the server refuses the name,
    m_server->write(reply);

    // then the client says why, says goodbye, and does not try again by itself.
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, code);
    QCOMPARE(connection.state(), State::Disconnected);
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), QByteArrayList{ "CLOSE" });
    QCOMPARE(reconnects.count(), 0);
}

void tst_ClientConnection::passwordGoesBeforeTheName_data()
{
    QTest::addColumn<QByteArray>("replies");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QByteArrayList>("written");

    QTest::newRow("right") << "OK PASS\nOK NAME bob\n"_ba << true << ErrorCode::Closed
                           << QByteArrayList();
    // The server closes the connection after BYE; the client does not wait for it.
    QTest::newRow("wrong") << "ERROR BAD_PASSWORD wrong password\nBYE BAD_PASSWORD wrong "
                              "password\n"_ba
                           << false << ErrorCode::BadPassword << QByteArrayList();
    QTest::newRow("not needed, then required")
            << "OK PASS\nERROR PASSWORD_REQUIRED send PASS <password> before NAME\n"_ba << false
            << ErrorCode::PasswordRequired << QByteArrayList{ "CLOSE" };
}

void tst_ClientConnection::passwordGoesBeforeTheName()
{
    QFETCH(QByteArray, replies);
    QFETCH(bool, accepted);
    QFETCH(ErrorCode, code);
    QFETCH(QByteArrayList, written);

    // Given a connection with a password, which the server greets,
    ClientConnection connection;
    QSignalSpy refused(&connection, &ClientConnection::passwordRefused);
    QSignalSpy reconnects(&connection, &ClientConnection::reconnectScheduled);
    QSignalSpy registered(&connection, &ClientConnection::signedIn);
    ConnectSettings settings = settingsFor(m_server->port(), u"bob"_s);
    settings.serverPassword = u"open sesame"_s;
    connection.open(settings);
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");

    // the password goes first, as the rest of its line, and the name after it;
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "PASS open sesame", "NAME bob" }));

    // what the server answers decides: online, or disconnected for good, with the reason.
    m_server->write(replies);
    if (accepted) {
        QTRY_COMPARE(registered.count(), 1);
        QCOMPARE(m_server->takeLines(), written);
        return;
    }
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, code);
    QCOMPARE(connection.state(), State::Disconnected);
    QCOMPARE(connection.disconnectReason(),
             ErrorMessages::describe(refused.at(0).at(0).value<ProtocolError>()));
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), written);
    QCOMPARE(reconnects.count(), 0);
    QCOMPARE(registered.count(), 0);
}

void tst_ClientConnection::disconnectingSaysGoodbye()
{
    ClientConnection connection;
    QVERIFY(registerConnection(*m_server, connection, u"anna"_s));
    QSignalSpy reconnects(&connection, &ClientConnection::reconnectScheduled);

    connection.close();

    QCOMPARE(connection.state(), State::Disconnected);
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), QByteArrayList{ "CLOSE" });
    QCOMPARE(reconnects.count(), 0);
}

void tst_ClientConnection::answersTheServersPing()
{
    // Given a registered connection with a message on its way,
    ClientConnection connection;
    QVERIFY(registerConnection(*m_server, connection, u"anna"_s));
    QSignalSpy answered(&connection, &ClientConnection::commandAnswered);
    connection.write(Command::msgAll(u"hi"_s), 1);

    // when the server pings it,
    m_server->write("PING 17\n");

    // then it answers at once, and the PONG does not take the message's reply.
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "MSGALL hi", "PONG 17" }));
    m_server->write("OK MSGALL 3 " + Time + "\n");
    QTRY_COMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Command>(), Command::msgAll(u"hi"_s));
    QCOMPARE(answered.at(0).at(1).toULongLong(), 1u);
    QCOMPARE(answered.at(0).at(2).value<ServerLine>().message.id, 3u);
}

void tst_ClientConnection::endingNamesTheMessagesLeftUnanswered()
{
    // Given two messages and a list on their way, of which the server confirms the first,
    ClientConnection connection;
    connection.setBackoff(ReconnectBackoff(10s, 10s));
    QVERIFY(registerConnection(*m_server, connection, u"anna"_s));
    QSignalSpy answered(&connection, &ClientConnection::commandAnswered);
    QSignalSpy ended(&connection, &ClientConnection::ended);
    connection.write(Command::msgAll(u"one"_s), 1);
    connection.write(Command::list());
    connection.write(Command::msgAll(u"two"_s), 2);
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "MSGALL one", "LIST", "MSGALL two" }));
    m_server->write("OK MSGALL 5 " + Time + "\n");
    QTRY_COMPARE(answered.count(), 1);

    // when the connection is lost,
    m_server->dropClient();

    // then its end names the message the server did not confirm, and another is tried.
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<ClientConnection::Ending>(), ClientConnection::Ending::Lost);
    QCOMPARE(ended.at(0).at(1).value<QList<quint64>>(), QList<quint64>{ 2 });
    QCOMPARE(connection.state(), State::WaitingToReconnect);

    // Stopping the attempts ends it again, with nothing left unanswered.
    connection.cancelReconnect();
    QCOMPARE(ended.count(), 2);
    QCOMPARE(ended.at(1).at(0).value<ClientConnection::Ending>(),
             ClientConnection::Ending::Cancelled);
    QCOMPARE(ended.at(1).at(1).value<QList<quint64>>(), QList<quint64>{});
}

void tst_ClientConnection::asksASilentServerWhetherItIsThere_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("the server answers") << true;
    QTest::newRow("the server stays silent") << false;
}

void tst_ClientConnection::asksASilentServerWhetherItIsThere()
{
    QFETCH(bool, answer);

    // Given a connection that waits little for a silent server,
    ClientConnection connection;
    connection.setTimeouts(100ms, 300ms, 5s);
    connection.setBackoff(ReconnectBackoff(10s, 10s));
    QSignalSpy lost(&connection, &ClientConnection::connectionLost);
    QVERIFY(registerConnection(*m_server, connection, u"anna"_s));

    // when the server says nothing for a while, the client pings it;
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "PING alive" });
    if (answer) {
        // an answer keeps the connection, and the client pings again after the next silence;
        m_server->write("PONG alive\n");
        QCOMPARE(m_server->takeLines(1), QByteArrayList{ "PING alive" });
        m_server->write("PONG alive\n");
        QVERIFY(connection.isOnline());
        QCOMPARE(lost.count(), 0);
    } else {
        // no answer: the connection is given up as lost, and another is tried.
        QTRY_COMPARE(lost.count(), 1);
        QCOMPARE(connection.state(), State::WaitingToReconnect);
    }
}

QTEST_GUILESS_MAIN(tst_ClientConnection)
#include "tst_clientconnection.moc"
