// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydatabase.h"

#include "messagecolumns.h"
#include "messageinserter.h"

#include "historybatch.h"
#include "historyquery.h"
#include "statetables.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <limits>

#include <sqlite3.h>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

// migrations()[v] brings a file from schema version v to v + 1.
//
// A message's conversation is its kind ('*', '@' or '#') and a key: empty for Everyone, the
// group's folded name, or for a direct conversation the two users' folded names in order, so
// that both directions are one conversation. `recipient` is the name as the sender addressed
// it, for the HIST line. `held` lists the direct messages that still wait for their recipient.
// A null QString binds as NULL: the statements write an empty key or name as ''.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
                u"CREATE TABLE messages ("
                u" id INTEGER PRIMARY KEY,"
                u" time INTEGER NOT NULL,"
                u" kind TEXT NOT NULL CHECK (kind IN ('*', '@', '#')),"
                u" conversation TEXT NOT NULL,"
                u" recipient TEXT NOT NULL,"
                u" sender TEXT NOT NULL,"
                u" text TEXT NOT NULL)"_s,
                u"CREATE INDEX messages_by_conversation ON messages (kind, conversation, id)"_s,
                u"CREATE TABLE held ("
                u" message_id INTEGER PRIMARY KEY REFERENCES messages (id),"
                u" recipient TEXT NOT NULL)"_s,
                u"CREATE INDEX held_by_recipient ON held (recipient, message_id)"_s,
                u"CREATE TABLE names ("
                u" key TEXT PRIMARY KEY,"
                u" name TEXT NOT NULL,"
                u" registered INTEGER NOT NULL) WITHOUT ROWID"_s,
        },
        // Accounts. Held messages and names were a bare name's, which anyone could take: nobody
        // can prove they are the recipient of what was held, so it is no longer held (it stays
        // in the history); from now on only an account's messages are held.
        {
                u"DELETE FROM held"_s,
                u"DROP TABLE names"_s,
                u"CREATE TABLE accounts ("
                u" key TEXT PRIMARY KEY,"
                u" name TEXT NOT NULL,"
                u" password TEXT NOT NULL,"
                u" created INTEGER NOT NULL,"
                u" last_seen INTEGER NOT NULL,"
                u" history_after INTEGER NOT NULL,"
                u" locked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s,
                u"CREATE TABLE chat_groups ("
                u" key TEXT PRIMARY KEY,"
                u" name TEXT NOT NULL,"
                u" creator TEXT NOT NULL,"
                u" creator_key TEXT NOT NULL) WITHOUT ROWID"_s,
                u"CREATE TABLE memberships ("
                u" group_key TEXT NOT NULL,"
                u" user_key TEXT NOT NULL,"
                u" name TEXT NOT NULL,"
                u" joined_after INTEGER NOT NULL,"
                u" PRIMARY KEY (group_key, user_key)) WITHOUT ROWID"_s,
                u"CREATE TABLE read_positions ("
                u" account TEXT NOT NULL,"
                u" conversation TEXT NOT NULL,"
                u" read_id INTEGER NOT NULL,"
                u" PRIMARY KEY (account, conversation)) WITHOUT ROWID"_s,
        },
        // Message ids reserved before they are given out (Store::IdBlock).
        {
                u"CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"_s,
        },
        // Public groups. A group has an owner, its creator until ownership passes on; the
        // groups there were stay private.
        {
                u"ALTER TABLE chat_groups RENAME COLUMN creator TO owner"_s,
                u"ALTER TABLE chat_groups RENAME COLUMN creator_key TO owner_key"_s,
                u"ALTER TABLE chat_groups ADD COLUMN public INTEGER NOT NULL DEFAULT 0"_s,
        },
    };
    return steps;
}
static_assert(HistoryDatabase::SchemaVersion == 4, "add the migration to the new version");

// id, time, kind, recipient, sender, text, from column `first` on.
ChatMessage messageAt(const QSqlQuery &row, int first = 0)
{
    return { row.value(first).toULongLong(),
             QDateTime::fromMSecsSinceEpoch(row.value(first + 1).toLongLong(), Qt::UTC),
             { MessageColumns::kindOf(row.value(first + 2).toString()),
               row.value(first + 3).toString() },
             row.value(first + 4).toString(),
             row.value(first + 5).toString() };
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> serial;
    return u"chinwag-history-%1"_s.arg(++serial);
}

} // namespace

