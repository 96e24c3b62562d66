// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "command.h"
#include "floodcontrol.h"
#include "logrecord.h"
#include "servercommandline.h"
#include "serverline.h"
#include "serverpassword.h"
#include "session.h"
#include "testpeer.h"
#include "timeoutwheel.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <netinet/in.h>

using namespace Chinwag;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Peer = std::unique_ptr<TestPeer>;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#  if __has_feature(address_sanitizer)
constexpr bool UnderAddressSanitizer = true;
#  else
constexpr bool UnderAddressSanitizer = false;
#  endif
#else
constexpr bool UnderAddressSanitizer = false;
#endif

// Limits small enough for a test to reach them in moments; the timeouts long enough not to
// interfere, except where a test shortens them.
ServerConfig hostileConfig()
{
    ServerConfig config;
    config.limits.floodBurst = 10;
    config.limits.floodLinesPerSecond = 50;
    config.limits.floodMaxDelayedLines = 60;
    return config;
}

// Spins the event loop until `done` holds, waking on every event rather than polling on a timer;
// false if time runs out first.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // so that the wait for events ends at the deadline
    wake.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression rss(u"^VmRSS:\\s+(\\d+) kB"_s, QRegularExpression::MultilineOption);
    return rss.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

} // namespace

// The server against broken and hostile clients, over real sockets on 127.0.0.1 (docs/
// SECURITY.md): each abuse gets what the protocol says, shows in the event log, costs no other
// user a message, and leaves a server that serves the next client normally.
class tst_Hostile : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void floodControlLetsABurstThenTheRate();
    void timeoutWheelCallsUpEachEntryOnceDue();
    void passwordComparison();

    void oversizeLinesAreDroppedUpToTheirEnd_data();
    void oversizeLinesAreDroppedUpToTheirEnd();
    void badBytesAreRefusedWhole_data();
    void badBytesAreRefusedWhole();
    void badBytesAreLoggedOnceInAWhile();
    void lineThatNeverEndsIsSilence();

    void tenThousandConnectDisconnectCycles();
    void serverFull_data();
    void serverFull();
    void descriptorsRunningOutDoNotStopAccepting();

    void floodedLinesAreDelayedNotDropped();
    void floodingClientIsDisconnectedWhileOthersChat();
    void slowReaderIsDroppedAndOthersKeepReceiving();
    void readersAreNotCutOffByOthersBursts();

    void unregisteredConnectionTimesOut();
    void silentPeerIsPingedThenClosed();
    void peerThatAnswersPingStays();
    void halfClosedConnectionGetsItsRepliesThenLeaves();

    void passwordBeforeName();
    void wrongPasswordClosesTheConnection();
    void passwordFromTheCommandLineOrTheEnvironment_data();
    void passwordFromTheCommandLineOrTheEnvironment();

    void commandsInRandomOrder();
    void randomBytes();

private:
    void startServer(const ServerConfig &config = hostileConfig(), bool recordLog = true);
    quint16 port() const { return m_server->serverPort(); }
    Peer join(const QString &name) { return TestPeer::registered(name, port()); }
    // A client that comes now is welcomed, registers, and talks with another as usual.
    void verifyFreshClientIsServed();
    // Security records of the event log that contain `text`.
    QStringList securityRecords(const QString &text = {}) const;
    Session *sessionNamed(const QString &name) const;

    std::unique_ptr<ChatServer> m_server;
    QList<LogRecord> m_log;
    int m_freshClients = 0;
};

