// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "sqlitestore.h"
#include "historydatabase.h"
#include "servercommandline.h"
#include "testpeer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

using Peer = std::unique_ptr<TestPeer>;

constexpr int TimeoutMs = 10000;
const QString AnnaPassword = u"anna-password"_s;
const QString BobPassword = u"bob-password"_s;
const QString DoraPassword = u"dora-password"_s;

ChatMessage message(quint64 id, const Conversation &to, const QString &from, const QString &text)
{
    return { id, QDateTime::fromMSecsSinceEpoch(1'795'000'000'000 + qint64(id), Qt::UTC), to, from,
             text };
}

StoredMessage toEveryone(quint64 id, const QString &from, const QString &text)
{
    return { message(id, Conversation::everyone(), from, text), from.toLower(), {} };
}

QStringList textsOf(const QList<ChatMessage> &messages)
{
    QStringList texts;
    for (const ChatMessage &m : messages)
        texts.append(m.text);
    return texts;
}

// Runs `statements` on the file through a connection of the test's own, and returns the last
// one's rows, each as its columns joined by '|'.
QStringList sql(const QString &file, const QStringList &statements)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test"_s);
        db.setDatabaseName(file);
        if (!db.open())
            return { u"<cannot open>"_s };
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return { u"<failed: %1>"_s.arg(statement) };
        }
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            rows.append(columns.join(u'|'));
        }
    }
    QSqlDatabase::removeDatabase(u"test"_s);
    return rows;
}

// The id in "OK MSGALL <id> <time>" and its kin.
quint64 idOf(const QByteArray &ok)
{
    return ok.split(' ').value(2).toULongLong();
}

// The id in "HIST <to> <from> <id> <time> <text>".
quint64 histIdOf(const QByteArray &hist)
{
    return hist.split(' ').value(3).toULongLong();
}

} // namespace

// The server's history: the store on a temporary file (schema, migrations, batches, what
// survives a restart), HISTORY's privacy rules and paging through real sockets, messages held
// for offline accounts, groups of accounts across a restart, and the real executable restarted
// on the same file.
class tst_History : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storeCreatesItsSchemaInWalMode();
    void storeKeepsMessagesAccountsGroupsAndHeldMessagesAcrossReopening();
    void storeReadsWhatIsNotWrittenYetFromMemory();
    void storeWritesABusyPassWhole();
    void storeRefusesWhatItCannotUse_data();
    void storeRefusesWhatItCannotUse();

    void everyoneHistoryIsForEveryUser();
    void directHistoryIsBothDirectionsAndNobodyElses();
    void groupHistoryStartsWhenTheMemberJoined();
    void groupHistoryNeverShowsAnEarlierGroupOfTheSameName();
    void groupHistoryEndsWhenTheMemberLeaves();
    void pagingWithBeforeAndLimit();
    void defaultLimitIsFifty();
    void badInputs_data();
    void badInputs();

    void heldMessagesAreDeliveredOnceWhenTheAccountSignsIn();
    void aGuestsNameIsNotHeldFor();
    void idsHistoryAndGroupsContinueAfterTheServerIsMadeAgain();

    void historySurvivesARestartOfTheExecutable();
    void aSecondServerOnTheSameFileIsRefused();
    void commandLine_data();
    void commandLine();

private:
    Peer join(const QString &name) { return TestPeer::registered(name, m_server->serverPort()); }
    std::vector<Peer> joinAll(const QStringList &names)
    {
        return TestPeer::registeredAll(names, m_server->serverPort());
    }
    void startServer(const QString &dataPath);
    // Starts the built executable on `dataPath`; returns its port, 0 if it did not start.
    quint16 launch(QProcess &process, const QString &dataPath);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<QSignalSpy> m_errors;
};

void tst_History::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startServer(m_dir->filePath(u"history.sqlite"_s));
}

void tst_History::cleanup()
{
    // No test expects the store to fail: a failed write would only show in the log.
    if (m_errors)
        QCOMPARE(m_errors->size(), 0);
    m_errors.reset();
    m_server.reset();
    m_dir.reset();
}

