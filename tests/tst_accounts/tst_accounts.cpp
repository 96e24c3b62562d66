// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts below the commands: Argon2id hashing off the event loop and its bounded queue, the
// throttle of wrong passwords and its lockout, the migration of a history file of the version
// before accounts, and the headless operator's console of the real executable.
#include "chatserver.h"
#include "historydatabase.h"
#include "passwordhasher.h"
#include "signinthrottle.h"
#include "sqlitestore.h"
#include "testpeer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 10000;

// Runs `statements` on the file through a connection of the test's own.
bool runSql(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

} // namespace

class tst_Accounts : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2idAndVerifies();
    void hashingRunsOffTheEventLoop();
    void aFullQueueRefusesAtOnce();
    void throttleGrowsTheDelayThenLocksOut();
    void throttleCountsAddressAndAccountApart();
    void throttleTablesStayBounded();
    void historyOfTheVersionBeforeAccountsUpgradesInPlace();
    void headlessConsoleLocksUnlocksAndDeletes();
};

void tst_Accounts::hashIsArgon2idAndVerifies()
{
    const QByteArray hash = PasswordHasher::hashNow(u"correct horse"_s, PasswordCost::least());
    QVERIFY2(hash.startsWith("$argon2id$v=19$m=8,t=1,"), hash.constData());
    QVERIFY(!hash.contains("correct"));
    QVERIFY(PasswordHasher::verifyNow(hash, u"correct horse"_s));
    QVERIFY(!PasswordHasher::verifyNow(hash, u"correct horsE"_s));
    QVERIFY(!PasswordHasher::verifyNow(hash, QString()));
    QVERIFY(!PasswordHasher::verifyNow("not a hash", u"correct horse"_s));
    // Each hash has its own salt.
    QVERIFY(PasswordHasher::hashNow(u"correct horse"_s, PasswordCost::least()) != hash);
    // Non-ASCII passwords are hashed as UTF-8.
    const QByteArray umlaut = PasswordHasher::hashNow(u"grüße-täglich"_s, PasswordCost::least());
    QVERIFY(PasswordHasher::verifyNow(umlaut, u"grüße-täglich"_s));
    // The defaults are libsodium's interactive limits, which the hash carries.
    const QByteArray interactive = PasswordHasher::hashNow(u"correct horse"_s, PasswordCost());
    QVERIFY2(interactive.startsWith("$argon2id$v=19$m=65536,t=2,"), interactive.constData());
}

void tst_Accounts::hashingRunsOffTheEventLoop()
{
    PasswordHasher hasher(PasswordCost::least());
    QThread *loop = QThread::currentThread();
    QThread *ranOn = nullptr;
    QByteArray hash;
    QVERIFY(hasher.hash(u"password-one"_s, [&](const QByteArray &made) {
        ranOn = QThread::currentThread();
        hash = made;
    }));
    // The answer is queued: nothing has come back yet.
    QVERIFY(hash.isEmpty());
    QCOMPARE(hasher.pending(), 1);
    QTRY_VERIFY(!hash.isEmpty());
    QCOMPARE(ranOn, loop);
    QCOMPARE(hasher.pending(), 0);
    int answers = 0;
    bool matched = false;
    QVERIFY(hasher.verify(hash, u"password-one"_s, [&](bool matches) {
        matched = matches;
        ++answers;
    }));
    QVERIFY(hasher.change(hash, u"wrong-password"_s, u"password-two"_s,
                          [&](bool matches, const QByteArray &made) {
                              QVERIFY(!matches && made.isEmpty());
                              ++answers;
                          }));
    QTRY_COMPARE(answers, 2);
    QVERIFY(matched);
}

void tst_Accounts::aFullQueueRefusesAtOnce()
{
    // A costly hash, so that the queue is still full when the next request comes.
    PasswordHasher hasher(PasswordCost{ 4, 32 * 1024 }, 2);
    int done = 0;
    QVERIFY(hasher.hash(u"password-one"_s, [&](const QByteArray &) { ++done; }));
    QVERIFY(hasher.hash(u"password-two"_s, [&](const QByteArray &) { ++done; }));
    bool called = false;
    QVERIFY(!hasher.verify("$argon2id$", u"password-three"_s, [&](bool) { called = true; }));
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, TimeoutMs);
    QVERIFY(!called);
    QVERIFY(hasher.hash(u"password-four"_s, [&](const QByteArray &) { ++done; }));
    QTRY_COMPARE_WITH_TIMEOUT(done, 3, TimeoutMs);
}

