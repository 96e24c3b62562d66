// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "databaselock.h"
#include "historywriter.h"
#include "serverprocess.h"
#include "sqlitestore.h"
#include "testpeer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 20000;

// One value a query on the file gives, read on a connection of the test's own.
QString sqlValue(const QString &file, const QString &statement)
{
    QString value;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(file);
        QSqlQuery query(db);
        if (db.open() && query.exec(statement) && query.next())
            value = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

QByteArray burst(int count, const QByteArray &word)
{
    QByteArray lines;
    for (int i = 1; i <= count; ++i)
        lines += "MSGALL " + word + ' ' + QByteArray::number(i) + '\n';
    return lines;
}

int countStartingWith(const QByteArrayList &lines, const QByteArray &prefix)
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [&prefix](const QByteArray &line) {
        return line.startsWith(prefix);
    }));
}

bool logHas(const QSignalSpy &records, const QString &text)
{
    return std::any_of(records.cbegin(), records.cend(), [&text](const QList<QVariant> &args) {
        return args.at(0).value<LogRecord>().text.contains(text);
    });
}

bool prlimitFileSize(qint64 pid, const QString &soft)
{
    return QProcess::execute(
                   u"prlimit"_s,
                   { u"--pid"_s, QString::number(pid), u"--fsize="_s + soft + u":unlimited"_s })
            == 0;
}

// Makes a folder and every file in it read-only for everyone, root included, with the
// immutable flag (chattr): unlike chmod, it also refuses writes through a file already open,
// as a file system remounted read-only does. Cleared again when it goes.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path) : m_path(path) { }
    ~ReadOnlyFolder() { set(false); }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    // False where the flag cannot be set: not root, or a file system without it.
    bool set(bool readOnly)
    {
        QStringList paths = { m_path };
        for (const QString &name : QDir(m_path).entryList(QDir::Files))
            paths += QDir(m_path).filePath(name);
        QProcess chattr;
        chattr.start(u"chattr"_s, QStringList{ readOnly ? u"+i"_s : u"-i"_s } + paths);
        if (!chattr.waitForFinished(TimeoutMs) || chattr.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(chattr.readAllStandardError()).trimmed();
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace

class tst_StoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSlowWriterHoldsTheSendersBack();
    void noOneTimesOutWhileTheServerHoldsReading();
    void aFailingWriterKeepsTheChatGoingAndResumes();
    void aFullDiskLosesOnlyWhatCannotWait();
    void aDatabaseMadeReadOnlyKeepsTheChatGoingAndResumes();
    void aRemovedDatabaseIsWrittenAgainWhole();
    void aCrashNeverGivesAnIdTwice();
    void storeBeforeAckAcknowledgesOnlyWhatIsWritten();
    void storeBeforeAckLosesNothingAcknowledgedInACrash();

private:
    void startServer(bool storeBeforeAck = false, const Limits &limits = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    std::unique_ptr<ChatServer> m_server;
};

void tst_StoreFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"history.sqlite"_s);
}