void tst_Hostile::startServer(const ServerConfig &config, bool recordLog)
{
    m_log.clear();
    m_server = std::make_unique<ChatServer>(config);
    if (recordLog)
        connect(&m_server->log(), &ServerLog::recorded, this,
                [this](const LogRecord &record) { m_log.append(record); });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_Hostile::cleanup()
{
    m_server.reset();
}

void tst_Hostile::verifyFreshClientIsServed()
{
    const QString name = u"fresh%1"_s.arg(++m_freshClients);
    const Peer fresh = join(name);
    QVERIFY2(fresh, "a fresh client could not register");
    const Peer other = join(name + u"b"_s);
    QVERIFY(other);
    fresh->sync();
    fresh->send("MSGIND " + name.toUtf8() + "b hello");
    QCOMPARE(TestPeer::masked(fresh->nextLine()), "OK MSGIND <id> <time>");
    QCOMPARE(TestPeer::masked(other->nextLine()),
             "MSG @" + name.toUtf8() + "b " + name.toUtf8() + " <id> <time> hello");
    QCOMPARE(fresh->badLines(), QByteArrayList());
}

QStringList tst_Hostile::securityRecords(const QString &text) const
{
    QStringList records;
    for (const LogRecord &record : m_log) {
        if (record.kind == LogRecord::Kind::Security && record.text.contains(text))
            records.append(record.text);
    }
    return records;
}

Session *tst_Hostile::sessionNamed(const QString &name) const
{
    const QList<quint64> ids = m_server->clientIds();
    for (const quint64 id : ids) {
        const Session *session = m_server->client(id);
        if (session->name() == name)
            return const_cast<Session *>(session);
    }
    return nullptr;
}

void tst_Hostile::floodControlLetsABurstThenTheRate()
{
    FloodControl bucket;
    constexpr qint64 Second = 1'000'000;
    // Burst 3, 10 lines a second: one line every 100 ms once the burst is spent.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(bucket.take(0, 3, 10), 0);
    QCOMPARE(bucket.take(0, 3, 10), Second / 10);
    QCOMPARE(bucket.take(Second / 20, 3, 10), Second / 20);
    QCOMPARE(bucket.take(Second / 10, 3, 10), 0);
    QCOMPARE(bucket.take(Second / 10, 3, 10), Second / 10);
    QVERIFY(!bucket.isFull(Second / 10));
    // Quiet for as long as the burst takes to come back: full again, and a whole burst passes.
    QVERIFY(bucket.isFull(Second / 10 + 3 * Second / 10));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(bucket.take(Second, 3, 10), 0);
    QVERIFY(bucket.take(Second, 3, 10) > 0);
    // A rate of 0 is no limit at all.
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(bucket.take(Second, 3, 0), 0);
}

void tst_Hostile::timeoutWheelCallsUpEachEntryOnceDue()
{
    TimeoutWheel wheel(100ms);
    QCOMPARE(wheel.ticksFor(1s), 10);
    QCOMPARE(wheel.ticksFor(1ms), 1);
    wheel.schedule(1, 5);
    wheel.schedule(2, 5 + 256); // the same slot, one turn later
    wheel.schedule(3, 1000);
    wheel.schedule(4, 0); // in the past: on the next tick
    QCOMPARE(wheel.advanceTo(1), std::vector<quint64>{ 4 });
    QCOMPARE(wheel.advanceTo(4), std::vector<quint64>());
    QCOMPARE(wheel.advanceTo(5), std::vector<quint64>{ 1 });
    QCOMPARE(wheel.size(), 2);
    QCOMPARE(wheel.advanceTo(260), std::vector<quint64>());
    QCOMPARE(wheel.advanceTo(261), std::vector<quint64>{ 2 });
    // After a long stall, everything overdue comes at once.
    QCOMPARE(wheel.advanceTo(5000), std::vector<quint64>{ 3 });
    QCOMPARE(wheel.size(), 0);
    QCOMPARE(wheel.now(), 5000);
}

void tst_Hostile::passwordComparison()
{
    const ServerPassword none({});
    QVERIFY(!none.isSet());
    QVERIFY(none.matches(u"anything"_s));
    const ServerPassword password(u"open sesame"_s);
    QVERIFY(password.isSet());
    QVERIFY(password.matches(u"open sesame"_s));
    QVERIFY(!password.matches(u"open sesame "_s));
    QVERIFY(!password.matches(u"Open sesame"_s));
    QVERIFY(!password.matches({}));
}

void tst_Hostile::oversizeLinesAreDroppedUpToTheirEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("refusals");
    const QByteArray over(4097, 'x');
    QTest::newRow("one byte over") << over + "\n" << 1;
    QTest::newRow("over, with CR LF") << over + "\r\n" << 1;
    QTest::newRow("a megabyte in one write") << QByteArray(1 << 20, 'y') + "\n" << 1;
    QTest::newRow("two in a row") << over + "\n" + over + "\n" << 2;
    QTest::newRow("NUL bytes, over") << QByteArray(5000, '\0') + "\n" << 1;
}

void tst_Hostile::oversizeLinesAreDroppedUpToTheirEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, refusals);
    startServer();
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    anna->sendRaw(bytes);
    anna->send("PING after");
    for (int i = 0; i < refusals; ++i)
        QCOMPARE(anna->nextLine(),
                 "ERROR LINE_TOO_LONG a line may hold at most 4096 bytes; this one was dropped");
    QCOMPARE(anna->nextLine(), "PONG after");
    QCOMPARE(securityRecords(u"longer than 4096 byte"_s).size(), 1);
    verifyFreshClientIsServed();
}

void tst_Hostile::badBytesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("overlong slash") << "MSGALL a\xc0\xaf"_ba
                                    << "BAD_UTF8"_ba;
    QTest::newRow("surrogate") << "MSGALL \xed\xa0\x80"_ba
                               << "BAD_UTF8"_ba;
    QTest::newRow("above U+10FFFF") << "MSGALL \xf4\x90\x80\x80"_ba
                                    << "BAD_UTF8"_ba;
    QTest::newRow("cut short") << "MSGALL \xe2\x82"_ba
                               << "BAD_UTF8"_ba;
    QTest::newRow("lone continuation") << "MSGALL \x80"_ba
                                       << "BAD_UTF8"_ba;
    QTest::newRow("Latin-1") << "MSGALL caf\xe9"_ba
                             << "BAD_UTF8"_ba;
    QTest::newRow("NUL") << QByteArray("MSGALL a\0b", 10) << "BAD_TEXT"_ba;
    QTest::newRow("NUL alone") << QByteArray(1, '\0') << "BAD_TEXT"_ba;
    QTest::newRow("escape") << "MSGALL \x1b[31mred"_ba
                            << "BAD_TEXT"_ba;
    QTest::newRow("DEL") << "MSGALL a\x7f"_ba
                         << "BAD_TEXT"_ba;
    QTest::newRow("C1 control") << "MSGALL \xc2\x85"_ba
                                << "BAD_TEXT"_ba;
    QTest::newRow("lone CR inside") << "MSGALL a\rb"_ba
                                    << "BAD_TEXT"_ba;
}

