// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpeer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 10000;

// What the client logs of a message it received, given the sender's "OK MSGIND <id> <time>":
// its id, sender and conversation, never its text.
QByteArray receivedLog(const QByteArray &acknowledgement, const QByteArray &conversation)
{
    return "Message " + acknowledgement.split(' ').value(2) + " from bob in " + conversation;
}

// Stops a process and waits for it, whatever state it is in.
void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.kill();
    process.waitForFinished(TimeoutMs);
}

// A port that nothing listens on now.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

// chinwag-client as it is run: the built executable, started with host, port and name against
// the built server, and a raw socket peer on the other side.
class tst_ClientE2e : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clientFromTheCommandLineChatsWithARawPeer();
    void clientStartedBeforeTheServerConnectsOnceItListens();
    void accountSignsInQuitsAndFindsItsConversationsAgain();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void helpAndVersion_data();
    void helpAndVersion();
    void withoutADisplayItSaysWhy();

private:
    // Starts the server on `port` (0: any) and returns the port it listens on.
    quint16 startServer(quint16 port = 0);
    // With the account's password in CHINWAG_ACCOUNT_PASSWORD when one is given.
    void startClient(const QStringList &arguments, bool display = true,
                     const QString &accountPassword = {});
    bool waitForClientOutput(const QByteArray &text);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_client;
    QByteArray m_serverOutput;
    QByteArray m_clientOutput;
};

void tst_ClientE2e::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_serverOutput.clear();
    m_clientOutput.clear();
    m_server = std::make_unique<QProcess>();
    m_client = std::make_unique<QProcess>();
}

void tst_ClientE2e::cleanup()
{
    stop(*m_client);
    stop(*m_server);
    m_client.reset();
    m_server.reset();
    m_home.reset();
}

quint16 tst_ClientE2e::startServer(quint16 port)
{
    connect(m_server.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_serverOutput += m_server->readAllStandardOutput(); });
    // The least costly password hashes, so that signing in is quick.
    m_server->start(QStringLiteral(CHINWAG_SERVER_EXECUTABLE),
                    { u"--lang"_s, u"en"_s, u"--headless"_s, u"--data"_s, u":memory:"_s,
                      u"--argon2-ops"_s, u"1"_s, u"--argon2-memory"_s, u"8"_s, u"127.0.0.1"_s,
                      QString::number(port) });
    if (!m_server->waitForStarted(TimeoutMs))
        return 0;
    const QRegularExpression started(u"My server has started on 127\\.0\\.0\\.1:(\\d+)"_s);
    const QDeadlineTimer deadline(TimeoutMs);
    QSignalSpy output(m_server.get(), &QProcess::readyReadStandardOutput);
    QRegularExpressionMatch match;
    while (!(match = started.match(QString::fromUtf8(m_serverOutput))).hasMatch()) {
        if (deadline.hasExpired() || !output.wait(int(deadline.remainingTime())))
            return 0;
    }
    return match.captured(1).toUShort();
}

void tst_ClientE2e::startClient(const QStringList &arguments, bool display,
                                const QString &accountPassword)
{
    // Invisible, with settings of its own, and telling what it receives.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (display) {
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    } else {
        for (const QString &name : { u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s })
            environment.remove(name);
    }
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->path());
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"QT_LOGGING_RULES"_s, u"chinwag.client.debug=true"_s);
    // Never the keychain of whoever runs the tests: without a session bus there is none.
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    if (accountPassword.isEmpty())
        environment.remove(u"CHINWAG_ACCOUNT_PASSWORD"_s);
    else
        environment.insert(u"CHINWAG_ACCOUNT_PASSWORD"_s, accountPassword);
    m_client->setProcessEnvironment(environment);
    m_client->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_client.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_clientOutput += m_client->readAllStandardOutput(); });
    m_client->start(QStringLiteral(CHINWAG_CLIENT_EXECUTABLE),
                    QStringList{ u"--lang"_s, u"en"_s } + arguments);
}

bool tst_ClientE2e::waitForClientOutput(const QByteArray &text)
{
    return QTest::qWaitFor([&] { return m_clientOutput.contains(text); }, TimeoutMs);
}

