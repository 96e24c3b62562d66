// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisserver.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 5000;

// Sends one inline command on a new connection and returns the first line of the answer, or
// what went wrong in brackets; speaking RESP by hand keeps this test free of the client under
// test elsewhere.
QByteArray ask(quint16 port, const QByteArray &command)
{
    QTcpSocket socket;
    QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
    socket.connectToHost(u"127.0.0.1"_s, port);
    socket.write(command + "\r\n");
    if (!QTest::qWaitFor([&] { return socket.canReadLine() || !failed.isEmpty(); }, WaitMs))
        return "[no answer]";
    if (!socket.canReadLine())
        return "[" + socket.errorString().toUtf8() + "]";
    return socket.readLine().trimmed();
}

} // namespace

class tst_RedisServer : public QObject
{
    Q_OBJECT

private slots:
    void shouldStartOnAFreePortAndAnswer();
    void shouldRefuseConnectionsOnceStopped();
    void shouldRestartOnTheSamePort();
    void shouldRestartAfterAKill();
    void shouldRemoveItsDirectory();
};

void tst_RedisServer::shouldStartOnAFreePortAndAnswer()
{
    RedisServer redis;
    QVERIFY2(redis.start(), qPrintable(redis.errorString()));
    QVERIFY(redis.port() != 0);
    QCOMPARE(redis.url(), u"redis://127.0.0.1:%1"_s.arg(redis.port()));
    QCOMPARE(ask(redis.port(), "PING"), "+PONG");
    QCOMPARE(ask(redis.port(), "SET greeting hello"), "+OK");
    QCOMPARE(ask(redis.port(), "GET greeting"), "$5");
    QVERIFY(redis.stop());
}

void tst_RedisServer::shouldRefuseConnectionsOnceStopped()
{
    RedisServer redis;
    QVERIFY2(redis.start(), qPrintable(redis.errorString()));
    QVERIFY(redis.stop());
    QVERIFY(!redis.isRunning());
    QVERIFY(ask(redis.port(), "PING").startsWith('['));
}

void tst_RedisServer::shouldRestartOnTheSamePort()
{
    RedisServer redis;
    QVERIFY2(redis.start(), qPrintable(redis.errorString()));
    const quint16 port = redis.port();
    QVERIFY(redis.stop());
    QVERIFY2(redis.start(), qPrintable(redis.errorString()));
    QCOMPARE(redis.port(), port);
    QCOMPARE(ask(port, "PING"), "+PONG");
    // Nothing is saved: a restarted Redis starts empty, as the faults tests assume.
    QCOMPARE(ask(port, "DBSIZE"), ":0");
}

void tst_RedisServer::shouldRestartAfterAKill()
{
    RedisServer redis;
    QVERIFY2(redis.start(), qPrintable(redis.errorString()));
    redis.kill();
    QVERIFY(!redis.isRunning());
    QVERIFY2(redis.start(), qPrintable(redis.errorString()));
    QCOMPARE(ask(redis.port(), "PING"), "+PONG");
}

void tst_RedisServer::shouldRemoveItsDirectory()
{
    QString directory;
    {
        RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        directory = redis.directory();
        QVERIFY(QFileInfo::exists(directory));
    } // destroyed while it runs, as when a test fails
    QVERIFY(!QFileInfo::exists(directory));
}

QTEST_GUILESS_MAIN(tst_RedisServer)
#include "tst_redisserver.moc"