void tst_Hostile::badBytesAreRefusedWhole()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, code);
    startServer();
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, port());
    QVERIFY(!peers.empty());
    peers[0]->send(line);
    const QByteArray reply = peers[0]->nextLine();
    QVERIFY2(reply.startsWith("ERROR " + code + ' '), reply.constData());
    // Refused whole: nothing of it reached anyone.
    QCOMPARE(peers[1]->sync(), QByteArrayList());
    QCOMPARE(peers[0]->sync(), QByteArrayList());
    QCOMPARE(securityRecords(u"anna"_s).size(), 1);
    verifyFreshClientIsServed();
}

void tst_Hostile::badBytesAreLoggedOnceInAWhile()
{
    ServerConfig config = hostileConfig();
    config.limits.floodLinesPerSecond = 0;
    startServer(config);
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    QByteArray bad;
    for (int i = 0; i < 8; ++i)
        bad += "MSGALL \xff\n"_ba + QByteArray("MSGALL \0\n", 9);
    anna->sendRaw(bad);
    const QByteArrayList replies = anna->sync();
    QCOMPARE(replies.size(), 16);
    // Sixteen bad lines, one record: a client cannot flush the log.
    QCOMPARE(securityRecords(u"anna"_s).size(), 1);
}

void tst_Hostile::lineThatNeverEndsIsSilence()
{
    ServerConfig config = hostileConfig();
    config.limits.registrationTimeoutSeconds = 1;
    config.limits.idleSeconds = 1;
    config.limits.pingTimeoutSeconds = 1;
    startServer(config);
    // Registered, then a line that never ends, a byte at a time: bytes arrive, but no line.
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    // Unregistered, the same.
    TestPeer stranger;
    QVERIFY(stranger.connectTo(port()));
    QVERIFY(stranger.readWelcome());
    int sent = 0;
    QTimer dribble;
    connect(&dribble, &QTimer::timeout, this, [&] {
        for (TestPeer *peer : { anna.get(), &stranger }) {
            if (peer->isConnected())
                peer->sendRaw("x");
        }
        ++sent;
    });
    dribble.start(50);
    QCOMPARE(stranger.waitForLine("BYE "), "BYE TIMEOUT no NAME within 1 seconds of connecting");
    QVERIFY(anna->waitForLine("PING ").startsWith("PING "));
    QCOMPARE(anna->waitForLine("BYE "), "BYE TIMEOUT no reply to PING");
    QVERIFY(anna->waitForDisconnected());
    QVERIFY(stranger.waitForDisconnected());
    dribble.stop();
    QVERIFY(sent > 20);
    QTRY_COMPARE(m_server->clientCount(), 0);
    QCOMPARE(securityRecords(u"did not register within 1 second"_s).size(), 1);
    QCOMPARE(securityRecords(u"anna (127.0.0.1:"_s).size(), 1);
    verifyFreshClientIsServed();
}

void tst_Hostile::tenThousandConnectDisconnectCycles()
{
    // Without the test's copy of the log, which would grow by four records a connection.
    startServer(hostileConfig(), false);
    constexpr int Cycles = 10000;
    // Below the listen backlog, so that no connection waits for the kernel to retry its SYN.
    constexpr int Batch = 40;
    qint64 rssAfterWarmUp = 0;
    int cycles = 0;
    while (cycles < Cycles) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < Batch; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, port());
        }
        QVERIFY(spinUntil([&] {
            return m_server->clientCount() == Batch
                    && std::all_of(sockets.begin(), sockets.end(), [](const auto &socket) {
                           return socket->state() == QAbstractSocket::ConnectedState;
                       });
        }));
        // Half of them say something first; all go away without a word.
        for (int i = 0; i < Batch; i += 2)
            sockets[size_t(i)]->write("NAME c" + QByteArray::number(cycles + i) + "\n");
        for (const auto &socket : sockets) {
            socket->flush();
            socket->abort();
        }
        QVERIFY(spinUntil([&] { return m_server->clientCount() == 0; }));
        cycles += Batch;
        if (cycles == 20 * Batch)
            rssAfterWarmUp = residentKiB();
    }
    const qint64 growth = residentKiB() - rssAfterWarmUp;
    qInfo("%d cycles; resident memory grew by %lld KiB after the first %d", cycles, growth,
          20 * Batch);
    // What a connection leaves behind would show as hundreds of bytes times ten thousand.
    // (AddressSanitizer holds freed memory back on purpose: its own leak check counts there.)
    if (!UnderAddressSanitizer)
        QVERIFY2(growth < 8 * 1024, qPrintable(u"%1 KiB"_s.arg(growth)));
    verifyFreshClientIsServed();
}

void tst_Hostile::serverFull_data()
{
    QTest::addColumn<int>("maxClients");
    QTest::addColumn<int>("maxPerAddress");
    QTest::addColumn<QByteArray>("bye");
    QTest::newRow("the server is full")
            << 3 << 100
            << "BYE SERVER_FULL the server has all the 3 connections it may have; try again "
               "later"_ba;
    QTest::newRow("the address is full")
            << 100 << 3 << "BYE SERVER_FULL your address has all the 3 connections it may have"_ba;
}