HistoryDatabase::HistoryDatabase(const QString &path)
    : m_path(path), m_connection(uniqueConnectionName()), m_tables(m_db)
{
}

HistoryDatabase::~HistoryDatabase()
{
    // A connection may be removed only once nothing uses it.
    m_insertMessage.reset();
    m_insertHeld.reset();
    m_tables.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryDatabase::fail(const QString &what, const QString &why)
{
    m_error = tr("%1 (%2): %3").arg(what, m_path, why);
    return false;
}

bool HistoryDatabase::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    return fail(tr("The history could not be read or written"), query.lastError().text());
}

bool HistoryDatabase::open()
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(tr("The history cannot be opened"),
                    tr("Qt's SQLite driver is missing; install libqt6sql6-sqlite"));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    return openFile();
}

bool HistoryDatabase::openFile()
{
    if (!m_db.open())
        return fail(tr("The history cannot be opened"), m_db.lastError().text());
    // A file that is not SQLite fails here, on its first read.
    QSqlQuery journal(m_db);
    if (!journal.exec(u"PRAGMA journal_mode = WAL"_s) || !journal.next())
        return fail(tr("The history cannot be opened"), journal.lastError().text());
    if (journal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(tr("The history cannot be opened"),
                    tr("SQLite refused write-ahead logging (journal mode %1)")
                            .arg(journal.value(0).toString()));
    // With WAL, NORMAL loses at most the last transactions on a power cut, never the file.
    return exec(u"PRAGMA synchronous = NORMAL"_s);
}

bool HistoryDatabase::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(tr("The history cannot be opened"), query.lastError().text());
    int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return fail(tr("The history cannot be opened"),
                    tr("it was written by a newer Chinwag (schema %1; this server knows up to %2)")
                            .arg(version)
                            .arg(SchemaVersion));
    if (version == 0) {
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
            return fail(tr("The history cannot be opened"), query.lastError().text());
        if (query.value(0).toInt() != 0)
            return fail(tr("The history cannot be opened"),
                        tr("the file holds another program's database"));
    }
    // A statement left open would lock the tables a migration drops.
    query.finish();
    for (; version < SchemaVersion; ++version) {
        if (!m_db.transaction())
            return fail(tr("The history cannot be opened"), m_db.lastError().text());
        const QStringList &statements = migrations().at(version);
        for (const QString &statement : statements) {
            if (!exec(statement)) {
                m_db.rollback();
                return false;
            }
        }
        if (!exec(u"PRAGMA user_version = %1"_s.arg(version + 1)) || !m_db.commit()) {
            m_db.rollback();
            return false;
        }
    }
    return true;
}

bool HistoryDatabase::followFile()
{
    const QVariant handle = m_db.driver()->handle();
    int moved = 0;
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.isValid()
        || sqlite3_file_control(*static_cast<sqlite3 *const *>(handle.data()), "main",
                                SQLITE_FCNTL_HAS_MOVED, &moved)
                != SQLITE_OK
        || moved == 0)
        return true;
    // Another connection of the server may have written it again already.
    if (!QFileInfo::exists(m_path)) {
        QSqlQuery copy(m_db);
        copy.prepare(u"VACUUM INTO ?"_s);
        copy.addBindValue(m_path);
        if (!copy.exec())
            return fail(tr("The history could not be written"),
                        tr("its file was removed, and could not be made again: %1")
                                .arg(copy.lastError().text()));
        m_restored = true;
    }
    // Statements are finalized before their connection closes.
    m_insertMessage.reset();
    m_insertHeld.reset();
    m_tables.reset();
    m_db.close();
    return openFile() && migrate();
}

bool HistoryDatabase::prepareWrites()
{
    if (m_insertHeld && m_tables.prepare())
        return true;
    const auto prepare = [this](std::optional<QSqlQuery> &query, const QString &statement) {
        query.emplace(m_db);
        return query->prepare(statement);
    };
    m_insertMessage = std::make_unique<MessageInserter>();
    if (!m_insertMessage->prepare(m_db)) {
        fail(tr("The history could not be written"), m_insertMessage->errorString());
        m_insertHeld.reset();
        return false;
    }
    if (prepare(m_insertHeld, u"INSERT INTO held (message_id, recipient) VALUES (?, ?)"_s)
        && m_tables.prepare())
        return true;
    fail(tr("The history could not be written"),
         m_tables.lastError().isEmpty() ? m_db.lastError().text() : m_tables.lastError());
    // Prepared again on the next write.
    m_insertHeld.reset();
    return false;
}

