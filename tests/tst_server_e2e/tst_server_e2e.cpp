// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpeer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 10000;

// The `session` blocks of one section of PROTOCOL.md, each as its lines ("C: …", "S: …").
QList<QByteArrayList> sessionsOfSection(const QByteArray &heading)
{
    QFile spec(QStringLiteral(CHINWAG_PROTOCOL_MD));
    if (!spec.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArrayList> sessions;
    bool inSection = false;
    bool inSession = false;
    const QByteArrayList lines = spec.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("## ")) {
            inSection = line == heading;
            continue;
        }
        if (!inSection)
            continue;
        if (line.startsWith("```")) {
            inSession = line == "```session";
            if (inSession)
                sessions.append(QByteArrayList());
            continue;
        }
        if (inSession)
            sessions.last().append(line);
    }
    return sessions;
}

// The command whose delivery shows as `msg` ("MSG <to> <from> <id> <time> <text>") to anna.
QByteArray commandSending(const QByteArray &msg)
{
    const QByteArrayList fields = msg.split(' ');
    const QByteArray to = fields.at(1);
    const QByteArray text = fields.mid(5).join(' ');
    if (to == "*")
        return "MSGALL " + text;
    if (to.startsWith('#'))
        return "SENDGROUP " + to.mid(1) + ' ' + text;
    return "MSGIND anna " + text;
}

} // namespace

// chinwag-server as it is run: the built executable, headless, driven over TCP the way telnet
// drives it, and stopped by a signal.
class tst_ServerE2e : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void replaysTheSpecificationsTelnetSession();
    void replaysTheSpecificationsAccountSession();
    void exerciseSessionAndItsConsoleLines();
    void stopsCleanlyOnSignal_data();
    void stopsCleanlyOnSignal();
    void busyPortIsAnErrorWithExitCodeOne();
    void helpAndVersion();
    void logsAndStopsInEveryMode_data();
    void logsAndStopsInEveryMode();

private:
    bool start(QProcess &process, const QStringList &arguments);
    // Starts a server, collecting its stdout in `output`, and returns the port it listens on
    // (0 if it did not start).
    quint16 launch(QProcess &process, QByteArray &output, const QStringList &arguments);
    // Waits for `output` to hold a match, and returns its first capture.
    QString waitForOutput(QProcess &process, const QByteArray &output,
                          const QRegularExpression &pattern);
    QString waitForOutput(const QRegularExpression &pattern)
    {
        return waitForOutput(*m_server, m_output, pattern);
    }
    std::unique_ptr<TestPeer> telnet(const QByteArray &name);

    std::unique_ptr<QProcess> m_server;
    QByteArray m_output;
    quint16 m_port = 0;
};

bool tst_ServerE2e::start(QProcess &process, const QStringList &arguments)
{
    // English whatever the machine's language, so that the log lines can be compared; a
    // history of its own, never the user's.
    process.start(QStringLiteral(CHINWAG_SERVER_EXECUTABLE),
                  QStringList{ u"--lang"_s, u"en"_s, u"--data"_s, u":memory:"_s } + arguments);
    return process.waitForStarted(TimeoutMs);
}

quint16 tst_ServerE2e::launch(QProcess &process, QByteArray &output, const QStringList &arguments)
{
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&process, &output] { output += process.readAllStandardOutput(); });
    if (!start(process, arguments))
        return 0;
    return waitForOutput(
                   process, output,
                   QRegularExpression(
                           uR"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} My server has started on 127\.0\.0\.1:(\d+)$)"_s,
                           QRegularExpression::MultilineOption))
            .toUShort();
}

void tst_ServerE2e::init()
{
    m_output.clear();
    m_server = std::make_unique<QProcess>();
    m_port = launch(*m_server, m_output, { u"--headless"_s, u"127.0.0.1"_s, u"0"_s });
    QVERIFY2(m_port != 0, m_output.constData());
}

void tst_ServerE2e::cleanup()
{
    if (m_server->state() != QProcess::NotRunning) {
        m_server->kill();
        m_server->waitForFinished(TimeoutMs);
    }
    m_server.reset();
}

QString tst_ServerE2e::waitForOutput(QProcess &process, const QByteArray &output,
                                     const QRegularExpression &pattern)
{
    const QDeadlineTimer deadline(TimeoutMs);
    QSignalSpy more(&process, &QProcess::readyReadStandardOutput);
    QRegularExpressionMatch match;
    while (!(match = pattern.match(QString::fromUtf8(output))).hasMatch()) {
        if (deadline.hasExpired() || !more.wait(int(deadline.remainingTime())))
            return {};
    }
    return match.captured(1);
}