void tst_Hostile::serverFull()
{
    QFETCH(int, maxClients);
    QFETCH(int, maxPerAddress);
    QFETCH(QByteArray, bye);
    ServerConfig config = hostileConfig();
    config.limits.maxClients = maxClients;
    config.limits.maxClientsPerAddress = maxPerAddress;
    startServer(config);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s, u"carol"_s }, port());
    QVERIFY(!peers.empty());
    QSignalSpy connected(m_server.get(), &ChatServer::clientConnected);
    std::vector<Peer> refused;
    for (int i = 0; i < 5; ++i) {
        refused.push_back(std::make_unique<TestPeer>());
        QVERIFY(refused.back()->connectTo(port()));
    }
    for (const Peer &peer : refused) {
        QCOMPARE(peer->nextLine(), bye); // no HELLO: nothing else
        QVERIFY(peer->waitForDisconnected());
        QCOMPARE(peer->pendingLines(), QByteArrayList());
    }
    QCOMPARE(connected.size(), 0);
    QCOMPARE(m_server->clientCount(), 3);
    // Five refusals in a moment: one record, or two on a very slow machine.
    QVERIFY(securityRecords(u"SERVER_FULL"_s).size() <= 2);
    QVERIFY(securityRecords(u"SERVER_FULL"_s)
                    .constFirst()
                    .contains(QString::fromUtf8(bye.mid(16))));
    // The others chat on; once one leaves, there is room again.
    peers[0]->send("MSGALL still here");
    QCOMPARE(TestPeer::masked(peers[1]->nextLine()), "MSG * anna <id> <time> still here");
    peers[2]->send("CLOSE");
    QVERIFY(peers[2]->waitForDisconnected());
    QTRY_COMPARE(m_server->clientCount(), 2);
    const Peer dora = join(u"dora"_s);
    QVERIFY(dora);
}

void tst_Hostile::descriptorsRunningOutDoNotStopAccepting()
{
    startServer();
    // The clients' sockets are made while descriptors are plenty and connect once none is left,
    // so the server's accept is the call that runs out, whatever order the event loop takes.
    std::vector<int> clients;
    std::vector<int> fillers;
    rlimit original{};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &original) == 0);
    const auto release = qScopeGuard([&] {
        for (const int fd : fillers)
            ::close(fd);
        setrlimit(RLIMIT_NOFILE, &original);
        for (const int fd : clients)
            ::close(fd);
    });
    for (int i = 0; i < 4; ++i) {
        clients.push_back(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        QVERIFY(clients.back() >= 0);
    }
    int highest = 0;
    for (int fd = 0; fd < int(std::min<rlim_t>(original.rlim_cur, 1 << 20)); ++fd)
        highest = fcntl(fd, F_GETFD) != -1 ? fd : highest;
    rlimit scarce = original;
    scarce.rlim_cur = rlim_t(highest + 1);
    QVERIFY(setrlimit(RLIMIT_NOFILE, &scarce) == 0);
    int fd;
    while ((fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0)
        fillers.push_back(fd);
    if (errno != EMFILE)
        QSKIP("this system does not limit descriptors by RLIMIT_NOFILE");

    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(port());
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (const int client : clients) {
        const int result =
                ::connect(client, reinterpret_cast<const sockaddr *>(&server), sizeof server);
        QVERIFY(result == 0 || errno == EINPROGRESS);
    }
    QTRY_VERIFY(std::any_of(m_log.cbegin(), m_log.cend(), [](const LogRecord &record) {
        return record.text.startsWith(u"Could not accept a connection"_s);
    }));
    for (const int filler : std::exchange(fillers, {}))
        ::close(filler);
    QVERIFY(setrlimit(RLIMIT_NOFILE, &original) == 0);
    // Before, QTcpServer stopped accepting for good after running out of descriptors.
    QTRY_COMPARE(m_server->clientCount(), int(clients.size()));
    for (const int client : std::exchange(clients, {}))
        ::close(client);
    QTRY_COMPARE(m_server->clientCount(), 0);
    verifyFreshClientIsServed();
}

void tst_Hostile::floodedLinesAreDelayedNotDropped()
{
    ServerConfig config = hostileConfig();
    config.limits.floodMaxDelayedLines = 1000;
    startServer(config);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, port());
    QVERIFY(!peers.empty());
    // At most a burst goes at once, then 25 lines or more must wait, at 50 lines a second.
    constexpr int Lines = 35;
    QByteArray paste;
    for (int i = 0; i < Lines; ++i)
        paste += "MSGALL line " + QByteArray::number(i) + '\n';
    QElapsedTimer clock;
    clock.start();
    peers[0]->sendRaw(paste);
    QByteArrayList replies;
    QVERIFY(peers[0]->waitUntil(
            [&] {
                while (!peers[0]->pendingLines().isEmpty())
                    replies.append(TestPeer::masked(peers[0]->nextLine()));
                return replies.count("OK MSGALL <id> <time>") == Lines;
            },
            10000));
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(replies.count("ERROR FLOOD you are sending too fast; your lines are delayed"), 1);
    QCOMPARE(replies.size(), Lines + 1);
    QByteArrayList received = TestPeer::masked(peers[1]->sync());
    QCOMPARE(received.size(), Lines);
    for (int i = 0; i < Lines; ++i)
        QCOMPARE(received.at(i), "MSG * anna <id> <time> line " + QByteArray::number(i));
    QCOMPARE(securityRecords(u"anna (127.0.0.1:"_s).size(), 1);
    QVERIFY(securityRecords().constFirst().contains(u"sending too fast"_s));
}