void tst_Accounts::throttleGrowsTheDelayThenLocksOut()
{
    SignInThrottle throttle;
    const SignInThrottle::Policy &policy = throttle.policy();
    const QString address = u"192.0.2.1"_s;
    qint64 now = 1'000'000;
    // The first failures cost nothing.
    for (int i = 0; i < policy.freeFailures; ++i) {
        QCOMPARE(throttle.check(address, u"anna"_s, now).waitMSecs, 0);
        QVERIFY(!throttle.failed(address, u"anna"_s, now));
    }
    QCOMPARE(throttle.check(address, u"anna"_s, now).waitMSecs, 0);
    // Then each next attempt waits twice as long as the one before, up to the most.
    QList<qint64> waits;
    for (int failures = policy.freeFailures + 1; failures < policy.lockoutFailures; ++failures) {
        QVERIFY(!throttle.failed(address, u"anna"_s, now));
        const SignInThrottle::Verdict verdict = throttle.check(address, u"anna"_s, now);
        QVERIFY(!verdict.lockedOut);
        waits.append(verdict.waitMSecs);
        now += verdict.waitMSecs;
        QCOMPARE(throttle.check(address, u"anna"_s, now).waitMSecs, 0);
    }
    QCOMPARE(waits, QList<qint64>({ 1000, 2000, 4000, 8000, 16000, 30000, 30000 }));
    // Then one more locks the account and the address out, for the lockout's time.
    QVERIFY(throttle.failed(address, u"anna"_s, now));
    const SignInThrottle::Verdict locked = throttle.check(address, u"anna"_s, now);
    QVERIFY(locked.lockedOut);
    QCOMPARE(locked.waitMSecs, policy.lockoutMSecs);
    QVERIFY(throttle.check(u"198.51.100.1"_s, u"anna"_s, now).lockedOut);
    QVERIFY(throttle.check(address, u"bob"_s, now).lockedOut);
    now += policy.lockoutMSecs;
    QCOMPARE(throttle.check(address, u"anna"_s, now).waitMSecs, 0);
    // A lockout that is over starts the count again.
    QVERIFY(!throttle.failed(address, u"anna"_s, now));
    QCOMPARE(throttle.check(address, u"anna"_s, now).waitMSecs, 0);
}

void tst_Accounts::throttleCountsAddressAndAccountApart()
{
    SignInThrottle throttle;
    const qint64 now = 5000;
    // One address guessing many accounts is held back by its address...
    for (int i = 0; i < 3; ++i)
        throttle.failed(u"192.0.2.1"_s, u"user%1"_s.arg(i), now);
    QVERIFY(throttle.check(u"192.0.2.1"_s, u"someone"_s, now).waitMSecs > 0);
    // ...and many addresses guessing one account by the account.
    for (int i = 0; i < 3; ++i)
        throttle.failed(u"198.51.100.%1"_s.arg(i), u"dora"_s, now);
    QVERIFY(throttle.check(u"203.0.113.1"_s, u"dora"_s, now).waitMSecs > 0);
    QCOMPARE(throttle.check(u"203.0.113.1"_s, u"erin"_s, now).waitMSecs, 0);
    // A success clears the account and the address.
    throttle.succeeded(u"192.0.2.1"_s, u"user2"_s);
    QCOMPARE(throttle.check(u"192.0.2.1"_s, u"erin"_s, now).waitMSecs, 0);
}

void tst_Accounts::throttleTablesStayBounded()
{
    SignInThrottle::Policy policy;
    policy.maxEntries = 100;
    SignInThrottle throttle(policy);
    qint64 now = 0;
    for (int i = 0; i < 10'000; ++i)
        throttle.failed(u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256), u"anna"_s, ++now);
    // The newest failures are still counted; the oldest gave way.
    for (int i = 0; i < 3; ++i)
        throttle.failed(u"10.0.39.15"_s, u"erin"_s, now);
    QVERIFY(throttle.check(u"10.0.39.15"_s, u"nobody"_s, now).waitMSecs > 0);
    QCOMPARE(throttle.check(u"10.0.0.1"_s, u"nobody"_s, now).waitMSecs, 0);
}