std::unique_ptr<TestPeer> tst_ServerE2e::telnet(const QByteArray &name)
{
    auto peer = std::make_unique<TestPeer>();
    if (!peer->connectTo(m_port) || !peer->readWelcome())
        return nullptr;
    peer->send("NAME " + name, "\r\n");
    if (peer->nextLine() != "OK NAME " + name)
        return nullptr;
    return peer;
}

void tst_ServerE2e::replaysTheSpecificationsTelnetSession()
{
    const QList<QByteArrayList> sessions = sessionsOfSection("## A telnet session");
    QCOMPARE(sessions.size(), 2);
    const QByteArrayList &annas = sessions.at(0);
    const QByteArrayList &bobs = sessions.at(1);

    // Given bob and jerry, connected before anna, and jerry away
    const auto bob = telnet("bob");
    const auto jerry = telnet("jerry");
    QVERIFY(bob && jerry);
    jerry->send("AWAY back at two", "\r\n");
    QCOMPARE(jerry->nextLine(), "OK AWAY");
    bob->sync();
    jerry->sync();
    std::map<QByteArray, TestPeer *> others{ { "bob", bob.get() }, { "jerry", jerry.get() } };

    // When anna types her lines, she reads exactly what the specification shows; what others
    // say to her, they say when the specification shows it arriving.
    TestPeer anna;
    QVERIFY(anna.connectTo(m_port));
    for (const QByteArray &line : annas) {
        const QByteArray text = line.mid(3);
        if (line.startsWith("C: ")) {
            anna.send(text, "\r\n");
            continue;
        }
        QVERIFY2(line.startsWith("S: "), line.constData());
        if (text.startsWith("MSG ")) {
            const QByteArray from = text.split(' ').at(2);
            if (from != "anna") {
                QVERIFY2(others.count(from), from.constData());
                others[from]->send(commandSending(text), "\r\n");
            }
        }
        QCOMPARE(TestPeer::masked(anna.nextLine()), TestPeer::masked(text));
    }
    QVERIFY(anna.waitForDisconnected());

    // Then bob read what his side of the specification shows, his own command's reply included.
    QByteArrayList expected;
    for (const QByteArray &line : bobs) {
        if (line.startsWith("S: "))
            expected.append(TestPeer::masked(line.mid(3)));
    }
    QCOMPARE(TestPeer::masked(bob->sync()), expected);
    QCOMPARE(bob->badLines(), QByteArrayList());
    QCOMPARE(anna.badLines(), QByteArrayList());
}

void tst_ServerE2e::replaysTheSpecificationsAccountSession()
{
    const QList<QByteArrayList> sessions = sessionsOfSection("## An account's session");
    QVERIFY(!sessions.isEmpty());
    // On a new server, anna reads what the specification shows, ids and times aside.
    TestPeer anna;
    QVERIFY(anna.connectTo(m_port));
    QVERIFY(anna.readWelcome());
    for (const QByteArray &line : sessions.at(0)) {
        const QByteArray text = line.mid(3);
        if (line.startsWith("C: "))
            anna.send(text, "\r\n");
        else
            QCOMPARE(TestPeer::masked(anna.nextLine()), TestPeer::masked(text));
    }
    QVERIFY(anna.waitForDisconnected());
    QCOMPARE(anna.badLines(), QByteArrayList());
    // The log says what happened, and never a password.
    QVERIFY(!waitForOutput(QRegularExpression(u"(deleted the account anna)"_s)).isEmpty());
    for (const QByteArray &password : { "correct-horse-battery"_ba, "new-horse-battery"_ba })
        QVERIFY2(!m_output.contains(password), m_output.constData());
}

void tst_ServerE2e::exerciseSessionAndItsConsoleLines()
{
    // The exercise's first transcript: annamcc, bob and jerry connect; annamcc greets everyone.
    const auto annamcc = telnet("annamcc");
    const auto bob = telnet("bob");
    const auto jerry = telnet("jerry");
    QVERIFY(annamcc && bob && jerry);
    annamcc->send("MSGALL what is up people", "\r\n");
    QCOMPARE(TestPeer::masked(annamcc->waitForLine("OK ")), "OK MSGALL <id> <time>");
    QCOMPARE(TestPeer::masked(jerry->sync()),
             QByteArrayList{ "MSG * annamcc <id> <time> what is up people" });
    QCOMPARE(TestPeer::masked(bob->sync()),
             QByteArrayList({ "JOINED jerry", "MSG * annamcc <id> <time> what is up people" }));
    jerry->send("CLOSE", "\r\n");
    QCOMPARE(jerry->nextLine(), "BYE CLOSED Goodbye, jerry");
    QVERIFY(jerry->waitForDisconnected());

    // The server's console says what the exercise's said, each line with its time.
    QVERIFY(!waitForOutput(QRegularExpression(
                                   u"(Client has disconnected: jerry.*\n.* Total Clients = 2\n)"_s))
                     .isEmpty());
    QStringList lines = QString::fromUtf8(m_output).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) {
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} "_s)
                         .match(line)
                         .hasMatch(),
                 qPrintable(line));
        line = line.mid(24).section(u" from "_s, 0, 0).section(u" ("_s, 0, 0);
    }
    const QStringList expected{
        u"My server has started on 127.0.0.1:%1"_s.arg(m_port),
        u"Client has connected"_s,
        u"Total Clients = 1"_s,
        u"127.0.0.1:"_s,
        u"Client has connected"_s,
        u"Total Clients = 2"_s,
        u"127.0.0.1:"_s,
        u"Client has connected"_s,
        u"Total Clients = 3"_s,
        u"127.0.0.1:"_s,
        u"Client has disconnected: jerry"_s,
        u"Total Clients = 2"_s,
    };
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(expected.at(i)), qPrintable(lines.at(i)));
}