void tst_Hostile::floodingClientIsDisconnectedWhileOthersChat()
{
    startServer();
    auto peers = TestPeer::registeredAll({ u"flooder"_s, u"anna"_s, u"bob"_s, u"carol"_s }, port());
    QVERIFY(!peers.empty());
    TestPeer &flooder = *peers[0];
    QByteArray flood;
    for (int i = 0; i < 20000; ++i)
        flood += "MSGALL spam " + QByteArray::number(i) + '\n';
    flooder.sendRaw(flood);
    // The others chat meanwhile, each within its rate, and every message reaches everyone.
    constexpr int PerChatter = 20;
    QTimer chat;
    int round = 0;
    connect(&chat, &QTimer::timeout, this, [&] {
        for (size_t i = 1; i < peers.size(); ++i)
            peers[i]->send("MSGALL hello " + QByteArray::number(round));
        if (++round == PerChatter)
            chat.stop();
    });
    chat.start(40);
    QCOMPARE(flooder.waitForLine("ERROR FLOOD"),
             "ERROR FLOOD you are sending too fast; your lines are delayed");
    QCOMPARE(flooder.waitForLine("BYE "), "BYE FLOOD you kept sending too fast");
    QVERIFY(flooder.waitForDisconnected());
    QTRY_VERIFY(!chat.isActive());
    for (size_t i = 1; i < peers.size(); ++i) {
        const QByteArrayList lines = TestPeer::masked(peers[i]->sync());
        for (size_t from = 1; from < peers.size(); ++from) {
            const QByteArray sender = from == 1 ? "anna" : from == 2 ? "bob" : "carol";
            if (from == i)
                continue;
            for (int k = 0; k < PerChatter; ++k) {
                const QByteArray message =
                        "MSG * " + sender + " <id> <time> hello " + QByteArray::number(k);
                QVERIFY2(lines.contains(message), message.constData());
            }
        }
        QVERIFY(lines.contains("LEFT flooder flooding"));
        // What the flooder got through: at most its burst, and what was delayed.
        const qsizetype spam = std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
            return l.startsWith("MSG * flooder");
        });
        QVERIFY2(spam > 60 && spam <= 10 + 60, qPrintable(QString::number(spam)));
    }
    QCOMPARE(securityRecords(u"flooder"_s).size(), 2);
    QVERIFY(securityRecords(u"flooder"_s).constLast().contains(u"kept sending too fast"_s));
    verifyFreshClientIsServed();
}

void tst_Hostile::slowReaderIsDroppedAndOthersKeepReceiving()
{
    ServerConfig config = hostileConfig();
    config.limits.floodLinesPerSecond = 0;
    config.limits.maxQueuedBytes = 256 * 1024;
    config.limits.maxQueuedHardBytes = 1024 * 1024;
    config.limits.slowReaderSeconds = 1;
    startServer(config);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, port());
    QVERIFY(!peers.empty());
    // A client that registers and then reads nothing: its socket takes at most 1 KiB.
    QTcpSocket slow;
    slow.setReadBufferSize(1024);
    slow.connectToHost(QHostAddress::LocalHost, port());
    QVERIFY(slow.waitForConnected(5000));
    slow.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    slow.write("NAME slow\n");
    QTRY_VERIFY(sessionNamed(u"slow"_s));
    peers[1]->waitForLine("JOINED slow");
    const qint64 rssBefore = residentKiB();

    // Far more than the kernel's buffers and the cap hold together.
    constexpr int Messages = 6000;
    const QByteArray text(3500, 'z');
    qsizetype mostQueued = 0;
    int sent = 0;
    int received = 0;
    QByteArrayList others;
    const auto sample = [&] {
        if (const Session *session = sessionNamed(u"slow"_s))
            mostQueued = std::max(mostQueued, session->queuedBytes());
    };
    while (sent < Messages) {
        for (int i = 0; i < 100; ++i, ++sent)
            peers[0]->send("MSGALL " + QByteArray::number(sent) + ' ' + text);
        // Bob reads all along; the server's queue for the slow reader is looked at meanwhile.
        QVERIFY(peers[1]->waitUntil([&] {
            sample();
            while (!peers[1]->pendingLines().isEmpty()) {
                const QByteArray line = peers[1]->nextLine();
                if (line.startsWith("MSG * anna "))
                    ++received;
                else
                    others.append(line);
            }
            return received == sent;
        }));
    }
    QCOMPARE(received, Messages);
    QTRY_VERIFY(!sessionNamed(u"slow"_s));
    others += peers[1]->sync();
    QVERIFY(others.contains("LEFT slow stopped reading"));
    // Cut off once it took nothing for a second over the cap, or at the hard cap: never more.
    QVERIFY(mostQueued <= config.limits.maxQueuedHardBytes + 4096);
    QStringList records =
            securityRecords(u"stopped reading"_s) + securityRecords(u"too far behind"_s);
    QCOMPARE(records.size(), 1);
    const qsizetype queuedAtTheEnd = QRegularExpression(u"(\\d+) bytes were queued"_s)
                                             .match(records.first())
                                             .captured(1)
                                             .toLongLong();
    QVERIFY2(queuedAtTheEnd > config.limits.maxQueuedBytes
                     && queuedAtTheEnd <= config.limits.maxQueuedHardBytes + 4096,
             qPrintable(records.first()));
    // Bounded: 20 MB went by, and the server held no more than the hard cap for it.
    qInfo("largest queue seen %lld bytes; resident memory grew by %lld KiB", qint64(mostQueued),
          residentKiB() - rssBefore);
    // The slow reader, reading at last, finds its stream cut: no BYE could reach it in time.
    slow.setReadBufferSize(0);
    QTRY_VERIFY((slow.readAll(), slow.state() == QAbstractSocket::UnconnectedState));
    verifyFreshClientIsServed();
}