void tst_StoreFaults::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void tst_StoreFaults::startServer(bool storeBeforeAck, const Limits &limits)
{
    ServerConfig config;
    config.limits = limits;
    config.storeBeforeAck = storeBeforeAck;
    config.dataPath = m_file;
    config.passwordCost = PasswordCost::least();
    config.limits.floodLinesPerSecond = 0; // a burst as fast as the client can send
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY2(m_server->history(), qPrintable(m_server->historyError()));
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_StoreFaults::aSlowWriterHoldsTheSendersBack()
{
    startServer();
    QSignalSpy records(&m_server->log(), &ServerLog::recorded);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, m_server->serverPort());
    QCOMPARE(peers.size(), 2u);
    TestPeer &anna = *peers[0];

    // Given a writer that waits for another program's lock
    DatabaseLock lock(m_file);
    QVERIFY(lock.isHeld());
    // When anna sends more than the store may hold unwritten
    constexpr int Sent = int(Store::MaxUnwritten) + 500;
    anna.sendRaw(burst(Sent, "burst"));

    // Then the server stops reading from her once MaxUnwritten wait, and says why
    const auto acked = [&anna] { return countStartingWith(anna.pendingLines(), "OK MSGALL"); };
    QVERIFY(anna.waitUntil([&] { return acked() >= int(Store::MaxUnwritten); }, TimeoutMs));
    QVERIFY(!anna.waitUntil([&] { return acked() > int(Store::MaxUnwritten); }, 500));
    QCOMPARE(acked(), int(Store::MaxUnwritten));
    QVERIFY(logHas(records, u"Writing the history fell behind"_s));

    // And once the writer can write, reading goes on and every message is acknowledged
    lock.release();
    QVERIFY(anna.waitUntil([&] { return acked() == Sent; }, TimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(logHas(records, u"Writing the history caught up"_s), TimeoutMs);
    QVERIFY(m_server->history()->writeError().isEmpty());
    m_server.reset();
    QCOMPARE(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), QString::number(Sent));
}

void tst_StoreFaults::noOneTimesOutWhileTheServerHoldsReading()
{
    Limits limits;
    limits.registrationTimeoutSeconds = 1;
    limits.idleSeconds = 1;
    limits.pingTimeoutSeconds = 1;
    startServer(false, limits);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, m_server->serverPort());
    QCOMPARE(peers.size(), 2u);
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];

    // Given a server that reads from no one until its writer catches up
    DatabaseLock lock(m_file);
    QVERIFY(lock.isHeld());
    anna.sendRaw(burst(int(Store::MaxUnwritten) + 500, "burst"));
    QVERIFY(anna.waitUntil(
            [&] {
                return countStartingWith(anna.pendingLines(), "OK MSGALL")
                        == int(Store::MaxUnwritten);
            },
            TimeoutMs));
    // When bob answers every PING, and carol connects and sends her NAME
    qsizetype bobRead = 0;
    QObject::connect(&bob.socket(), &QIODevice::readyRead, &bob, [&bob, &bobRead] {
        const QByteArrayList lines = bob.pendingLines();
        for (; bobRead < lines.size(); ++bobRead) {
            if (lines[bobRead].startsWith("PING "))
                bob.sendRaw("PONG " + lines[bobRead].mid(5) + '\n');
        }
    });
    TestPeer carol;
    QVERIFY(carol.connectTo(m_server->serverPort()));
    QVERIFY(carol.readWelcome());
    carol.send("NAME carol");
    // Then for longer than every timeout, while their lines wait unread, no one is cut off
    const auto cutOff = [](const TestPeer &peer) {
        return !peer.isConnected() || countStartingWith(peer.pendingLines(), "BYE") > 0;
    };
    QVERIFY(!anna.waitUntil([&] { return cutOff(anna) || cutOff(bob) || cutOff(carol); }, 3000));
    // And once the writer can write, carol is registered and the others still there
    lock.release();
    QCOMPARE(carol.waitForLine("OK NAME", TimeoutMs), "OK NAME carol");
    QVERIFY(anna.waitUntil(
            [&] {
                return countStartingWith(anna.pendingLines(), "OK MSGALL")
                        == int(Store::MaxUnwritten) + 500;
            },
            TimeoutMs));
    QVERIFY(bob.isConnected());
}

void tst_StoreFaults::aFailingWriterKeepsTheChatGoingAndResumes()
{
    startServer();
    QSignalSpy records(&m_server->log(), &ServerLog::recorded);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, m_server->serverPort());
    QCOMPARE(peers.size(), 2u);
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    const SqliteStore &store = *m_server->history();

    // Given a lock held for longer than the writer waits for it
    DatabaseLock lock(m_file);
    QVERIFY(lock.isHeld());
    anna.sendRaw(burst(10, "before"));
    QVERIFY(bob.waitForPendingLines(10));
    // Then writing fails, which the log says in red (an error) and the store keeps saying
    QTRY_VERIFY_WITH_TIMEOUT(!store.writeError().isEmpty(), TimeoutMs);
    QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const QList<QVariant> &args) {
        return args.at(0).value<LogRecord>().kind == LogRecord::Kind::Error;
    }));
    // While the chat goes on
    anna.sendRaw(burst(10, "during"));
    QVERIFY(bob.waitForPendingLines(20));
    QCOMPARE(countStartingWith(bob.pendingLines(), "MSG * anna"), 20);

    // And when the lock is let go, writing resumes by itself with nothing lost
    lock.release();
    QTRY_VERIFY_WITH_TIMEOUT(store.writeError().isEmpty(), TimeoutMs);
    QVERIFY(logHas(records, u"The history is written again"_s));
    m_server.reset();
    QCOMPARE(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"20"_s);
}

