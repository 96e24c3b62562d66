// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageinserter.h"

#include "messagecolumns.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace Chinwag {

namespace {

// The texts outlive the step: SQLite need not copy them.
int bindText(sqlite3_stmt *statement, int column, const QString &text)
{
    return sqlite3_bind_text16(statement, column, text.utf16(), int(text.size() * 2),
                               SQLITE_STATIC);
}

} // namespace

MessageInserter::~MessageInserter()
{
    finalize();
}

bool MessageInserter::prepare(const QSqlDatabase &database)
{
    finalize();
    const QVariant handle = database.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.isValid()) {
        m_error = tr("the database is not SQLite");
        return false;
    }
    m_connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_connection) {
        m_error = tr("the database is not open");
        return false;
    }
    return prepareRows(1, &m_one) && prepareRows(RowsPerInsert, &m_many);
}

bool MessageInserter::prepareRows(int rows, sqlite3_stmt **statement)
{
    QByteArray text = "INSERT INTO messages (id, time, kind, conversation, recipient, sender, text)"
                      " VALUES ";
    for (int row = 0; row < rows; ++row)
        text += row == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v3(m_connection, text.constData(), int(text.size() + 1),
                           SQLITE_PREPARE_PERSISTENT, statement, nullptr)
        != SQLITE_OK)
        return failed(nullptr);
    return true;
}

void MessageInserter::finalize()
{
    sqlite3_finalize(std::exchange(m_one, nullptr));
    sqlite3_finalize(std::exchange(m_many, nullptr));
}

bool MessageInserter::insert(const QList<StoredMessage> &messages)
{
    qsizetype next = 0;
    for (; messages.size() - next >= RowsPerInsert; next += RowsPerInsert) {
        if (!insertRows(m_many, messages, next, RowsPerInsert))
            return false;
    }
    for (; next < messages.size(); ++next) {
        if (!insertRows(m_one, messages, next, 1))
            return false;
    }
    return true;
}

bool MessageInserter::insertRows(sqlite3_stmt *statement, const QList<StoredMessage> &messages,
                                 qsizetype first, int rows)
{
    sqlite3_reset(statement);
    // The keys are made here and bound as they are: they must live until the step.
    QString keys[RowsPerInsert][2];
    for (int row = 0; row < rows; ++row) {
        const StoredMessage &stored = messages.at(first + row);
        const ChatMessage &m = stored.message;
        keys[row][0] = MessageColumns::kindCode(m.to.kind);
        keys[row][1] =
                MessageColumns::conversationKey(m.to.kind, stored.senderKey, stored.recipientKey);
        const int c = row * ColumnsPerRow;
        if (sqlite3_bind_int64(statement, c + 1, sqlite3_int64(m.id)) != SQLITE_OK
            || sqlite3_bind_int64(statement, c + 2, m.time.toMSecsSinceEpoch()) != SQLITE_OK
            || bindText(statement, c + 3, keys[row][0]) != SQLITE_OK
            || bindText(statement, c + 4, keys[row][1]) != SQLITE_OK
            || bindText(statement, c + 5, m.to.name) != SQLITE_OK
            || bindText(statement, c + 6, m.from) != SQLITE_OK
            || bindText(statement, c + 7, m.text) != SQLITE_OK)
            return failed(statement);
    }
    if (sqlite3_step(statement) != SQLITE_DONE)
        return failed(statement);
    return true;
}

bool MessageInserter::failed(sqlite3_stmt *statement)
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    if (statement)
        sqlite3_reset(statement);
    return false;
}

} // namespace Chinwag