void tst_History::startServer(const QString &dataPath)
{
    m_errors.reset();
    m_server.reset();
    ServerConfig config;
    config.dataPath = dataPath;
    config.passwordCost = PasswordCost::least();
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY2(m_server->history(), qPrintable(m_server->historyError()));
    m_errors = std::make_unique<QSignalSpy>(m_server->history(), &SqliteStore::failed);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_History::storeCreatesItsSchemaInWalMode()
{
    const QString file = m_dir->filePath(u"new/folder/chat.sqlite"_s);
    QString error;
    QVERIFY2(SqliteStore::open(file, &error), qPrintable(error));
    QCOMPARE(sql(file, { u"PRAGMA user_version"_s }),
             QStringList{ QString::number(HistoryDatabase::SchemaVersion) });
    QCOMPARE(sql(file, { u"PRAGMA journal_mode"_s }), QStringList{ u"wal"_s });
    QCOMPARE(sql(file,
                 { u"SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND "
                   u"name NOT LIKE 'sqlite_%' ORDER BY name"_s }),
             QStringList({ u"accounts"_s, u"chat_groups"_s, u"held"_s, u"held_by_recipient"_s,
                           u"memberships"_s, u"messages"_s, u"messages_by_conversation"_s,
                           u"meta"_s, u"read_positions"_s }));
    // Paging reads the conversation's index, never the whole table, and sorts nothing.
    const QString plan =
            sql(file,
                { u"EXPLAIN QUERY PLAN SELECT id, time, kind, recipient, sender, text FROM "
                  u"messages WHERE kind = '#' AND conversation = 'team' AND id > 0 AND "
                  u"id <= 100 ORDER BY id DESC LIMIT 50"_s })
                    .join(u'\n');
    QVERIFY2(plan.contains(u"USING INDEX messages_by_conversation"_s), qPrintable(plan));
    QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
}

void tst_History::storeKeepsMessagesAccountsGroupsAndHeldMessagesAcrossReopening()
{
    const QString file = m_dir->filePath(u"store.sqlite"_s);
    QString error;
    const Account dora{ u"dora"_s, u"Dora"_s, "$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA",
                        1000,      2000,      0,
                        false };
    {
        // Given a store with a message of each kind, an account, a group, a read position and
        // two messages held for the account
        auto history = SqliteStore::open(file, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->lastId(), 0u);
        history->saveAccount(dora);
        history->record(toEveryone(1, u"Anna"_s, u"hello"_s));
        history->record({ message(2, Conversation::group(u"Team"_s), u"Anna"_s, u"in the group"_s),
                          u"anna"_s, u"team"_s });
        history->record({ message(3, Conversation::direct(u"Dora"_s), u"Anna"_s, u"first"_s),
                          u"anna"_s, u"dora"_s, true });
        history->record({ message(4, Conversation::direct(u"Dora"_s), u"Anna"_s, u"second"_s),
                          u"anna"_s, u"dora"_s, true });
        history->saveGroup(
                { u"team"_s, u"Team"_s, u"Anna"_s, u"anna"_s, { { u"dora"_s, u"Dora"_s, 1 } } });
        QVERIFY(history->setReadPosition(u"dora"_s, u"*"_s, 1));
        QCOMPARE(history->messageCount(), 4u);
        QCOMPARE(history->heldCount(), 2u);
    }
    {
        // When it is opened again, then everything is there
        auto history = SqliteStore::open(file, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->lastId(), 4u);
        QCOMPARE(history->messageCount(), 4u);
        QCOMPARE(history->heldCount(), 2u);
        QVERIFY(history->account(u"dora"_s));
        QCOMPARE(history->account(u"dora"_s)->passwordHash, dora.passwordHash);
        QCOMPARE(history->account(u"dora"_s)->lastSeenMSecs, 2000);
        QVERIFY(!history->account(u"anna"_s));
        QCOMPARE(history->groups().value(u"team"_s).members.value(0).joinedAfter, 1u);
        QCOMPARE(history->readPosition(u"dora"_s, u"*"_s), 1u);
        const QList<Store::DirectPeer> peers = history->directPeers(u"dora"_s);
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers.value(0).name, u"Anna"_s);
        QCOMPARE(peers.value(0).lastId, 4u);
        const QList<ChatMessage> everyone = history->read(HistoryQuery::everyone());
        QCOMPARE(everyone, QList<ChatMessage>{ toEveryone(1, u"Anna"_s, u"hello"_s).message });
        QCOMPARE(textsOf(history->read(HistoryQuery::group(u"team"_s, 0))),
                 QStringList{ u"in the group"_s });
        // A direct conversation is one, read from either side.
        QCOMPARE(textsOf(history->read(HistoryQuery::direct(u"dora"_s, u"anna"_s))),
                 QStringList({ u"first"_s, u"second"_s }));
        QCOMPARE(history->count(HistoryQuery::direct(u"dora"_s, u"anna"_s), 10), 2);
        QCOMPARE(history->count(HistoryQuery::direct(u"dora"_s, u"anna"_s), 1), 1);
        const QList<ChatMessage> held = history->takeHeld(u"dora"_s);
        QCOMPARE(textsOf(held), QStringList({ u"first"_s, u"second"_s }));
        QCOMPARE(held.at(0).to, Conversation::direct(u"Dora"_s));
        QCOMPARE(held.at(0).time, message(3, {}, {}, {}).time);
        QCOMPARE(history->takeHeld(u"dora"_s), QList<ChatMessage>());
        QCOMPARE(history->heldCount(), 0u);
    }
    {
        // Delivered messages stay delivered; a deleted account takes its own along
        auto history = SqliteStore::open(file, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->heldCount(), 0u);
        QCOMPARE(history->takeHeld(u"dora"_s), QList<ChatMessage>());
        QCOMPARE(history->messageCount(), 4u);
        history->deleteAccount(u"dora"_s);
    }
    auto history = SqliteStore::open(file, &error);
    QVERIFY2(history, qPrintable(error));
    QVERIFY(!history->account(u"dora"_s));
    QVERIFY(history->groups().isEmpty());
    QCOMPARE(history->readPosition(u"dora"_s, u"*"_s), 0u);
    QCOMPARE(history->messageCount(), 4u);
}

