// SPDX-License-Identifier: GPL-3.0-or-later
// ClientConnection's reconnecting against a scripted server: whether a BYE ends the retries, the
// backoff and its jitter, and the spread after a server's restart.
#include <clientscript.h>

#include <clientconnection.h>
#include <errormessages.h>
#include <reconnectbackoff.h>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = ClientConnection::State;

class tst_Reconnect : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void byeDecidesWhetherToReconnect_data();
    void byeDecidesWhetherToReconnect();
    void nameHeldByTheLostConnectionIsTriedAgain();
    void firstConnectionIsRetriedUntilTheServerListens();
    void backoffDoublesUpToTheLongestWithJitter();
    void clientsReturnSpreadOutAfterARestart();
    void restartSpreadLeadsIntoTheBackoff();
    void restartSpreadIsBoundedByTheLongestWait();

private:
    ScriptedServer *m_server = nullptr;
};

void tst_Reconnect::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_Reconnect::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_Reconnect::byeDecidesWhetherToReconnect_data()
{
    QTest::addColumn<QByteArray>("bye");
    QTest::addColumn<bool>("reconnects");
    QTest::newRow("kicked") << "BYE KICKED spamming\n"_ba << false;
    QTest::newRow("shutdown") << "BYE SHUTDOWN the server is stopping\n"_ba << true;
    QTest::newRow("timeout") << "BYE TIMEOUT no reply to PING\n"_ba << true;
    QTest::newRow("server full") << "BYE SERVER_FULL too many connections\n"_ba << true;
}

void tst_Reconnect::byeDecidesWhetherToReconnect()
{
    QFETCH(QByteArray, bye);
    QFETCH(bool, reconnects);

    ClientConnection connection;
    connection.setBackoff(ReconnectBackoff(10s, 10s));
    QVERIFY(registerConnection(*m_server, connection, u"anna"_s));
    QSignalSpy byes(&connection, &ClientConnection::disconnectedByServer);

    m_server->write(bye);
    QTRY_COMPARE(byes.count(), 1);
    m_server->dropClient();

    const auto expected = reconnects ? State::WaitingToReconnect : State::Disconnected;
    QTRY_COMPARE(connection.state(), expected);
    QCOMPARE(connection.disconnectReason(),
             ErrorMessages::describeDisconnect(byes.at(0).at(0).value<ProtocolError>()));
    if (!reconnects)
        QVERIFY(connection.disconnectReason().contains(u"spamming"_s));
}

void tst_Reconnect::nameHeldByTheLostConnectionIsTriedAgain()
{
    // Given anna, whose connection was lost,
    ClientConnection connection;
    connection.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerConnection(*m_server, connection, u"anna"_s));
    QSignalSpy refused(&connection, &ClientConnection::registrationRefused);
    QSignalSpy registered(&connection, &ClientConnection::signedIn);
    m_server->dropClient();

    // when the server still holds her name for the old connection,
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("ERROR NAME_TAKEN the name anna is taken; choose another\n");

    // then she waits and tries again, rather than give the name up.
    QTRY_COMPARE(connection.state(), State::WaitingToReconnect);
    QVERIFY(m_server->waitForClientGone());
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QTRY_COMPARE(registered.count(), 1);
    QCOMPARE(refused.count(), 0);
}

void tst_Reconnect::firstConnectionIsRetriedUntilTheServerListens()
{
    // Given a connection started before its server,
    const quint16 port = m_server->port();
    m_server->close();
    ClientConnection connection;
    connection.setBackoff(ReconnectBackoff(50ms, 100ms));
    QSignalSpy lost(&connection, &ClientConnection::connectionLost);
    connection.open(settingsFor(port, u"anna"_s));
    QTRY_COMPARE(connection.state(), State::WaitingToReconnect);
    QVERIFY(!connection.disconnectReason().isEmpty());

    // when the server starts listening,
    QVERIFY(m_server->listen(port));

    // then the client connects and registers.
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QTRY_VERIFY(connection.isOnline());
    QVERIFY(lost.count() >= 1);
}

void tst_Reconnect::backoffDoublesUpToTheLongestWithJitter()
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