void tst_Hostile::readersAreNotCutOffByOthersBursts()
{
    // The default limits: every sender keeps within flood control, yet each reader is owed far
    // more than the queue cap at once.
    startServer(ServerConfig());
    constexpr int Senders = 20;
    constexpr int Readers = 20;
    constexpr int Burst = 40;
    QStringList names;
    for (int i = 0; i < Senders; ++i)
        names.append(u"sender%1"_s.arg(i));
    for (int i = 0; i < Readers; ++i)
        names.append(u"reader%1"_s.arg(i));
    auto peers = TestPeer::registeredAll(names, port());
    QVERIFY(!peers.empty());
    const QByteArray text(3500, 'q');
    for (int i = 0; i < Senders; ++i) {
        for (int n = 0; n < Burst; ++n)
            peers[size_t(i)]->send("MSGALL " + QByteArray::number(n) + ' ' + text);
    }
    // Every reader reads all along, and gets every message; nobody is disconnected.
    std::vector<int> received(Readers, 0);
    QVERIFY(spinUntil(
            [&] {
                bool all = true;
                for (int r = 0; r < Readers; ++r) {
                    TestPeer &reader = *peers[size_t(Senders + r)];
                    while (!reader.pendingLines().isEmpty()) {
                        if (reader.nextLine().startsWith("MSG * sender"))
                            ++received[size_t(r)];
                    }
                    all = all && received[size_t(r)] == Senders * Burst;
                }
                return all;
            },
            60000));
    for (const auto &peer : peers)
        QVERIFY(peer->isConnected());
    QVERIFY(securityRecords(u"stopped reading"_s).isEmpty());
    QVERIFY(securityRecords(u"too far behind"_s).isEmpty());
    // The bursts were more than flood control's bytes allow at once: they were delayed, not cut.
    QVERIFY(!securityRecords(u"is sending too fast"_s).isEmpty());
}

void tst_Hostile::unregisteredConnectionTimesOut()
{
    ServerConfig config = hostileConfig();
    config.limits.registrationTimeoutSeconds = 1;
    startServer(config);
    TestPeer stranger;
    QVERIFY(stranger.connectTo(port()));
    QVERIFY(stranger.readWelcome());
    stranger.send("HELP NAME");
    QCOMPARE(stranger.nextLine().left(10), "INFO NAME ");
    QCOMPARE(stranger.nextLine(), "OK HELP");
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(stranger.nextLine(), "BYE TIMEOUT no NAME within 1 seconds of connecting");
    QVERIFY(stranger.waitForDisconnected());
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(securityRecords(u"did not register"_s).size(), 1);
    QTRY_VERIFY(std::any_of(m_log.cbegin(), m_log.cend(), [](const LogRecord &record) {
        return record.kind == LogRecord::Kind::Disconnect && record.text.endsWith(u"timed out"_s);
    }));
    verifyFreshClientIsServed();
}

void tst_Hostile::silentPeerIsPingedThenClosed()
{
    ServerConfig config = hostileConfig();
    config.limits.idleSeconds = 1;
    config.limits.pingTimeoutSeconds = 1;
    startServer(config);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, port());
    QVERIFY(!peers.empty());
    // Bob talks; anna's end is there for the kernel but says nothing, as if her network had gone.
    QTimer talk;
    connect(&talk, &QTimer::timeout, this, [&] { peers[1]->send("BACK"); });
    talk.start(200);
    QVERIFY(peers[0]->waitForLine("PING ").startsWith("PING "));
    QCOMPARE(peers[0]->nextLine(), "BYE TIMEOUT no reply to PING");
    QVERIFY(peers[0]->waitForDisconnected());
    QCOMPARE(peers[1]->waitForLine("LEFT anna"), "LEFT anna timed out");
    QVERIFY(peers[1]->isConnected());
    const QStringList records = securityRecords(u"did not answer PING"_s);
    QCOMPARE(records.size(), 1);
    QVERIFY(records.first().startsWith(u"anna (127.0.0.1:"_s));
    talk.stop();
    verifyFreshClientIsServed();
}