void tst_History::storeReadsWhatIsNotWrittenYetFromMemory()
{
    const QString file = m_dir->filePath(u"tail.sqlite"_s);
    QString error;
    auto history = SqliteStore::open(file, &error);
    QVERIFY2(history, qPrintable(error));
    QSignalSpy failed(history.get(), &SqliteStore::failed);

    // Read at once, before the event loop has given anything to the writer
    for (quint64 id = 1; id <= 3; ++id)
        history->record(toEveryone(id, u"anna"_s, QString::number(id)));
    QCOMPARE(textsOf(history->read(HistoryQuery::everyone())),
             QStringList({ u"1"_s, u"2"_s, u"3"_s }));
    // Once written, in one transaction, the file has them
    QTRY_COMPARE(sql(file, { u"SELECT count(*) FROM messages"_s }), QStringList{ u"3"_s });

    // Then what is written and what is not read as one, each message once, in order
    for (quint64 id = 4; id <= 5; ++id)
        history->record(toEveryone(id, u"anna"_s, QString::number(id)));
    const QStringList all{ u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s };
    QCOMPARE(textsOf(history->read(HistoryQuery::everyone())), all);
    HistoryQuery page = HistoryQuery::everyone();
    page.limit = 3;
    QCOMPARE(textsOf(history->read(page)), QStringList({ u"3"_s, u"4"_s, u"5"_s }));
    page.before = 4;
    QCOMPARE(textsOf(history->read(page)), QStringList({ u"1"_s, u"2"_s, u"3"_s }));
    QTRY_COMPARE(sql(file, { u"SELECT count(*) FROM messages"_s }), QStringList{ u"5"_s });
    QCoreApplication::processEvents();
    QCOMPARE(textsOf(history->read(HistoryQuery::everyone())), all);
    QCOMPARE(failed.size(), 0);
}

void tst_History::storeWritesABusyPassWhole()
{
    // Given one pass with more messages than one statement inserts, of every kind, some held
    const QString file = m_dir->filePath(u"busy.sqlite"_s);
    QString error;
    QStringList everyone;
    QStringList direct;
    {
        auto history = SqliteStore::open(file, &error);
        QVERIFY2(history, qPrintable(error));
        history->saveAccount({ u"dora"_s, u"dora"_s, "hash", 0, 0, 0, false });
        for (quint64 id = 1; id <= 100; ++id) {
            const QString text = QString::number(id);
            if (id % 10 == 0) {
                history->record({ message(id, Conversation::direct(u"dora"_s), u"anna"_s, text),
                                  u"anna"_s, u"dora"_s, true });
                direct.append(text);
            } else if (id % 3 == 0) {
                history->record({ message(id, Conversation::group(u"team"_s), u"anna"_s, text),
                                  u"anna"_s, u"team"_s });
            } else {
                history->record(toEveryone(id, u"anna"_s, text));
                everyone.append(text);
            }
        }
    }
    // Then each is written once, in its conversation, and the held ones wait
    QCOMPARE(
            sql(file, { u"SELECT count(*), count(DISTINCT id), min(id), max(id) FROM messages"_s }),
            QStringList{ u"100|100|1|100"_s });
    auto history = SqliteStore::open(file, &error);
    QVERIFY2(history, qPrintable(error));
    HistoryQuery all = HistoryQuery::everyone();
    all.limit = Protocol::MaxHistoryLimit;
    QCOMPARE(textsOf(history->read(all)), everyone);
    QCOMPARE(textsOf(history->read(HistoryQuery::direct(u"anna"_s, u"dora"_s))), direct);
    QCOMPARE(textsOf(history->takeHeld(u"dora"_s)), direct);
    QCOMPARE(history->read(HistoryQuery::group(u"team"_s, 0)).size(), 100 - 10 - everyone.size());
}

void tst_History::storeRefusesWhatItCannotUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("a newer schema")
            << u"newer"_s
            << u"it was written by a newer Chinwag (schema 99; this "
               "server knows up to %1)"_s.arg(HistoryDatabase::SchemaVersion);
    QTest::newRow("another program's database")
            << u"foreign"_s << u"the file holds another program's database"_s;
    QTest::newRow("not a database") << u"text"_s << u"file is not a database"_s;
    QTest::newRow("a folder that cannot be made") << u"under a file"_s << u"cannot be made"_s;
    QTest::newRow("used by another server") << u"in use"_s << u"another server uses it"_s;
}