void tst_ClientE2e::clientFromTheCommandLineChatsWithARawPeer()
{
    // Given the server and bob, on a raw socket,
    const quint16 port = startServer();
    QVERIFY2(port != 0, m_serverOutput.constData());
    TestPeer bob;
    QVERIFY(bob.registerAs(u"bob"_s, port));

    // when anna starts her client with host, port and name, and a message for bob,
    startClient({ u"127.0.0.1"_s, QString::number(port), u"anna"_s, u"--to"_s, u"@bob"_s,
                  u"--message"_s, u"hello bob"_s });
    QVERIFY(m_client->waitForStarted(TimeoutMs));

    // then she registers at once: bob sees her join, and in LIST;
    QCOMPARE(bob.waitForLine("JOINED"), "JOINED anna");
    QCOMPARE(TestPeer::masked(bob.waitForLine("MSG @bob anna")),
             "MSG @bob anna <id> <time> hello bob");
    bob.send("LIST");
    QCOMPARE(bob.nextLine(), "USER anna HERE");
    QCOMPARE(bob.nextLine(), "USER bob HERE");
    QCOMPARE(bob.nextLine(), "OK LIST 2");

    // bob's answer reaches her client, which is online (the message is not held).
    bob.send("MSGIND anna hello anna");
    const QByteArray ok = bob.nextLine();
    QCOMPARE(TestPeer::masked(ok), "OK MSGIND <id> <time>");
    QVERIFY2(waitForClientOutput(receivedLog(ok, "@anna")), m_clientOutput.constData());
    QVERIFY2(!m_clientOutput.contains("hello anna"), m_clientOutput.constData());

    // When her client ends, she leaves.
    m_client->terminate();
    QCOMPARE(bob.waitForLine("LEFT").left(10), "LEFT anna ");
}

void tst_ClientE2e::clientStartedBeforeTheServerConnectsOnceItListens()
{
    // Given a client started before its server, as scripts/run.sh may start them,
    const quint16 port = freePort();
    QVERIFY(port != 0);
    startClient({ u"127.0.0.1"_s, QString::number(port), u"anna"_s });
    QVERIFY(m_client->waitForStarted(TimeoutMs));

    // once the server listens, she is there.
    QCOMPARE(startServer(port), port);
    TestPeer bob;
    QVERIFY(bob.registerAs(u"bob"_s, port));
    QVERIFY(bob.waitUntil([&bob] {
        bob.send("LIST");
        const QByteArrayList lines = bob.sync();
        return lines.contains("USER anna HERE");
    }));
}

