// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "sqlitestore.h"
#include "testpeer.h"

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
const QString BobPassword = u"bob-password"_s;

qint64 sqlNumber(const QString &file, const QString &statement)
{
    qint64 value = -1;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(file);
        QSqlQuery query(db);
        if (db.open() && query.exec(statement) && query.next())
            value = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

StoredMessage everyone(quint64 id, const QDateTime &time, const QString &text)
{
    return {
        ChatMessage{ id, time, Conversation::everyone(), u"anna"_s, text }, u"anna"_s, {}, false
    };
}

} // namespace

// What keeps the server's stores from growing without end: the messages held for one offline
// account, and the history's retention by age and by size.
class tst_StoreBounds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void heldMessagesAreCappedByCount();
    void heldMessagesAreCappedByBytes();
    void retentionRemovesOldMessagesButNotHeldOnes();
    void retentionBySizeKeepsTheNewest();

private:
    void startServer(const Limits &limits);
    // bob's account, signed out: what is sent to him is held.
    bool bobIsAway();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChatServer> m_server;
};

void tst_StoreBounds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_StoreBounds::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void tst_StoreBounds::startServer(const Limits &limits)
{
    ServerConfig config;
    config.dataPath = m_dir->filePath(u"history.sqlite"_s);
    config.passwordCost = PasswordCost::least();
    config.limits = limits;
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY2(m_server->history(), qPrintable(m_server->historyError()));
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

bool tst_StoreBounds::bobIsAway()
{
    TestPeer bob;
    if (!bob.signInAs(Command::Type::SignUp, u"bob"_s, BobPassword, m_server->serverPort()))
        return false;
    bob.send("CLOSE");
    return bob.waitForDisconnected();
}

void tst_StoreBounds::heldMessagesAreCappedByCount()
{
    Limits limits;
    limits.maxHeldPerAccount = 3;
    startServer(limits);
    QVERIFY(bobIsAway());
    const auto anna = TestPeer::registered(u"anna"_s, m_server->serverPort());
    QVERIFY(anna);
    for (int i = 1; i <= 3; ++i) {
        anna->send("MSGIND bob message " + QByteArray::number(i));
        QVERIFY(anna->waitForLine("OK MSGIND").endsWith(" HELD"));
    }
    // The fourth is refused, plainly, and nothing of it is kept
    anna->send("MSGIND bob one too many");
    const QByteArray refused = anna->waitForLine("ERROR");
    QVERIFY2(refused.startsWith("ERROR HELD_FULL bob is offline and has as many messages"),
             refused.constData());
    QCOMPARE(m_server->history()->heldCount(u"bob"_s), 3);

    // Once bob has read them, he can be written to again
    TestPeer bob;
    QVERIFY(bob.signInAs(Command::Type::SignIn, u"bob"_s, BobPassword, m_server->serverPort()));
    const QByteArrayList held = bob.sync();
    QCOMPARE(std::count_if(held.cbegin(), held.cend(),
                           [](const QByteArray &line) { return line.startsWith("MSG @bob anna"); }),
             3);
    bob.send("CLOSE");
    QVERIFY(bob.waitForDisconnected());
    anna->send("MSGIND bob welcome back");
    QVERIFY(anna->waitForLine("OK MSGIND").endsWith(" HELD"));
}

void tst_StoreBounds::heldMessagesAreCappedByBytes()
{
    Limits limits;
    limits.maxHeldBytesPerAccount = 2048;
    startServer(limits);
    QVERIFY(bobIsAway());
    const auto anna = TestPeer::registered(u"anna"_s, m_server->serverPort());
    QVERIFY(anna);
    // "é" is two bytes of UTF-8: the cap counts bytes, not characters.
    anna->send("MSGIND bob " + QString(1000, u'é').toUtf8());
    QVERIFY(anna->waitForLine("OK MSGIND").endsWith(" HELD"));
    anna->send("MSGIND bob " + QByteArray(48, 'x'));
    QVERIFY(anna->waitForLine("OK MSGIND").endsWith(" HELD"));
    // One byte more than the cap is refused
    anna->send("MSGIND bob y");
    QVERIFY(anna->waitForLine("ERROR").startsWith("ERROR HELD_FULL "));
    QCOMPARE(m_server->history()->heldBytes(u"bob"_s), 2048);
}

void tst_StoreBounds::retentionRemovesOldMessagesButNotHeldOnes()
{
    const QString file = m_dir->filePath(u"old.sqlite"_s);
    QString error;
    const auto store = SqliteStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime old = now.addDays(-40);
    store->saveAccount({ u"bob"_s, u"bob"_s, "hash", 0, 0, 0, false });
    store->record(everyone(1, old, u"old"_s));
    store->record({ ChatMessage{ 2, old, Conversation::direct(u"bob"_s), u"anna"_s,
                                 u"old, still waiting for bob"_s },
                    u"anna"_s, u"bob"_s, true });
    store->record(everyone(3, now.addDays(-10), u"recent"_s));
    store->record(everyone(4, now, u"new"_s));
    QCOMPARE(store->messageCount(), 4u);

    QSignalSpy pruned(store.get(), &Store::messagesPruned);
    store->setRetention({ 30, 0 });
    QVERIFY(pruned.wait(TimeoutMs));
    QCOMPARE(pruned.at(0).at(0).toLongLong(), 1);
    QCOMPARE(store->prunedCount(), 1u);
    QCOMPARE(store->messageCount(), 3u);
    QCOMPARE(sqlNumber(file, u"SELECT count(*) FROM messages WHERE id = 1"_s), 0);
    QCOMPARE(sqlNumber(file, u"SELECT count(*) FROM messages WHERE id IN (2, 3, 4)"_s), 3);
    // bob still gets what waited for him
    QCOMPARE(store->takeHeld(u"bob"_s).value(0).text, u"old, still waiting for bob"_s);
}

void tst_StoreBounds::retentionBySizeKeepsTheNewest()
{
    const QString file = m_dir->filePath(u"big.sqlite"_s);
    QString error;
    const auto store = SqliteStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    constexpr int Messages = 6000;
    const QString text(1000, u'x');
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (quint64 id = 1; id <= Messages; ++id)
        store->record(everyone(id, now, text));
    constexpr qint64 Cap = 2 * 1024 * 1024;

    QSignalSpy pruned(store.get(), &Store::messagesPruned);
    store->setRetention({ 0, Cap });
    QVERIFY(pruned.wait(TimeoutMs));
    const qint64 used = sqlNumber(file,
                                  u"SELECT (page_count - freelist_count) * page_size"
                                  u" FROM pragma_page_count, pragma_freelist_count,"
                                  u" pragma_page_size"_s);
    QVERIFY2(used <= Cap, qPrintable(QString::number(used)));
    const qint64 left = sqlNumber(file, u"SELECT count(*) FROM messages"_s);
    QVERIFY(left > 0 && left < Messages);
    QCOMPARE(left + pruned.at(0).at(0).toLongLong(), qint64(Messages));
    // The newest are what is left
    QCOMPARE(sqlNumber(file, u"SELECT max(id) - min(id) + 1 FROM messages"_s), left);
    QCOMPARE(sqlNumber(file, u"SELECT max(id) FROM messages"_s), qint64(Messages));
}

QTEST_GUILESS_MAIN(tst_StoreBounds)
#include "tst_storebounds.moc"