void tst_History::storeRefusesWhatItCannotUse()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QString file = m_dir->filePath(u"refused.sqlite"_s);
    std::unique_ptr<SqliteStore> first;
    QString firstError;
    if (kind == u"newer") {
        QCOMPARE(sql(file,
                     { u"CREATE TABLE messages (id INTEGER)"_s, u"PRAGMA user_version = 99"_s }),
                 QStringList());
    } else if (kind == u"foreign") {
        QCOMPARE(sql(file, { u"CREATE TABLE recipes (name TEXT)"_s }), QStringList());
    } else if (kind == u"text") {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
    } else if (kind == u"under a file") {
        QFile plain(m_dir->filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        file = m_dir->filePath(u"plain/history.sqlite"_s);
    } else if (kind == u"in use") {
        first = SqliteStore::open(file, &firstError);
        QVERIFY2(first, qPrintable(firstError));
        // However long the first has held it
        QFile lock(file + u".lock"_s);
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                 QFileDevice::FileModificationTime));
    }
    QString opened;
    QVERIFY(!SqliteStore::open(file, &opened));
    QVERIFY2(opened.contains(error), qPrintable(opened));
    QVERIFY2(opened.contains(file), qPrintable(opened));
    if (kind == u"newer")
        QCOMPARE(sql(file, { u"PRAGMA user_version"_s }), QStringList{ u"99"_s });
}

void tst_History::everyoneHistoryIsForEveryUser()
{
    // Given anna and bob talking to everyone
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[0]->send("MSGALL hello everyone");
    const QByteArray first = peers[0]->nextLine();
    peers[1]->send("MSGALL hi anna");
    peers[1]->waitForLine("OK MSGALL");
    peers[0]->sync();

    // When carol joins later and asks, then she reads both, with their ids and times
    const Peer carol = join(u"carol"_s);
    QVERIFY(carol);
    carol->send("HISTORY *");
    const QByteArrayList lines = carol->sync();
    QCOMPARE(TestPeer::masked(lines),
             QByteArrayList({ "HIST * anna <id> <time> hello everyone",
                              "HIST * bob <id> <time> hi anna", "OK HISTORY * 2" }));
    QCOMPARE(lines.at(0), "HIST * anna " + first.mid(10) + " hello everyone");
    QCOMPARE(histIdOf(lines.at(1)), idOf(first) + 1);
}

void tst_History::directHistoryIsBothDirectionsAndNobodyElses()
{
    auto peers = joinAll({ u"anna"_s, u"Bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    TestPeer &carol = *peers[2];
    anna.send("MSGIND bob hi bob");
    anna.waitForLine("OK MSGIND");
    bob.send("MSGIND anna hi anna");
    bob.waitForLine("OK MSGIND");
    carol.send("MSGIND bob a secret for bob");
    carol.waitForLine("OK MSGIND");
    anna.send("MSGIND anna a note to myself");
    anna.waitForLine("OK MSGIND");
    anna.sync();

    // Each side reads both directions, as each message was addressed
    const QByteArrayList annaAndBob{ "HIST @Bob anna <id> <time> hi bob",
                                     "HIST @anna Bob <id> <time> hi anna" };
    anna.send("HISTORY @BOB");
    QCOMPARE(TestPeer::masked(anna.sync()), annaAndBob + QByteArrayList{ "OK HISTORY @Bob 2" });
    bob.sync();
    bob.send("HISTORY @anna");
    QCOMPARE(TestPeer::masked(bob.sync()), annaAndBob + QByteArrayList{ "OK HISTORY @anna 2" });
    anna.send("HISTORY @anna");
    QCOMPARE(TestPeer::masked(anna.sync()),
             QByteArrayList(
                     { "HIST @anna anna <id> <time> a note to myself", "OK HISTORY @anna 1" }));
    // Nobody reads another pair's conversation
    carol.send("HISTORY @anna");
    QCOMPARE(carol.sync(), QByteArrayList{ "OK HISTORY @anna 0" });
    carol.send("HISTORY @bob");
    QCOMPARE(TestPeer::masked(carol.sync()),
             QByteArrayList(
                     { "HIST @Bob carol <id> <time> a secret for bob", "OK HISTORY @Bob 1" }));
    // Nor anything said to everyone or in a group
    carol.send("HISTORY @nobody");
    QCOMPARE(carol.sync(), QByteArrayList{ "OK HISTORY @nobody 0" });
}

void tst_History::groupHistoryStartsWhenTheMemberJoined()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &carol = *peers[2];
    anna.send("MAKEGROUP Team bob");
    anna.send("SENDGROUP team before carol");
    anna.waitForLine("OK SENDGROUP");
    anna.send("INVITE team carol");
    anna.send("SENDGROUP team after carol");
    anna.waitForLine("OK SENDGROUP");
    for (const Peer &peer : peers)
        peer->sync();

    // The creator and the first members read it all; carol only since she was invited
    peers[1]->send("HISTORY #TEAM");
    QCOMPARE(TestPeer::masked(peers[1]->sync()),
             QByteArrayList({ "HIST #Team anna <id> <time> before carol",
                              "HIST #Team anna <id> <time> after carol", "OK HISTORY #Team 2" }));
    carol.send("HISTORY #team");
    QCOMPARE(TestPeer::masked(carol.sync()),
             QByteArrayList({ "HIST #Team anna <id> <time> after carol", "OK HISTORY #Team 1" }));
    // What was said to everyone meanwhile is not the group's
    carol.send("MSGALL hello all");
    carol.waitForLine("OK MSGALL");
    carol.send("HISTORY #team");
    QCOMPARE(TestPeer::masked(carol.sync()),
             QByteArrayList({ "HIST #Team anna <id> <time> after carol", "OK HISTORY #Team 1" }));
}

void tst_History::groupHistoryNeverShowsAnEarlierGroupOfTheSameName()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    // Given a group that talked, and emptied, so that it is gone
    anna.send("MAKEGROUP team bob");
    anna.send("SENDGROUP team the old team");
    anna.waitForLine("OK SENDGROUP");
    anna.send("LEAVE team");
    bob.send("LEAVE team");
    bob.waitForLine("OK LEAVE");
    anna.sync();
    bob.sync();
    QCOMPARE(m_server->groupCount(), 0);

    // When a new group takes the name, then its members read nothing of the old one's
    bob.send("MAKEGROUP TEAM anna");
    bob.send("HISTORY #team");
    QCOMPARE(bob.sync(),
             QByteArrayList({ "MADE TEAM bob anna", "OK MAKEGROUP TEAM", "OK HISTORY #TEAM 0" }));
    QCOMPARE(anna.sync(), QByteArrayList{ "MADE TEAM bob anna" });
    anna.send("SENDGROUP team the new team");
    anna.waitForLine("OK SENDGROUP");
    anna.send("HISTORY #team");
    QCOMPARE(TestPeer::masked(anna.sync()),
             QByteArrayList({ "HIST #TEAM anna <id> <time> the new team", "OK HISTORY #TEAM 1" }));
}