bool HistoryDatabase::write(const HistoryBatch &batch)
{
    if (!followFile() || !prepareWrites())
        return false;
    if (!m_db.transaction())
        return fail(tr("The history could not be written"), m_db.lastError().text());
    const auto run = [this](QSqlQuery &query) {
        if (query.exec())
            return true;
        fail(tr("The history could not be written"), query.lastError().text());
        m_db.rollback();
        return false;
    };
    const QList<StoredMessage> &messages = batch.messages;
    if (!m_insertMessage->insert(messages)) {
        fail(tr("The history could not be written"), m_insertMessage->errorString());
        m_db.rollback();
        return false;
    }
    for (const StoredMessage &stored : messages) {
        if (!stored.held)
            continue;
        m_insertHeld->bindValue(0, qint64(stored.message.id));
        m_insertHeld->bindValue(1, stored.recipientKey);
        if (!run(*m_insertHeld))
            return false;
    }
    for (const StoreChange &change : batch.changes) {
        if (!m_tables.apply(change)) {
            fail(tr("The history could not be written"), m_tables.lastError());
            m_db.rollback();
            return false;
        }
    }
    if (m_db.commit())
        return true;
    fail(tr("The history could not be written"), m_db.lastError().text());
    m_db.rollback();
    return false;
}

std::optional<QList<ChatMessage>> HistoryDatabase::page(const HistoryQuery &query, quint64 upToId,
                                                        int limit)
{
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT id, time, kind, recipient, sender, text FROM messages"
                   u" WHERE kind = ? AND conversation = coalesce(?, '') AND id > ? AND id <= ?"
                   u" ORDER BY id DESC LIMIT ?"_s);
    select.bindValue(0, MessageColumns::kindCode(query.kind));
    select.bindValue(1, MessageColumns::conversationKey(query.kind, query.userKey, query.otherKey));
    select.bindValue(2, qint64(std::min<quint64>(query.after, std::numeric_limits<qint64>::max())));
    select.bindValue(3, qint64(std::min<quint64>(upToId, std::numeric_limits<qint64>::max())));
    select.bindValue(4, limit);
    if (!select.exec()) {
        fail(tr("The history could not be read"), select.lastError().text());
        return std::nullopt;
    }
    QList<ChatMessage> messages;
    while (select.next())
        messages.append(messageAt(select));
    return messages;
}

std::optional<int> HistoryDatabase::count(const HistoryQuery &query, quint64 upToId, int max)
{
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT count(*) FROM (SELECT 1 FROM messages"
                   u" WHERE kind = ? AND conversation = coalesce(?, '') AND id > ? AND id <= ?"
                   u" LIMIT ?)"_s);
    select.bindValue(0, MessageColumns::kindCode(query.kind));
    select.bindValue(1, MessageColumns::conversationKey(query.kind, query.userKey, query.otherKey));
    select.bindValue(2, qint64(std::min<quint64>(query.after, std::numeric_limits<qint64>::max())));
    select.bindValue(3, qint64(std::min<quint64>(upToId, std::numeric_limits<qint64>::max())));
    select.bindValue(4, max);
    if (!select.exec() || !select.next()) {
        fail(tr("The history could not be read"), select.lastError().text());
        return std::nullopt;
    }
    return select.value(0).toInt();
}

std::optional<Store::State> HistoryDatabase::load()
{
    Store::State state;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [this, &query] {
        fail(tr("The history cannot be opened"), query.lastError().text());
        return std::nullopt;
    };
    if (!query.exec(u"SELECT coalesce(max(id), 0), count(*) FROM messages"_s) || !query.next())
        return failed();
    state.lastId = query.value(0).toULongLong();
    state.messageCount = query.value(1).toULongLong();
    if (!query.exec(u"SELECT h.recipient, m.id, m.time, m.kind, m.recipient, m.sender, m.text"
                    u" FROM held h JOIN messages m ON m.id = h.message_id ORDER BY m.id"_s))
        return failed();
    while (query.next())
        state.held[query.value(0).toString()].append(messageAt(query, 1));
    if (!m_tables.load(state)) {
        fail(tr("The history cannot be opened"), m_tables.lastError());
        return std::nullopt;
    }
    return state;
}

} // namespace Chinwag