void tst_Accounts::historyOfTheVersionBeforeAccountsUpgradesInPlace()
{
    // Given a history file written by the version before accounts (schema 1): messages, the
    // names that registered, and a message held for the bare name dora
    QTemporaryDir dir;
    const QString file = dir.filePath(u"history.sqlite"_s);
    QVERIFY(runSql(
            file,
            { u"CREATE TABLE messages (id INTEGER PRIMARY KEY, time INTEGER NOT NULL, kind TEXT "
              u"NOT NULL CHECK (kind IN ('*', '@', '#')), conversation TEXT NOT NULL, recipient "
              u"TEXT NOT NULL, sender TEXT NOT NULL, text TEXT NOT NULL)"_s,
              u"CREATE INDEX messages_by_conversation ON messages (kind, conversation, id)"_s,
              u"CREATE TABLE held (message_id INTEGER PRIMARY KEY REFERENCES messages (id), "
              u"recipient TEXT NOT NULL)"_s,
              u"CREATE INDEX held_by_recipient ON held (recipient, message_id)"_s,
              u"CREATE TABLE names (key TEXT PRIMARY KEY, name TEXT NOT NULL, registered "
              u"INTEGER NOT NULL) WITHOUT ROWID"_s,
              u"INSERT INTO messages VALUES (1, 1795000000000, '*', '', '', 'anna', 'hello')"_s,
              u"INSERT INTO messages VALUES (2, 1795000000001, '@', 'anna dora', 'dora', "
              u"'anna', 'private')"_s,
              u"INSERT INTO held VALUES (2, 'dora')"_s,
              u"INSERT INTO names VALUES ('dora', 'dora', 1795000000000)"_s,
              u"PRAGMA user_version = 1"_s }));

    // When the server opens it
    ServerConfig config;
    config.dataPath = file;
    config.passwordCost = PasswordCost::least();
    {
        ChatServer server(config);
        QVERIFY2(server.history(), qPrintable(server.historyError()));
        // Then it keeps its messages and ids, but holds nothing for a bare name, which anyone
        // could take
        QCOMPARE(server.history()->messageCount(), 2u);
        QCOMPARE(server.history()->lastId(), 2u);
        QCOMPARE(server.history()->heldCount(), 0u);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // and whoever makes an account of the name reads nothing from before it
        TestPeer dora;
        QVERIFY(dora.signInAs(Command::Type::SignUp, u"dora"_s, u"dora-password"_s,
                              server.serverPort()));
        QCOMPARE(dora.sync(), QByteArrayList());
        dora.send("HISTORY @anna");
        QCOMPARE(dora.sync(), QByteArrayList{ "OK HISTORY @anna 0" });
        dora.send("HISTORY *");
        QCOMPARE(TestPeer::masked(dora.sync()),
                 QByteArrayList({ "HIST * anna <id> <time> hello", "OK HISTORY * 1" }));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(file);
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), HistoryDatabase::SchemaVersion);
    QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'names'"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(u"SELECT name FROM accounts"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"dora"_s);
    query = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void tst_Accounts::headlessConsoleLocksUnlocksAndDeletes()
{
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(CHINWAG_SERVER_EXECUTABLE),
                 { u"--lang"_s, u"en"_s, u"--headless"_s, u"--data"_s, u":memory:"_s,
                   u"--argon2-ops"_s, u"1"_s, u"--argon2-memory"_s, u"8"_s, u"127.0.0.1"_s,
                   u"0"_s });
    QVERIFY(server.waitForStarted(TimeoutMs));
    QByteArray output;
    const auto waitFor = [&](const QString &pattern) {
        const QRegularExpression expression(pattern);
        QRegularExpressionMatch match;
        QSignalSpy more(&server, &QProcess::readyReadStandardOutput);
        while (!(match = expression.match(QString::fromUtf8(output += server.readAll())))
                        .hasMatch()) {
            if (!more.wait(TimeoutMs))
                return QString();
        }
        return match.captured(match.lastCapturedIndex());
    };
    const quint16 port = waitFor(u"My server has started on 127\\.0\\.0\\.1:(\\d+)"_s).toUShort();
    QVERIFY(port != 0);
    TestPeer anna;
    QVERIFY(anna.signInAs(Command::Type::SignUp, u"anna"_s, u"anna-password"_s, port));

    server.write("help\naccounts\n");
    QVERIFY(!waitFor(u"(Commands: accounts; lock <name>)"_s).isEmpty());
    QVERIFY(!waitFor(u"(anna  created \\S+ \\S+  last seen)"_s).isEmpty());
    QVERIFY(!waitFor(u"(1 account)"_s).isEmpty());
    server.write("lock Anna\n");
    QVERIFY(anna.waitForLine("BYE").startsWith("BYE LOCKED"));
    QVERIFY(!waitFor(u"(The operator locked the account anna)"_s).isEmpty());
    server.write("accounts\nunlock anna\nlock nobody\n");
    QVERIFY(!waitFor(u"(anna  created .*  locked)"_s).isEmpty());
    QVERIFY(!waitFor(u"(There is no account nobody\\.)"_s).isEmpty());
    QVERIFY(!waitFor(u"(The operator unlocked the account anna)"_s).isEmpty());
    TestPeer again;
    QVERIFY(again.signInAs(Command::Type::SignIn, u"anna"_s, u"anna-password"_s, port));
    server.write("delete anna\nfly away\n");
    QVERIFY(again.waitForLine("BYE").startsWith("BYE ACCOUNT_DELETED"));
    QVERIFY(!waitFor(u"(Unknown command \"fly away\")"_s).isEmpty());
    QVERIFY(!output.contains("anna-password"));
    server.terminate();
    QVERIFY(server.waitForFinished(TimeoutMs));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_Accounts)
#include "tst_accounts.moc"