void tst_History::groupHistoryEndsWhenTheMemberLeaves()
{
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    TestPeer &anna = *peers[0];
    TestPeer &bob = *peers[1];
    anna.send("MAKEGROUP team bob");
    anna.send("SENDGROUP team one");
    anna.waitForLine("OK SENDGROUP");
    bob.send("LEAVE team");
    bob.waitForLine("OK LEAVE");
    bob.send("HISTORY #team");
    QCOMPARE(bob.nextLine(), "ERROR NOT_A_MEMBER you are not a member of the group team");

    // Invited again, bob reads from his new joining on
    anna.send("SENDGROUP team two, while bob is away");
    anna.send("INVITE team bob");
    anna.send("SENDGROUP team three");
    anna.waitForLine("OK SENDGROUP");
    anna.waitForLine("OK SENDGROUP");
    bob.sync();
    bob.send("HISTORY #team");
    QCOMPARE(TestPeer::masked(bob.sync()),
             QByteArrayList({ "HIST #team anna <id> <time> three", "OK HISTORY #team 1" }));

    // A group that is gone is no conversation at all
    anna.send("LEAVE team");
    bob.send("LEAVE team");
    bob.sync();
    bob.send("HISTORY #team");
    QCOMPARE(bob.nextLine(),
             "ERROR NO_SUCH_GROUP group team does not exist, use GROUPS to see yours");
}

void tst_History::pagingWithBeforeAndLimit()
{
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    QList<quint64> ids;
    for (int i = 1; i <= 7; ++i) {
        anna->send("MSGALL " + QByteArray::number(i));
        ids.append(idOf(anna->nextLine()));
    }
    const auto page = [&anna](const QByteArray &line) {
        anna->send(line);
        QByteArrayList texts;
        const QByteArrayList lines = anna->sync();
        for (const QByteArray &l : lines)
            texts.append(l.startsWith("HIST ") ? l.split(' ').last() : l);
        return texts;
    };
    // The newest first, and then back, page by page, with BEFORE the smallest id received
    QCOMPARE(page("HISTORY * LIMIT 3"), QByteArrayList({ "5", "6", "7", "OK HISTORY * 3" }));
    QCOMPARE(page("HISTORY * BEFORE " + QByteArray::number(ids.at(4)) + " LIMIT 3"),
             QByteArrayList({ "2", "3", "4", "OK HISTORY * 3" }));
    // The options in either order, in any case
    QCOMPARE(page("history * limit 3 before " + QByteArray::number(ids.at(1))),
             QByteArrayList({ "1", "OK HISTORY * 1" }));
    QCOMPARE(page("HISTORY * BEFORE " + QByteArray::number(ids.at(0))),
             QByteArrayList{ "OK HISTORY * 0" });
    // BEFORE an id that no message has yet is fine, as is the largest id there is
    QCOMPARE(page("HISTORY * LIMIT 2 BEFORE 18446744073709551615"),
             QByteArrayList({ "6", "7", "OK HISTORY * 2" }));
    QCOMPARE(page("HISTORY * LIMIT 200").size(), 8);
}

