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
    sqlite3_finalize(m_statement);
}

bool MessageInserter::prepare(const QSqlDatabase &database)
{
    sqlite3_finalize(std::exchange(m_statement, nullptr));
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
    static constexpr char Statement[] =
            "INSERT INTO messages (id, time, kind, conversation, recipient, sender, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v3(m_connection, Statement, sizeof Statement, SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr)
        != SQLITE_OK)
        return failed();
    return true;
}

bool MessageInserter::insert(const StoredMessage &stored)
{
    const ChatMessage &m = stored.message;
    const QString kind = MessageColumns::kindCode(m.to.kind);
    const QString conversation =
            MessageColumns::conversationKey(m.to.kind, stored.senderKey, stored.recipientKey);
    sqlite3_reset(m_statement);
    if (sqlite3_bind_int64(m_statement, 1, sqlite3_int64(m.id)) != SQLITE_OK
        || sqlite3_bind_int64(m_statement, 2, m.time.toMSecsSinceEpoch()) != SQLITE_OK
        || bindText(m_statement, 3, kind) != SQLITE_OK
        || bindText(m_statement, 4, conversation) != SQLITE_OK
        || bindText(m_statement, 5, m.to.name) != SQLITE_OK
        || bindText(m_statement, 6, m.from) != SQLITE_OK
        || bindText(m_statement, 7, m.text) != SQLITE_OK)
        return failed();
    if (sqlite3_step(m_statement) != SQLITE_DONE)
        return failed();
    return true;
}

bool MessageInserter::failed()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    if (m_statement)
        sqlite3_reset(m_statement);
    return false;
}

} // namespace Chinwag