void tst_ClientE2e::accountSignsInQuitsAndFindsItsConversationsAgain()
{
    // Given the server, anna's account and bob's, on raw sockets,
    const quint16 port = startServer();
    QVERIFY2(port != 0, m_serverOutput.constData());
    {
        TestPeer maker;
        QVERIFY(maker.connectTo(port));
        maker.send("SIGNUP anna correct-horse");
        QCOMPARE(maker.waitForLine("OK SIGNUP"), "OK SIGNUP anna");
        maker.send("CLOSE");
        QCOMPARE(maker.waitForLine("BYE").left(10), "BYE CLOSED");
    }
    TestPeer bob;
    QVERIFY(bob.connectTo(port));
    bob.send("SIGNUP bob bobs-password");
    QCOMPARE(bob.waitForLine("OK SIGNUP"), "OK SIGNUP bob");

    // when anna starts her client on her account, with its password from the environment,
    startClient({ u"--account"_s, u"127.0.0.1"_s, QString::number(port), u"anna"_s }, true,
                u"correct-horse"_s);
    QVERIFY(m_client->waitForStarted(TimeoutMs));
    QCOMPARE(bob.waitForLine("JOINED"), "JOINED anna");
    QVERIFY2(waitForClientOutput("Restored 1 conversations"), m_clientOutput.constData());

    // and bob talks to her and makes a group with her,
    bob.send("MSGIND anna hello anna");
    const QByteArray hello = bob.waitForLine("OK MSGIND");
    QCOMPARE(TestPeer::masked(hello), "OK MSGIND <id> <time>");
    bob.send("MAKEGROUP team anna");
    QCOMPARE(bob.waitForLine("OK MAKEGROUP"), "OK MAKEGROUP team");
    QVERIFY2(waitForClientOutput(receivedLog(hello, "@anna")), m_clientOutput.constData());

    // she quits; bob writes to her and to the group while she is away;
    m_client->terminate();
    QVERIFY(m_client->waitForFinished(TimeoutMs));
    QCOMPARE(bob.waitForLine("LEFT").left(10), "LEFT anna ");
    bob.send("MSGIND anna are you there?");
    const QByteArray held = bob.waitForLine("OK MSGIND");
    QCOMPARE(TestPeer::masked(held), "OK MSGIND <id> <time> HELD");
    bob.send("SENDGROUP team lunch?");
    QCOMPARE(TestPeer::masked(bob.waitForLine("OK SENDGROUP")), "OK SENDGROUP <id> <time>");

    // started again with only the server and her name, the client signs in to her account,
    // which it remembers, and finds her conversations with what is unread.
    m_clientOutput.clear();
    startClient({ u"127.0.0.1"_s, QString::number(port), u"anna"_s }, true, u"correct-horse"_s);
    QVERIFY(m_client->waitForStarted(TimeoutMs));
    QCOMPARE(bob.waitForLine("JOINED"), "JOINED anna");
    QVERIFY2(waitForClientOutput("Restored 3 conversations from the server, 3 unread messages"),
             m_clientOutput.constData());
    QVERIFY2(m_clientOutput.contains(receivedLog(held, "@anna")), m_clientOutput.constData());
    // Private messages never reach the log.
    QVERIFY2(!m_clientOutput.contains("are you there?"), m_clientOutput.constData());
    // The password never reached the settings file.
    QFile settings(m_home->filePath(u"Chinwag/chinwag-client.conf"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY2(saved.contains("account=true"), saved.constData());
    QVERIFY(!saved.contains("correct-horse"));
}

void tst_ClientE2e::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("port not a number") << QStringList{ u"localhost"_s, u"seven"_s, u"anna"_s }
                                       << "The port must be a number"_ba;
    QTest::newRow("port out of range") << QStringList{ u"localhost"_s, u"70000"_s, u"anna"_s }
                                       << "The port must be a number"_ba;
    QTest::newRow("too many arguments")
            << QStringList{ u"localhost"_s, u"7000"_s, u"anna"_s, u"extra"_s }
            << "Too many arguments"_ba;
    QTest::newRow("bad --to") << QStringList{ u"--to"_s, u"bob"_s, u"--message"_s, u"hi"_s }
                              << "--to takes"_ba;
}

void tst_ClientE2e::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    startClient(arguments);
    QVERIFY(m_client->waitForFinished(TimeoutMs));
    QCOMPARE(m_client->exitCode(), 1);
    QVERIFY2(m_clientOutput.contains(message), m_clientOutput.constData());
}

void tst_ClientE2e::helpAndVersion_data()
{
    QTest::addColumn<bool>("display");
    QTest::newRow("with a display") << true;
    QTest::newRow("without a display") << false;
}

void tst_ClientE2e::helpAndVersion()
{
    QFETCH(bool, display);
    startClient({ u"--help"_s }, display);
    QVERIFY(m_client->waitForFinished(TimeoutMs));
    QCOMPARE(m_client->exitCode(), 0);
    QVERIFY2(m_clientOutput.contains("[host] [port] [name]"), m_clientOutput.constData());
    QVERIFY(m_clientOutput.contains("--message"));

    m_clientOutput.clear();
    startClient({ u"--version"_s }, display);
    QVERIFY(m_client->waitForFinished(TimeoutMs));
    QCOMPARE(m_client->exitCode(), 0);
    QVERIFY2(m_clientOutput.contains(CHINWAG_VERSION), m_clientOutput.constData());
}

void tst_ClientE2e::withoutADisplayItSaysWhy()
{
    startClient({ u"127.0.0.1"_s, QString::number(freePort()), u"anna"_s }, false);
    QVERIFY(m_client->waitForFinished(TimeoutMs));
    QCOMPARE(m_client->exitCode(), 1);
    QVERIFY2(m_clientOutput.contains("no display to open a window on"), m_clientOutput.constData());
}

QTEST_GUILESS_MAIN(tst_ClientE2e)
#include "tst_client_e2e.moc"