void tst_History::defaultLimitIsFifty()
{
    // Two senders, each well within what flood control lets through at once
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    for (int i = 1; i <= 60; ++i) {
        TestPeer &sender = *peers[i <= 30 ? 0 : 1];
        sender.send("MSGALL " + QByteArray::number(i));
        if (i == 30)
            sender.sync();
    }
    peers[1]->sync();
    peers[0]->sync();
    peers[0]->send("HISTORY *");
    const QByteArrayList lines = peers[0]->sync();
    QCOMPARE(lines.size(), 51);
    QVERIFY2(lines.first().endsWith(" 11"), lines.first().constData());
    QVERIFY2(lines.at(49).endsWith(" 60"), lines.at(49).constData());
    QCOMPARE(lines.last(), "OK HISTORY * 50");
}

void tst_History::badInputs_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    const QByteArray usage = "usage: HISTORY <conversation> [BEFORE <id>] [LIMIT <n>]";
    QTest::newRow("no conversation") << "HISTORY"_ba
                                     << "ERROR BAD_SYNTAX " + usage;
    QTest::newRow("not a conversation")
            << "HISTORY everyone"_ba
            << "ERROR BAD_CONVERSATION \"everyone\" is not a conversation: use * for everyone, "
               "@user or #group"_ba;
    QTest::newRow("bad user name")
            << "HISTORY @9lives"_ba
            << "ERROR BAD_NAME the user name \"9lives\" must start with a letter: use 1 to 32 "
               "letters, digits, '_', '-' or '.', starting with a letter"_ba;
    QTest::newRow("limit 0") << "HISTORY * LIMIT 0"_ba
                             << "ERROR OUT_OF_RANGE LIMIT must be from 1 to 200"_ba;
    QTest::newRow("limit 201") << "HISTORY * LIMIT 201"_ba
                               << "ERROR OUT_OF_RANGE LIMIT must be from 1 to 200"_ba;
    QTest::newRow("before 0") << "HISTORY * BEFORE 0"_ba
                              << "ERROR OUT_OF_RANGE BEFORE takes a message id, from 1"_ba;
    QTest::newRow("limit without a number") << "HISTORY * LIMIT"_ba
                                            << "ERROR BAD_SYNTAX " + usage;
    QTest::newRow("limit not a number") << "HISTORY * LIMIT ten"_ba
                                        << "ERROR BAD_SYNTAX \"ten\" is not a number; " + usage;
    QTest::newRow("unknown option") << "HISTORY * AFTER 3"_ba
                                    << "ERROR BAD_SYNTAX " + usage;
    QTest::newRow("limit twice") << "HISTORY * LIMIT 2 LIMIT 3"_ba
                                 << "ERROR BAD_SYNTAX " + usage;
    QTest::newRow("unknown group")
            << "HISTORY #nowhere"_ba
            << "ERROR NO_SUCH_GROUP group nowhere does not exist, use GROUPS to see yours"_ba;
    QTest::newRow("a group the user is not in")
            << "HISTORY #secret"_ba
            << "ERROR NOT_A_MEMBER you are not a member of the group secret"_ba;
}

void tst_History::badInputs()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    peers[1]->send("MAKEGROUP secret");
    peers[1]->send("SENDGROUP secret only for bob");
    peers[1]->waitForLine("OK SENDGROUP");
    peers[0]->send(line);
    QCOMPARE(peers[0]->nextLine(), reply);
    // The connection goes on, and nothing was said to anyone
    QCOMPARE(peers[0]->sync(), QByteArrayList());
    QCOMPARE(peers[1]->sync(), QByteArrayList());
}