void tst_Reconnect::clientsReturnSpreadOutAfterARestart()
{
    // Given clients of one server, with the default waits and one source of chance,
    QRandomGenerator random(20261206);
    QList<qint64> afterRestart;
    QList<qint64> afterLoss;
    for (int i = 0; i < 12; ++i) {
        for (const bool restart : { true, false }) {
            ClientConnection connection;
            connection.setBackoff(ReconnectBackoff(1s, 30s, &random));
            QVERIFY(registerConnection(*m_server, connection, u"anna"_s));
            QList<qint64> &delays = restart ? afterRestart : afterLoss;
            // (the test only looks at the wait: the client does not come back)
            connect(&connection, &ClientConnection::reconnectScheduled, &connection,
                    [&](std::chrono::milliseconds delay) {
                        delays.append(delay.count());
                        connection.cancelReconnect();
                    });
            // when the server restarts (BYE SHUTDOWN), or the connection is lost without a word,
            QSignalSpy byes(&connection, &ClientConnection::disconnectedByServer);
            if (restart) {
                m_server->write("BYE SHUTDOWN the server is stopping\n");
                QTRY_COMPARE(byes.count(), 1);
            }
            m_server->dropClient();
            QTRY_COMPARE(connection.state(), State::Disconnected);
        }
    }

    // then after a restart each comes back at a moment of its own within the spread, where a
    // lost connection waits the first step of the backoff, give or take its jitter.
    QCOMPARE(afterRestart.size(), 12);
    QCOMPARE(afterLoss.size(), 12);
    const auto [earliest, latest] = std::minmax_element(afterRestart.cbegin(), afterRestart.cend());
    QVERIFY2(*earliest >= 0 && *latest <= 5000, qPrintable(QString::number(*latest)));
    QVERIFY2(*latest - *earliest >= 2500,
             qPrintable(u"from %1 to %2 ms"_s.arg(*earliest).arg(*latest)));
    for (const qint64 delay : std::as_const(afterLoss))
        QVERIFY2(delay >= 800 && delay <= 1200, qPrintable(QString::number(delay)));
}

void tst_Reconnect::restartSpreadLeadsIntoTheBackoff()
{
    // Given anna, whose waits start at 50 ms and whose restart spread is 100 ms,
    const quint16 port = m_server->port();
    ClientConnection connection;
    connection.setBackoff(ReconnectBackoff(50ms, 200ms, nullptr, 100ms));
    QVERIFY(registerConnection(*m_server, connection, u"anna"_s));
    QSignalSpy reconnects(&connection, &ClientConnection::reconnectScheduled);

    // when the server stops, and is not back by her first attempt,
    QSignalSpy byes(&connection, &ClientConnection::disconnectedByServer);
    m_server->write("BYE SHUTDOWN the server is stopping\n");
    QTRY_COMPARE(byes.count(), 1);
    m_server->dropClient();
    m_server->close();
    QTRY_COMPARE(reconnects.count(), 2);
    const auto delay = [&reconnects](int i) {
        return reconnects.at(i).at(0).value<std::chrono::milliseconds>();
    };
    QVERIFY(delay(0) <= 100ms);
    // she goes on with the backoff from its first step,
    QVERIFY2(delay(1) >= 40ms && delay(1) <= 60ms, qPrintable(QString::number(delay(1).count())));

    // and registers once the server is back.
    QVERIFY(m_server->listen(port));
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QTRY_VERIFY(connection.isOnline());
}

void tst_Reconnect::restartSpreadIsBoundedByTheLongestWait()
{
    QRandomGenerator random(7);
    ReconnectBackoff backoff(1s, 2s, &random, 5s);
    QCOMPARE(backoff.restartSpread(), 2s);
    for (int i = 0; i < 20; ++i) {
        const auto delay = backoff.afterRestart();
        QVERIFY2(delay >= 0ms && delay <= 2s, qPrintable(QString::number(delay.count())));
    }
    // It counts no attempt: the backoff is still at its first step.
    QCOMPARE(backoff.attempts(), 0);
    QVERIFY(backoff.next() <= 1200ms);
}

QTEST_GUILESS_MAIN(tst_Reconnect)
#include "tst_reconnect.moc"