void tst_Hostile::peerThatAnswersPingStays()
{
    ServerConfig config = hostileConfig();
    config.limits.idleSeconds = 1;
    config.limits.pingTimeoutSeconds = 1;
    startServer(config);
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    for (int i = 0; i < 3; ++i) {
        const QByteArray ping = anna->nextLine(5000);
        QVERIFY2(ping.startsWith("PING "), ping.constData());
        anna->send("PONG " + ping.mid(5));
    }
    QVERIFY(anna->isConnected());
    anna->send("LIST");
    QCOMPARE(anna->nextLine(), "USER anna HERE");
    QCOMPARE(securityRecords(), QStringList());
}

void tst_Hostile::halfClosedConnectionGetsItsRepliesThenLeaves()
{
    startServer();
    const Peer bob = join(u"bob"_s);
    QVERIFY(bob);
    TestPeer anna;
    QVERIFY(anna.connectTo(port()));
    QVERIFY(anna.readWelcome());
    anna.sendRaw("NAME anna\nLIST\n");
    anna.socket().flush();
    // Anna closes her side only: she still reads.
    QCOMPARE(::shutdown(int(anna.socket().socketDescriptor()), SHUT_WR), 0);
    QCOMPARE(anna.nextLine(), "OK NAME anna");
    QCOMPARE(anna.nextLine(), "USER anna HERE");
    QCOMPARE(anna.nextLine(), "USER bob HERE");
    QCOMPARE(anna.nextLine(), "OK LIST 2");
    QVERIFY(anna.waitForDisconnected());
    QCOMPARE(bob->waitForLine("JOINED anna"), "JOINED anna");
    QCOMPARE(bob->waitForLine("LEFT anna"), "LEFT anna connection lost");
    QTRY_COMPARE(m_server->clientCount(), 1);
    verifyFreshClientIsServed();
}

void tst_Hostile::passwordBeforeName()
{
    ServerConfig config = hostileConfig();
    config.password = u"open sesame"_s;
    startServer(config);
    const Peer bob = join(u"bob"_s); // refused: no PASS
    QVERIFY(!bob);
    TestPeer anna;
    QVERIFY(anna.connectTo(port()));
    QVERIFY(anna.readWelcome());
    anna.send("NAME anna");
    QCOMPARE(anna.nextLine(),
             "ERROR PASSWORD_REQUIRED this server needs a password: send PASS <password> before "
             "NAME");
    anna.send("LIST");
    QCOMPARE(anna.nextLine(),
             "ERROR NOT_REGISTERED register first with NAME <name> or SIGNIN <name> <password>");
    anna.send("PASS open sesame");
    QCOMPARE(anna.nextLine(), "OK PASS");
    anna.send("NAME anna");
    QCOMPARE(anna.nextLine(), "OK NAME anna");
    anna.send("PASS anything at all");
    QCOMPARE(anna.nextLine(), "OK PASS"); // registered: changes nothing
    QVERIFY(anna.isConnected());
    // The password is never written to the log.
    for (const LogRecord &record : std::as_const(m_log))
        QVERIFY(!record.text.contains(u"sesame"_s));
}

void tst_Hostile::wrongPasswordClosesTheConnection()
{
    ServerConfig config = hostileConfig();
    config.password = u"open sesame"_s;
    startServer(config);
    std::vector<Peer> guessers;
    for (int i = 0; i < 5; ++i) {
        guessers.push_back(std::make_unique<TestPeer>());
        QVERIFY(guessers.back()->connectTo(port()));
        QVERIFY(guessers.back()->readWelcome());
        guessers.back()->send("PASS guess" + QByteArray::number(i));
    }
    for (const Peer &guesser : guessers) {
        QCOMPARE(guesser->nextLine(), "ERROR BAD_PASSWORD wrong password");
        QCOMPARE(guesser->nextLine(), "BYE BAD_PASSWORD wrong password");
        QVERIFY(guesser->waitForDisconnected());
    }
    // Five guesses in a moment: one record (two on a very slow machine), and no password in it.
    const QStringList records = securityRecords(u"wrong password"_s);
    QVERIFY(!records.isEmpty() && records.size() <= 2);
    QVERIFY(!records.first().contains(u"guess"_s));
    QTRY_COMPARE(m_server->clientCount(), 0);
    TestPeer anna;
    QVERIFY(anna.connectTo(port()));
    QVERIFY(anna.readWelcome());
    anna.send("PASS open sesame");
    QCOMPARE(anna.nextLine(), "OK PASS");
    anna.send("NAME anna");
    QCOMPARE(anna.nextLine(), "OK NAME anna");
}

void tst_Hostile::passwordFromTheCommandLineOrTheEnvironment_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("password");
    QTest::newRow("none") << QStringList() << QString() << QString();
    QTest::newRow("option") << QStringList{ u"--password"_s, u"a b"_s } << QString() << u"a b"_s;
    QTest::newRow("environment") << QStringList() << u"secret"_s << u"secret"_s;
    QTest::newRow("the option wins")
            << QStringList{ u"--password=mine"_s } << u"secret"_s << u"mine"_s;
}

void tst_Hostile::passwordFromTheCommandLineOrTheEnvironment()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, password);
    QProcessEnvironment variables;
    if (!environment.isEmpty())
        variables.insert(QLatin1StringView(ServerCommandLine::PasswordVariable), environment);
    ServerCommandLine commandLine;
    const auto options =
            commandLine.process(QStringList{ u"chinwag-server"_s } + arguments, variables);
    QVERIFY2(options, qPrintable(commandLine.errorText()));
    QCOMPARE(options->config.password, password);
}