void tst_History::heldMessagesAreDeliveredOnceWhenTheAccountSignsIn()
{
    // Given Dora, who has made an account and gone
    {
        TestPeer dora;
        QVERIFY(dora.signInAs(Command::Type::SignUp, u"Dora"_s, DoraPassword,
                              m_server->serverPort()));
    }
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    QTRY_COMPARE(m_server->clientCount(), 1);

    // When anna writes to her, then anna is told that the messages wait
    anna->send("MSGIND dora see you tomorrow");
    const QByteArray first = anna->nextLine();
    QCOMPARE(TestPeer::masked(first), "OK MSGIND <id> <time> HELD");
    anna->send("MSGIND DORA bring the cake");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "OK MSGIND <id> <time> HELD");
    QCOMPARE(m_server->history()->heldCount(), 2u);

    // When dora signs in, then they arrive right after OK SIGNIN, oldest first, and the
    // others hear that she joined
    TestPeer dora;
    QVERIFY(dora.connectTo(m_server->serverPort()));
    QVERIFY(dora.readWelcome());
    dora.send(Command::signIn(u"dora"_s, DoraPassword));
    const QByteArrayList lines = dora.sync();
    QCOMPARE(TestPeer::masked(lines),
             QByteArrayList({ "OK SIGNIN Dora", "MSG @Dora anna <id> <time> see you tomorrow",
                              "MSG @Dora anna <id> <time> bring the cake" }));
    QCOMPARE(lines.at(1),
             "MSG @Dora anna " + first.mid(10, first.size() - 15) + " see you tomorrow");
    QCOMPARE(anna->sync(), QByteArrayList{ "JOINED Dora" });
    QCOMPARE(m_server->history()->heldCount(), 0u);

    // Once: not again when she comes back
    dora.send("CLOSE");
    QVERIFY(dora.waitForDisconnected());
    TestPeer again;
    QVERIFY(again.signInAs(Command::Type::SignIn, u"Dora"_s, DoraPassword, m_server->serverPort()));
    QCOMPARE(again.sync(), QByteArrayList());
    // They are part of the direct conversation's history
    again.send("HISTORY @anna");
    QCOMPARE(
            TestPeer::masked(again.sync()),
            QByteArrayList({ "HIST @Dora anna <id> <time> see you tomorrow",
                             "HIST @Dora anna <id> <time> bring the cake", "OK HISTORY @anna 2" }));
}

void tst_History::aGuestsNameIsNotHeldFor()
{
    // Given dora, a guest who has been here and gone
    {
        const Peer dora = join(u"dora"_s);
        QVERIFY(dora);
    }
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    QTRY_COMPARE(m_server->clientCount(), 1);
    // A name that is anyone's once its guest is gone keeps nothing for whoever takes it next
    anna->send("MSGIND dora are you there?");
    QCOMPARE(anna->nextLine(),
             "ERROR NO_SUCH_USER user dora is not online, and messages are kept only for "
             "accounts, use LIST to see who is connected");
    QCOMPARE(m_server->history()->heldCount(), 0u);
    QCOMPARE(m_server->history()->messageCount(), 0u);
    const Peer newcomer = join(u"dora"_s);
    QVERIFY(newcomer);
    QCOMPARE(newcomer->sync(), QByteArrayList());
}

void tst_History::idsHistoryAndGroupsContinueAfterTheServerIsMadeAgain()
{
    const QString file = m_dir->filePath(u"again.sqlite"_s);
    startServer(file);
    quint64 lastId = 0;
    {
        TestPeer anna;
        TestPeer bob;
        QVERIFY(anna.signInAs(Command::Type::SignUp, u"anna"_s, AnnaPassword,
                              m_server->serverPort()));
        QVERIFY(bob.signInAs(Command::Type::SignUp, u"bob"_s, BobPassword, m_server->serverPort()));
        anna.send("MSGALL before the restart");
        anna.send("MAKEGROUP team bob");
        anna.send("SENDGROUP team in the group");
        lastId = idOf(anna.waitForLine("OK SENDGROUP"));
        bob.send("CLOSE");
        QVERIFY(bob.waitForDisconnected());
        anna.send("MSGIND bob for later");
        QCOMPARE(TestPeer::masked(anna.waitForLine("OK MSGIND")), "OK MSGIND <id> <time> HELD");
    }
    startServer(file);
    TestPeer bob;
    QVERIFY(bob.signInAs(Command::Type::SignIn, u"bob"_s, BobPassword, m_server->serverPort()));
    QCOMPARE(TestPeer::masked(bob.sync()), QByteArrayList{ "MSG @bob anna <id> <time> for later" });
    TestPeer anna;
    QVERIFY(anna.signInAs(Command::Type::SignIn, u"anna"_s, AnnaPassword, m_server->serverPort()));
    anna.send("MSGALL after the restart");
    // The held message had the id after the group's message
    QCOMPARE(idOf(anna.waitForLine("OK MSGALL")), lastId + 2);
    anna.send("HISTORY *");
    QCOMPARE(TestPeer::masked(anna.sync()),
             QByteArrayList({ "HIST * anna <id> <time> before the restart",
                              "HIST * anna <id> <time> after the restart", "OK HISTORY * 2" }));
    // The group of two accounts survived, with its history
    bob.sync();
    bob.send("GROUPS");
    QCOMPARE(bob.sync(), QByteArrayList({ "GROUP team anna 2", "OK GROUPS 1" }));
    bob.send("HISTORY #team");
    QCOMPARE(TestPeer::masked(bob.sync()),
             QByteArrayList({ "HIST #team anna <id> <time> in the group", "OK HISTORY #team 1" }));
}