void tst_StoreFaults::aFullDiskLosesOnlyWhatCannotWait()
{
    ServerProcess server(QStringLiteral(CHINWAG_SERVER_EXECUTABLE));
    QVERIFY(server.start({ u"--data"_s, m_file, u"--flood-rate"_s, u"0"_s }));
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, server.port());
    QCOMPARE(peers.size(), 2u);
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    anna.send("MSGALL written before");
    QVERIFY(anna.waitForLine("OK MSGALL").startsWith("OK MSGALL"));
    QTRY_COMPARE_WITH_TIMEOUT(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"1"_s,
                              TimeoutMs);

    // Given a disk that takes no more bytes (a file-size limit of one byte, as a full disk)
    QVERIFY(prlimitFileSize(server.pid(), u"1"_s));
    // When more messages come than the writer keeps while it cannot write
    constexpr int Over = 100;
    constexpr int Sent = int(HistoryWriter::MaxKeptMessages) + Over;
    anna.sendRaw(burst(Sent, "full"));
    // Then everyone still gets every message
    QVERIFY(bob.waitUntil(
            [&] { return countStartingWith(bob.pendingLines(), "MSG * anna") == Sent + 1; },
            TimeoutMs));
    QVERIFY(server.waitForLog(u"The history could not be written"_s));
    // And the log counts the oldest it gave up, and only those
    const QRegularExpression dropped(u"(\\d+) message\\(s\\) could not be kept"_s);
    const auto droppedSoFar = [&] {
        int sum = 0;
        for (auto it = dropped.globalMatch(server.log()); it.hasNext();)
            sum += it.next().captured(1).toInt();
        return sum;
    };
    QTRY_COMPARE_WITH_TIMEOUT(droppedSoFar(), Over, TimeoutMs);

    // And once the disk has room, the rest is written by itself
    QVERIFY(prlimitFileSize(server.pid(), u"unlimited"_s));
    QVERIFY(server.waitForLog(u"The history is written again"_s));
    QVERIFY(server.stop());
    QCOMPARE(sqlValue(m_file, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(sqlValue(m_file, u"SELECT count(*) FROM messages"_s),
             QString::number(1 + HistoryWriter::MaxKeptMessages));
    QCOMPARE(sqlValue(m_file, u"SELECT min(id) FROM messages WHERE text LIKE 'full %'"_s),
             sqlValue(m_file, u"SELECT id FROM messages WHERE text = 'full %1'"_s.arg(Over + 1)));
}

void tst_StoreFaults::aDatabaseMadeReadOnlyKeepsTheChatGoingAndResumes()
{
    startServer();
    QSignalSpy records(&m_server->log(), &ServerLog::recorded);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, m_server->serverPort());
    QCOMPARE(peers.size(), 2u);
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    const SqliteStore &store = *m_server->history();
    anna.send("MSGALL written before");
    QVERIFY(bob.waitForPendingLines(1));
    QTRY_COMPARE_WITH_TIMEOUT(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"1"_s,
                              TimeoutMs);

    // Given the database's folder and files made read-only while the server has them open
    ReadOnlyFolder folder(m_dir->path());
    if (!folder.set(true))
        QSKIP(qPrintable(u"the immutable flag needs root and a file system with it: "_s
                         + folder.error()));
    // When messages come
    anna.sendRaw(burst(10, "read-only"));
    // Then everyone gets them, while the log and the store say that they are not written
    QVERIFY(bob.waitUntil([&] { return countStartingWith(bob.pendingLines(), "MSG * anna") == 11; },
                          TimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(!store.writeError().isEmpty(), TimeoutMs);
    QVERIFY(logHas(records, u"The history could not be written"_s));

    // And once the files may be written again, so is what waited, by itself
    QVERIFY2(folder.set(false), qPrintable(folder.error()));
    QTRY_VERIFY_WITH_TIMEOUT(store.writeError().isEmpty(), TimeoutMs);
    QVERIFY(logHas(records, u"The history is written again"_s));
    m_server.reset();
    QCOMPARE(sqlValue(m_file, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"11"_s);
}

void tst_StoreFaults::aRemovedDatabaseIsWrittenAgainWhole()
{
    startServer();
    QSignalSpy records(&m_server->log(), &ServerLog::recorded);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, m_server->serverPort());
    QCOMPARE(peers.size(), 2u);
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    anna.sendRaw(burst(5, "before"));
    QVERIFY(bob.waitForPendingLines(5));
    QTRY_COMPARE_WITH_TIMEOUT(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"5"_s,
                              TimeoutMs);

    // Given the database's files removed while the server has them open
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QVERIFY(QFile::remove(m_file + suffix));
    // When messages come
    anna.sendRaw(burst(5, "after"));
    QVERIFY(bob.waitUntil([&] { return countStartingWith(bob.pendingLines(), "MSG * anna") == 10; },
                          TimeoutMs));
    // Then the file is there again, with all of them, and the log says what happened
    QTRY_VERIFY_WITH_TIMEOUT(logHas(records, u"file was removed while the server ran"_s),
                             TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"10"_s,
                              TimeoutMs);
    QVERIFY(m_server->history()->writeError().isEmpty());
    // And the history is read from it: what is written after it is served too
    anna.sendRaw(burst(5, "later"));
    QTRY_COMPARE_WITH_TIMEOUT(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"15"_s,
                              TimeoutMs);
    bob.send("HISTORY * LIMIT 200");
    QCOMPARE(bob.waitForLine("OK HISTORY"), "OK HISTORY * 15");
    m_server.reset();
    QCOMPARE(sqlValue(m_file, u"PRAGMA integrity_check"_s), u"ok"_s);
}

void tst_StoreFaults::aCrashNeverGivesAnIdTwice()
{
    quint64 lastAcked = 0;
    {
        ServerProcess server(QStringLiteral(CHINWAG_SERVER_EXECUTABLE));
        QVERIFY(server.start({ u"--data"_s, m_file, u"--flood-rate"_s, u"0"_s }));
        const auto anna = TestPeer::registered(u"anna"_s, server.port());
        QVERIFY(anna);
        // Given 3 000 messages acknowledged, most of them not written yet
        constexpr int Sent = 3000;
        anna->sendRaw(burst(Sent, "crash"));
        QVERIFY(anna->waitUntil(
                [&] { return countStartingWith(anna->pendingLines(), "OK MSGALL") == Sent; },
                TimeoutMs));
        for (const QByteArray &line : anna->pendingLines())
            lastAcked = std::max(lastAcked, line.split(' ').value(2).toULongLong());
        // When the server is killed at once
        server.kill();
    }
    QVERIFY(lastAcked >= 3000);
    // Then the file is sound, holds no id beyond those given out
    QCOMPARE(sqlValue(m_file, u"PRAGMA integrity_check"_s), u"ok"_s);
    QVERIFY(sqlValue(m_file, u"SELECT coalesce(max(id), 0) FROM messages"_s).toULongLong()
            <= lastAcked);
    // And the restarted server gives ids after every one acknowledged before the crash
    ServerProcess server(QStringLiteral(CHINWAG_SERVER_EXECUTABLE));
    QVERIFY(server.start({ u"--data"_s, m_file }));
    const auto anna = TestPeer::registered(u"anna"_s, server.port());
    QVERIFY(anna);
    anna->send("MSGALL after the crash");
    const QByteArray ok = anna->waitForLine("OK MSGALL");
    QVERIFY2(ok.split(' ').value(2).toULongLong() > lastAcked, ok.constData());
    QVERIFY(server.stop());
    QCOMPARE(sqlValue(m_file, u"PRAGMA integrity_check"_s), u"ok"_s);
}

void tst_StoreFaults::storeBeforeAckAcknowledgesOnlyWhatIsWritten()
{
    startServer(true);
    auto peers = TestPeer::registeredAll({ u"anna"_s, u"bob"_s }, m_server->serverPort());
    QCOMPARE(peers.size(), 2u);
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];

    // Given a writer that cannot write yet
    DatabaseLock lock(m_file);
    QVERIFY(lock.isHeld());
    anna.send("MSGALL kept first");
    // Then neither the sender's OK nor the others' MSG comes before the message is written
    QVERIFY(!anna.waitForPendingLines(1, 500));
    QVERIFY(bob.pendingLines().isEmpty());
    lock.release();
    QVERIFY(anna.waitForLine("OK MSGALL").startsWith("OK MSGALL"));
    QCOMPARE(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), u"1"_s);
    QVERIFY(bob.waitForLine("MSG * anna").endsWith(" kept first"));
}

void tst_StoreFaults::storeBeforeAckLosesNothingAcknowledgedInACrash()
{
    constexpr int Sent = 1000;
    {
        ServerProcess server(QStringLiteral(CHINWAG_SERVER_EXECUTABLE));
        QVERIFY(server.start(
                { u"--data"_s, m_file, u"--flood-rate"_s, u"0"_s, u"--store-before-ack"_s }));
        const auto anna = TestPeer::registered(u"anna"_s, server.port());
        QVERIFY(anna);
        anna->sendRaw(burst(Sent, "kept"));
        QVERIFY(anna->waitUntil(
                [&] { return countStartingWith(anna->pendingLines(), "OK MSGALL") == Sent; },
                TimeoutMs));
        server.kill();
    }
    QCOMPARE(sqlValue(m_file, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(sqlValue(m_file, u"SELECT count(*) FROM messages"_s), QString::number(Sent));
}

QTEST_GUILESS_MAIN(tst_StoreFaults)
#include "tst_storefaults.moc"
