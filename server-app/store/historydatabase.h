// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statetables.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace Chinwag {

class MessageInserter;
struct HistoryBatch;
struct HistoryQuery;

// One connection to the history's SQLite file (Qt SQL, QSQLITE), and the one place for its SQL:
// the schema and its migrations, the batch write, the page read and what the server loads when
// it starts (with StateTables for what is not a message). A connection belongs to the thread that
// opened it; the server has two, a writer on its own thread and a reader on the event loop's, which
// WAL lets read while the other writes.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::HistoryDatabase)

public:
    // The schema this server writes; PRAGMA user_version holds a file's.
    static constexpr int SchemaVersion = 4;

    explicit HistoryDatabase(const QString &path);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // Opens the file, creating it if needed, in WAL mode; false with errorString() saying why.
    bool open();
    // Creates the schema in a new file or brings an older one up to SchemaVersion; refuses a
    // file of a newer version or one that is not a Chinwag history.
    bool migrate();
    QString errorString() const { return m_error; }

    // Whether the file was removed or renamed while open (SQLite's own check, one stat()). A
    // removed file is written again at its path from what this connection still reads (VACUUM
    // INTO), and the connection then opens the file at the path. False, with errorString(), when
    // that fails. write() does it first; takeRestored() says whether it wrote the file again.
    bool followFile();
    bool takeRestored() { return std::exchange(m_restored, false); }

    // In one transaction; on failure nothing of it is written.
    bool write(const HistoryBatch &batch);
    // The newest messages of `query` with ids up to `upToId`, newest first; nullopt on error.
    std::optional<QList<ChatMessage>> page(const HistoryQuery &query, quint64 upToId, int limit);
    // How many messages of `query` have ids up to `upToId`, counting up to `max`.
    std::optional<int> count(const HistoryQuery &query, quint64 upToId, int max);
    std::optional<Store::State> load();

private:
    bool openFile();
    bool fail(const QString &what, const QString &why);
    bool exec(const QString &statement);
    bool prepareWrites();

    const QString m_path;
    const QString m_connection;
    QSqlDatabase m_db;
    // Before the connection, whose statements must be finalized before it closes.
    std::unique_ptr<MessageInserter> m_insertMessage;
    std::optional<QSqlQuery> m_insertHeld;
    StateTables m_tables;
    QString m_error;
    bool m_restored = false;
};

} // namespace Chinwag
