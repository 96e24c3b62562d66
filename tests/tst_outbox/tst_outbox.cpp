// SPDX-License-Identifier: GPL-3.0-or-later
// Outbox on a ClientConnection to a scripted server: the checks before a message goes, its
// confirmation, what waits while the connection is away, and what fails when it ends.
#include <clientscript.h>

#include <clientconnection.h>
#include <errormessages.h>
#include <outbox.h>
#include <reconnectbackoff.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Delivery = MessageEntry::Delivery;
using State = ClientConnection::State;

namespace {

// An outbox on its connection, which writes what was queued once signed in, as ChatClient has it.
struct Sender
{
    Sender()
    {
        QObject::connect(&connection, &ClientConnection::signedIn, &outbox, &Outbox::flush);
    }

    ClientConnection connection;
    Outbox outbox{ &connection };
};

} // namespace

class tst_Outbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void messagesAreCheckedBeforeSending_data();
    void messagesAreCheckedBeforeSending();
    void repliesAreMatchedFirstInFirstOut();
    void unreadableReplyStillAnswersItsCommand();
    void messagesTypedWhileDisconnectedGoOutOnReconnect();
    void unconfirmedMessagesFailWhenTheConnectionIsLost();
    void cancellingTheReconnectMarksQueuedMessagesNotSent();

private:
    ScriptedServer *m_server = nullptr;
};

void tst_Outbox::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_Outbox::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_Outbox::messagesAreCheckedBeforeSending_data()
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

void tst_Outbox::messagesAreCheckedBeforeSending()
{
    QFETCH(Conversation, to);
    QFETCH(QString, text);
    QFETCH(ErrorCode, why);

    // Given a server that takes lines of 64 bytes,
    Sender client;
    QVERIFY(registerConnection(*m_server, client.connection, u"anna"_s, "HELLO 1 64 Welcome\n"));
    QSignalSpy outgoing(&client.outbox, &Outbox::messageChanged);

    const quint64 id = client.outbox.send(to, text);

    QCOMPARE(deliveries(outgoing, id), QList<Delivery>{ Delivery::Failed });
    QCOMPARE(latest(outgoing).value(id).failure, ErrorMessages::describe({ why, {} }));
    // The longest line that fits does go out, and nothing before it did.
    const QString longest = QString(64 - int(qstrlen("MSGALL ")), u'x');
    QVERIFY(client.outbox.send(Conversation::everyone(), longest) != 0);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL " + longest.toUtf8() });
    QCOMPARE(client.outbox.send(Conversation::everyone(), u"   "_s), 0u);
}

void tst_Outbox::repliesAreMatchedFirstInFirstOut()
{
    // Given a registered client that sends to everyone, to a user and to a group,
    Sender client;
    QVERIFY(registerConnection(*m_server, client.connection, u"anna"_s));
    QSignalSpy outgoing(&client.outbox, &Outbox::messageChanged);
    QSignalSpy events(&client.connection, &ClientConnection::eventReceived);
    const quint64 toAll = client.outbox.send(Conversation::everyone(), u"hello all"_s);
    const quint64 toBob = client.outbox.send(Conversation::direct(u"bob"_s), u"hi bob"_s);
    const quint64 toTeam = client.outbox.send(Conversation::group(u"team"_s), u"hi team"_s);
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
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.at(0).at(0).value<ServerLine>().code, ErrorCode::Flood);
}

void tst_Outbox::unreadableReplyStillAnswersItsCommand()
{
    // Given two messages on their way,
    Sender client;
    QVERIFY(registerConnection(*m_server, client.connection, u"anna"_s));
    QSignalSpy outgoing(&client.outbox, &Outbox::messageChanged);
    const quint64 first = client.outbox.send(Conversation::everyone(), u"one"_s);
    const quint64 second = client.outbox.send(Conversation::everyone(), u"two"_s);
    QCOMPARE(m_server->takeLines(2).size(), 2);

    // when the reply to the first cannot be read,
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be read"_s));
    m_server->write("OK MSGALL not-a-number " + Time + "\nOK MSGALL 9 " + Time + "\n");

    // then it still answers the first, and the second gets its own reply.
    QTRY_COMPARE(latest(outgoing).value(second).delivery, Delivery::Sent);
    QCOMPARE(latest(outgoing).value(second).message.id, 9u);
    QCOMPARE(latest(outgoing).value(first).delivery, Delivery::Failed);
}

void tst_Outbox::messagesTypedWhileDisconnectedGoOutOnReconnect()
{
    // Given a client whose connection is lost,
    Sender client;
    client.connection.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerConnection(*m_server, client.connection, u"anna"_s));
    QSignalSpy outgoing(&client.outbox, &Outbox::messageChanged);
    m_server->dropClient();
    QTRY_COMPARE(client.connection.state(), State::WaitingToReconnect);

    // when the user writes meanwhile, the messages wait;
    const quint64 one = client.outbox.send(Conversation::everyone(), u"one"_s);
    const quint64 two = client.outbox.send(Conversation::direct(u"bob"_s), u"two"_s);
    QCOMPARE(latest(outgoing).value(one).delivery, Delivery::Queued);
    QCOMPARE(latest(outgoing).value(two).delivery, Delivery::Queued);

    // and once the connection is back under its name, they go out, in order.
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "MSGALL one", "MSGIND bob two" }));
    m_server->write("OK MSGALL 11 " + Time + "\nOK MSGIND 12 " + Time + "\n");
    QTRY_COMPARE(latest(outgoing).value(two).delivery, Delivery::Sent);
    QCOMPARE(deliveries(outgoing, one),
             (QList<Delivery>{ Delivery::Queued, Delivery::Sending, Delivery::Sent }));
}

void tst_Outbox::unconfirmedMessagesFailWhenTheConnectionIsLost()
{
    // Given a message the server has not confirmed,
    Sender client;
    client.connection.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerConnection(*m_server, client.connection, u"anna"_s));
    QSignalSpy outgoing(&client.outbox, &Outbox::messageChanged);
    const quint64 id = client.outbox.send(Conversation::everyone(), u"did it arrive?"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL did it arrive?" });

    // when the connection is lost,
    m_server->dropClient();

    // then it is marked as maybe not delivered, and not sent twice.
    QTRY_COMPARE(latest(outgoing).value(id).delivery, Delivery::Failed);
    QVERIFY(!latest(outgoing).value(id).failure.isEmpty());
    QVERIFY(registerConnection(*m_server, client.connection, u"anna"_s));
    QCOMPARE(m_server->takeLines(), QByteArrayList{});
}

void tst_Outbox::cancellingTheReconnectMarksQueuedMessagesNotSent()
{
    Sender client;
    client.connection.setBackoff(ReconnectBackoff(10s, 10s));
    QVERIFY(registerConnection(*m_server, client.connection, u"anna"_s));
    QSignalSpy outgoing(&client.outbox, &Outbox::messageChanged);
    m_server->dropClient();
    QTRY_COMPARE(client.connection.state(), State::WaitingToReconnect);
    const quint64 id = client.outbox.send(Conversation::everyone(), u"later"_s);

    client.connection.cancelReconnect();

    QCOMPARE(client.connection.state(), State::Disconnected);
    QCOMPARE(deliveries(outgoing, id), (QList<Delivery>{ Delivery::Queued, Delivery::Failed }));
    // Written while disconnected for good, a message fails at once.
    const quint64 next = client.outbox.send(Conversation::everyone(), u"now?"_s);
    QCOMPARE(deliveries(outgoing, next), QList<Delivery>{ Delivery::Failed });
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