quint16 tst_History::launch(QProcess &process, const QString &dataPath)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CHINWAG_SERVER_EXECUTABLE),
                  { u"--lang"_s, u"en"_s, u"--headless"_s, u"--data"_s, dataPath, u"127.0.0.1"_s,
                    u"0"_s });
    if (!process.waitForStarted(TimeoutMs))
        return 0;
    const QRegularExpression started(u"My server has started on 127\\.0\\.0\\.1:(\\d+)"_s);
    const QDeadlineTimer deadline(TimeoutMs);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    QByteArray text;
    QRegularExpressionMatch match;
    while (!(match = started.match(QString::fromUtf8(text))).hasMatch()) {
        if (deadline.hasExpired() || !output.wait(int(deadline.remainingTime())))
            return 0;
        text += process.readAllStandardOutput();
    }
    return match.captured(1).toUShort();
}

void tst_History::historySurvivesARestartOfTheExecutable()
{
    const QString file = m_dir->filePath(u"restart/history.sqlite"_s);
    QByteArray sentId;
    {
        // Given the server, where anna says something, and holds a message for bob
        QProcess server;
        const quint16 port = launch(server, file);
        QVERIFY(port != 0);
        TestPeer bob;
        QVERIFY(bob.signInAs(Command::Type::SignUp, u"bob"_s, BobPassword, port));
        bob.send("CLOSE");
        QVERIFY(bob.waitForDisconnected());
        const auto anna = TestPeer::registered(u"anna"_s, port);
        QVERIFY(anna);
        anna->send("MSGALL remember me");
        sentId = anna->nextLine().mid(10);
        anna->send("MSGIND bob while you were out");
        QCOMPARE(TestPeer::masked(anna->nextLine()), "OK MSGIND <id> <time> HELD");

        // When it is stopped with SIGTERM
        QSignalSpy finished(&server, &QProcess::finished);
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(finished.size() == 1 || finished.wait(TimeoutMs));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
    // Then, started again on the same file, it has the history and the held message
    QProcess server;
    const quint16 port = launch(server, file);
    QVERIFY(port != 0);
    TestPeer bob;
    QVERIFY(bob.signInAs(Command::Type::SignIn, u"bob"_s, BobPassword, port));
    QCOMPARE(TestPeer::masked(bob.sync()),
             QByteArrayList{ "MSG @bob anna <id> <time> while you were out" });
    bob.send("HISTORY *");
    QCOMPARE(bob.sync(),
             QByteArrayList({ "HIST * anna " + sentId + " remember me", "OK HISTORY * 1" }));
    server.terminate();
    QVERIFY(server.waitForFinished(TimeoutMs));
    QCOMPARE(server.exitCode(), 0);
}

void tst_History::aSecondServerOnTheSameFileIsRefused()
{
    const QString file = m_dir->filePath(u"shared.sqlite"_s);
    QProcess first;
    QVERIFY(launch(first, file) != 0);
    QProcess second;
    second.start(
            QStringLiteral(CHINWAG_SERVER_EXECUTABLE),
            { u"--lang"_s, u"en"_s, u"--headless"_s, u"--data"_s, file, u"127.0.0.1"_s, u"0"_s });
    QVERIFY(second.waitForFinished(TimeoutMs));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 1);
    const QByteArray error = second.readAllStandardError();
    QVERIFY2(error.contains("chinwag-server: The history cannot be opened (" + file.toUtf8()
                            + "): another server uses it (process "
                            + QByteArray::number(first.processId()) + ")"),
             error.constData());
    first.terminate();
    QVERIFY(first.waitForFinished(TimeoutMs));
}

void tst_History::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("dataPath");
    QTest::addColumn<QString>("error");
    QTest::newRow("default: the user's data folder")
            << QStringList() << SqliteStore::defaultPath() << QString();
    QTest::newRow("a file") << QStringList{ u"--data"_s, u"/srv/chat/history.sqlite"_s }
                            << u"/srv/chat/history.sqlite"_s << QString();
    QTest::newRow("temporary") << QStringList{ u"--data=:memory:"_s } << u":memory:"_s << QString();
    QTest::newRow("none") << QStringList{ u"--no-history"_s } << QString() << QString();
    QTest::newRow("both") << QStringList{ u"--no-history"_s, u"--data"_s, u"x.sqlite"_s }
                          << QString() << u"--data and --no-history exclude each other."_s;
    QTest::newRow("empty path") << QStringList{ u"--data="_s } << QString()
                                << u"--data takes the path of a file."_s;
}

void tst_History::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, dataPath);
    QFETCH(QString, error);
    ServerCommandLine commandLine;
    const auto options = commandLine.process(QStringList{ u"chinwag-server"_s } + arguments);
    QCOMPARE(commandLine.errorText(), error);
    QCOMPARE(bool(options), error.isEmpty());
    if (options)
        QCOMPARE(options->config.dataPath, dataPath);
    QVERIFY(SqliteStore::defaultPath().endsWith(u"/history.sqlite"_s));
}

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"