void tst_Hostile::commandsInRandomOrder()
{
    ServerConfig config = hostileConfig();
    config.limits.floodLinesPerSecond = 0;
    config.limits.maxGroupsPerUser = 3;
    config.limits.maxMembersPerGroup = 3;
    startServer(config);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    const auto user = [&] { return "u" + QByteArray::number(random.bounded(6)); };
    const auto group = [&] { return "g" + QByteArray::number(random.bounded(4)); };
    const std::vector<std::function<QByteArray()>> commands = {
        [&] { return "NAME " + user(); },
        [&] { return "MSGALL hi"_ba; },
        [&] { return "MSGIND " + user() + " hey"; },
        [&] { return "SENDGROUP " + group() + " yo"; },
        [&] { return "LIST"_ba; },
        [&] { return "MAKEGROUP " + group() + ' ' + user() + ' ' + user(); },
        [&] { return "INVITE " + group() + ' ' + user(); },
        [&] { return "LEAVE " + group(); },
        [&] { return "GROUPS"_ba; },
        [&] { return "MEMBERS " + group(); },
        [&] { return "HISTORY *"_ba; },
        [&] { return "HISTORY #" + group() + " LIMIT 5"; },
        [&] { return "HISTORY @" + user() + " BEFORE 3"; },
        [&] { return "AWAY busy"_ba; },
        [&] { return "BACK"_ba; },
        [&] { return "TYPING #" + group(); },
        [&] { return "TYPING @" + user(); },
        [&] { return "HELP"_ba; },
        [&] { return "HELP INVITE"_ba; },
        [&] { return "PING t"_ba; },
        [&] { return "PONG t"_ba; },
        [&] { return "PASS x"_ba; },
        [&] { return "MAKEGROUP"_ba; },
        [&] { return "INVITE " + group(); },
        [&] { return "HISTORY"_ba; },
    };
    std::vector<Peer> clients;
    std::vector<int> expectedReplies;
    for (int c = 0; c < 5; ++c) {
        clients.push_back(std::make_unique<TestPeer>());
        QVERIFY(clients.back()->connectTo(port()));
        QVERIFY(clients.back()->readWelcome());
        QByteArray lines;
        int replies = 0;
        for (int i = 0; i < 300; ++i) {
            const QByteArray line = commands[random.bounded(quint32(commands.size()))]();
            lines += line + '\n';
            replies += line.startsWith("PONG") ? 0 : 1;
        }
        clients.back()->sendRaw(lines);
        expectedReplies.push_back(replies);
    }
    // Every command has its one final reply, whatever came before it.
    for (size_t c = 0; c < clients.size(); ++c) {
        const QByteArrayList lines = clients[c]->sync(20000);
        const qsizetype finals =
                std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
                    return l.startsWith("OK ") || l.startsWith("ERROR ") || l.startsWith("PONG ");
                });
        QCOMPARE(finals, qsizetype(expectedReplies[c]));
        QCOMPARE(clients[c]->badLines(), QByteArrayList());
    }
    // What LIST says is who is registered.
    const Peer observer = join(u"observer"_s);
    QVERIFY(observer);
    observer->send("LIST");
    const QByteArrayList listed = observer->sync();
    QStringList names;
    const QList<quint64> ids = m_server->clientIds();
    for (const quint64 id : ids) {
        if (m_server->client(id)->isRegistered())
            names.append(m_server->client(id)->name());
    }
    QCOMPARE(listed.size(), names.size() + 1);
    verifyFreshClientIsServed();
}

void tst_Hostile::randomBytes()
{
    ServerConfig config = hostileConfig();
    config.limits.floodLinesPerSecond = 0;
    startServer(config);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    std::vector<Peer> clients;
    for (int c = 0; c < 4; ++c) {
        clients.push_back(std::make_unique<TestPeer>());
        QVERIFY(clients.back()->connectTo(port()));
        // Some register first, so that more of what follows reaches the commands.
        if (c % 2)
            QVERIFY(clients.back()->registerAs(u"r%1"_s.arg(c)));
        for (int chunk = 0; chunk < 64; ++chunk) {
            QByteArray bytes(qsizetype(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &byte : bytes) {
                const quint32 roll = random.bounded(64);
                // Line ends and spaces more often than by chance, and keywords now and then.
                byte = roll == 0 ? '\n' : roll == 1 ? ' ' : char(random.bounded(256));
            }
            if (random.bounded(4) == 0)
                bytes.prepend(
                        Command::keywords().at(random.bounded(quint32(Command::keywords().size())))
                        + ' ');
            clients.back()->sendRaw(bytes);
        }
    }
    for (const Peer &client : clients) {
        if (client->isConnected()) {
            client->sendRaw("\n"); // ends the last line, so that sync()'s PING is a line
            const QByteArrayList lines = client->sync(20000);
            QVERIFY(lines.isEmpty() || !lines.constLast().startsWith("<no PONG"));
        }
        // Whatever came in, what went out is valid protocol.
        QCOMPARE(client->badLines(), QByteArrayList());
    }
    verifyFreshClientIsServed();
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
