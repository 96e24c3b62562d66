// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatserver.h>
#include <serverlog.h>
#include <testpeer.h>

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

// The seed exercise's client, which ends each command by a pause instead of a line end, against
// a real ChatServer over real sockets: served as it expects, while every client whose lines end
// is read by its line ends as before.
class tst_SeedClient : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void seedClientIsServed();
    void linesThatEndAreReadByTheirEnds_data();
    void linesThatEndAreReadByTheirEnds();
    void noPauseReadsLineEndsOnly();

private:
    ChatServer *startServer(int writePauseMSecs = Limits().writePauseMSecs);

    std::unique_ptr<ChatServer> m_server;
    QStringList m_log;
};

void tst_SeedClient::cleanup()
{
    m_server.reset();
    m_log.clear();
}

ChatServer *tst_SeedClient::startServer(int writePauseMSecs)
{
    ServerConfig config;
    config.limits.writePauseMSecs = writePauseMSecs;
    m_server = std::make_unique<ChatServer>(config);
    connect(&m_server->log(), &ServerLog::recorded, this,
            [this](const LogRecord &record) { m_log.append(record.text); });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        return nullptr;
    }
    return m_server.get();
}

void tst_SeedClient::seedClientIsServed()
{
    // Given tom, online with an ordinary client,
    ChatServer *server = startServer();
    QVERIFY(server);
    const auto tom = TestPeer::registered(u"tom"_s, server->serverPort());
    QVERIFY(tom);

    // when jerry's client, written the seed's way, registers, lists, writes and closes,
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!python.isEmpty(), "python3 is not installed (scripts/deps.sh installs it)");
    QProcess jerry;
    jerry.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy finished(&jerry, &QProcess::finished);
    jerry.start(python,
                { QStringLiteral(SEED_CLIENT_SCRIPT), u"127.0.0.1"_s,
                  QString::number(server->serverPort()) });
    QVERIFY2(finished.wait(30000), "the seed's client did not finish in time");

    // then each of its commands got its reply (the script checks them),
    const QByteArray errors = jerry.readAllStandardError();
    QVERIFY2(jerry.exitStatus() == QProcess::NormalExit && jerry.exitCode() == 0,
             errors.constData());
    // tom saw jerry come, speak and go,
    QCOMPARE(TestPeer::masked(tom->sync()),
             (QByteArrayList{ "JOINED jerry", "MSG * jerry <id> <time> hello from the seed",
                              "LEFT jerry quit" }));
    // and the operator's log says how jerry's lines were read.
    QCOMPARE(m_log.filter(u"without line ends"_s).size(), 1);
}

void tst_SeedClient::linesThatEndAreReadByTheirEnds_data()
{
    QTest::addColumn<bool>("registered");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<int>("pauseMSecs");
    QTest::addColumn<QByteArray>("rest");
    QTest::addColumn<QByteArray>("reply");

    // The pause is 200 ms.
    QTest::newRow("a first line in two parts") << false << "NAME an"_ba << 20 << "na\n"_ba
                                               << "OK NAME anna"_ba;
    QTest::newRow("a first line typed a key at a time") << false << "N"_ba << 400 << "AME anna\n"_ba
                                                        << "OK NAME anna"_ba;
    QTest::newRow("a first line with CR LF in two parts")
            << false << "NAME anna\r"_ba << 20 << "\n"_ba
            << "OK NAME anna"_ba;
    QTest::newRow("a later line with a long pause") << true << "NAME bob"_ba << 400 << "by\n"_ba
                                                    << "OK NAME bobby"_ba;
}

void tst_SeedClient::linesThatEndAreReadByTheirEnds()
{
    QFETCH(bool, registered);
    QFETCH(QByteArray, first);
    QFETCH(int, pauseMSecs);
    QFETCH(QByteArray, rest);
    QFETCH(QByteArray, reply);

    // Given a client whose lines end (registered already, or not yet),
    ChatServer *server = startServer();
    QVERIFY(server);
    TestPeer anna;
    if (registered)
        QVERIFY(anna.registerAs(u"anna"_s, server->serverPort()));
    else
        QVERIFY(anna.connectTo(server->serverPort()) && anna.readWelcome());

    // when a line of it comes in two parts, with a pause between,
    anna.sendRaw(first);
    QTimer::singleShot(pauseMSecs, &anna, [&anna, rest] { anna.sendRaw(rest); });

    // it is read as one line, and nothing is read of the first part alone.
    QCOMPARE(anna.nextLine(), reply);
    QCOMPARE(anna.sync(), QByteArrayList());
    QVERIFY(m_log.filter(u"without line ends"_s).isEmpty());
}

void tst_SeedClient::noPauseReadsLineEndsOnly()
{
    // Given a server that reads every client by its line ends (--write-pause 0),
    ChatServer *server = startServer(0);
    QVERIFY(server);
    TestPeer jerry;
    QVERIFY(jerry.connectTo(server->serverPort()) && jerry.readWelcome());

    // a command without a line end waits for one, however long the pause after it.
    jerry.sendRaw("NAME jerry");
    QTimer::singleShot(400, &jerry, [&jerry] { jerry.send("LIST"); });
    QCOMPARE(jerry.nextLine(), "OK NAME jerryLIST"_ba);
}

QTEST_GUILESS_MAIN(tst_SeedClient)
#include "tst_seedclient.moc"
