// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storedmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace Chinwag {

// The writer's hot path: one prepared INSERT of a message, bound and stepped through SQLite's
// own C API on the connection Qt SQL opened, inside Qt SQL's transaction. Qt SQL's binding
// (a QVariant per value, a copy of every text) cost the writer more than SQLite's work; here
// the texts are bound as the UTF-16 they are, without a copy.
class MessageInserter
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::MessageInserter)

public:
    MessageInserter() = default;
    ~MessageInserter();
    MessageInserter(const MessageInserter &) = delete;
    MessageInserter &operator=(const MessageInserter &) = delete;

    // Prepares the statement on the database's connection (a QSQLITE one).
    bool prepare(const QSqlDatabase &database);
    // Inserts the messages, RowsPerInsert rows per statement.
    bool insert(const QList<StoredMessage> &messages);
    QString errorString() const { return m_error; }

private:
    // SQLite then runs its statement program once for many messages.
    static constexpr int RowsPerInsert = 32;
    static constexpr int ColumnsPerRow = 7;

    bool prepareRows(int rows, sqlite3_stmt **statement);
    void finalize();
    bool insertRows(sqlite3_stmt *statement, const QList<StoredMessage> &messages, qsizetype first,
                    int rows);
    bool failed(sqlite3_stmt *statement);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_one = nullptr;
    sqlite3_stmt *m_many = nullptr;
    QString m_error;
};

} // namespace Chinwag