void tst_ServerE2e::stopsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void tst_ServerE2e::stopsCleanlyOnSignal()
{
    QFETCH(int, signalNumber);
    const auto anna = telnet("anna");
    const auto bob = telnet("bob");
    QVERIFY(anna && bob);
    TestPeer stranger;
    QVERIFY(stranger.connectTo(m_port));
    QVERIFY(stranger.readWelcome());
    anna->sync();

    QSignalSpy finished(m_server.get(), &QProcess::finished);
    ::kill(pid_t(m_server->processId()), signalNumber);
    // Every client is told, and closed; nobody hears of the others leaving.
    for (TestPeer *peer : { anna.get(), bob.get(), &stranger }) {
        QCOMPARE(peer->nextLine(), "BYE SHUTDOWN the server is stopping");
        QVERIFY(peer->waitForDisconnected());
        QCOMPARE(peer->pendingLines(), QByteArrayList());
    }
    QVERIFY(finished.size() == 1 || finished.wait(TimeoutMs));
    QCOMPARE(m_server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server->exitCode(), 0);
    m_output += m_server->readAllStandardOutput();
    QVERIFY2(m_output.endsWith(" server has stopped\n"), m_output.constData());
}

void tst_ServerE2e::busyPortIsAnErrorWithExitCodeOne()
{
    QProcess second;
    QVERIFY(start(second, { u"--headless"_s, u"127.0.0.1"_s, QString::number(m_port) }));
    QVERIFY(second.waitForFinished(TimeoutMs));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 1);
    const QByteArray error = second.readAllStandardError();
    QVERIFY2(error.contains("cannot listen on 127.0.0.1 port " + QByteArray::number(m_port)),
             error.constData());
    // The first server is unharmed.
    QVERIFY(telnet("anna"));
}

void tst_ServerE2e::helpAndVersion()
{
    QProcess help;
    QVERIFY(start(help, { u"--help"_s }));
    QVERIFY(help.waitForFinished(TimeoutMs));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *option :
         { "--headless", "--version", "--max-line", "--data", "--no-history", "[host] [port]" })
        QVERIFY2(text.contains(option), text.constData());

    QProcess version;
    QVERIFY(start(version, { u"--version"_s }));
    QVERIFY(version.waitForFinished(TimeoutMs));
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(version.readAllStandardOutput(), "chinwag-server " CHINWAG_VERSION "\n");
}

void tst_ServerE2e::logsAndStopsInEveryMode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("display");
    QTest::newRow("--headless") << QStringList{ u"--headless"_s } << true;
    QTest::newRow("window, offscreen") << QStringList{ u"-platform"_s, u"offscreen"_s } << true;
    QTest::newRow("no display: headless") << QStringList() << false;
}

void tst_ServerE2e::logsAndStopsInEveryMode()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, display);
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!display) {
        for (const QString &name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
            environment.remove(name);
    }
    server.setProcessEnvironment(environment);
    QByteArray output;
    const quint16 port = launch(server, output, arguments + QStringList{ u"127.0.0.1"_s, u"0"_s });
    QVERIFY2(port != 0, output.constData());

    TestPeer anna;
    QVERIFY(anna.connectTo(port));
    QVERIFY(anna.readWelcome());
    QVERIFY(!waitForOutput(server, output, QRegularExpression(u"(Total Clients = 1)"_s)).isEmpty());
    QSignalSpy finished(&server, &QProcess::finished);
    server.terminate();
    QCOMPARE(anna.nextLine(), "BYE SHUTDOWN the server is stopping");
    QVERIFY(finished.size() == 1 || finished.wait(TimeoutMs));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    output += server.readAllStandardOutput();
    QVERIFY2(output.endsWith(" server has stopped\n"), output.constData());
    if (!display)
        QVERIFY(server.readAllStandardError().contains("no display: running headless"));
}

QTEST_GUILESS_MAIN(tst_ServerE2e)
#include "tst_server_e2e.moc"
