// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyretention.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chinwag {

HistoryRetention::HistoryRetention(const QString &path, const Policy &policy)
    : m_path(path),
      m_connection(u"chinwag-retention-%1"_s.arg(quintptr(this), 0, 16)),
      m_policy(policy)
{
}

HistoryRetention::~HistoryRetention()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryRetention::open()
{
    if (QSqlDatabase::contains(m_connection))
        return true;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (db.open())
        return true;
    m_error =
            tr("Old messages could not be removed from the history: %1").arg(db.lastError().text());
    return false;
}

std::optional<qint64> HistoryRetention::prune(const QDateTime &now)
{
    if (!m_policy.isActive() || !open())
        return m_policy.isActive() ? std::nullopt : std::optional<qint64>(0);
    qint64 removed = 0;
    if (m_policy.maxDays > 0) {
        const qint64 before = now.addDays(-m_policy.maxDays).toMSecsSinceEpoch();
        while (true) {
            const auto deleted = deleteOldest(before, RowsPerTransaction);
            if (!deleted)
                return std::nullopt;
            removed += *deleted;
            if (*deleted < RowsPerTransaction)
                break;
        }
    }
    if (m_policy.maxBytes > 0) {
        while (true) {
            const auto used = usedBytes();
            if (!used)
                return std::nullopt;
            if (*used <= m_policy.maxBytes)
                break;
            // About as many rows as make up the excess, so that no more is removed than must be.
            const auto rows = messageCount();
            if (!rows)
                return std::nullopt;
            const qint64 perRow = std::max<qint64>(1, *used / std::max<qint64>(1, *rows));
            const qint64 excess = (*used - m_policy.maxBytes + perRow - 1) / perRow;
            const auto deleted =
                    deleteOldest(std::nullopt, std::min<qint64>(excess, RowsPerTransaction));
            if (!deleted)
                return std::nullopt;
            removed += *deleted;
            // What is left is held, or not messages: nothing more to take.
            if (*deleted == 0)
                break;
        }
    }
    return removed;
}

std::optional<qint64> HistoryRetention::usedBytes()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    qint64 values[3] = {};
    int i = 0;
    for (const QString &pragma :
         { u"PRAGMA page_count"_s, u"PRAGMA freelist_count"_s, u"PRAGMA page_size"_s }) {
        if (!query.exec(pragma) || !query.next()) {
            m_error = tr("Old messages could not be removed from the history: %1")
                              .arg(query.lastError().text());
            return std::nullopt;
        }
        values[i++] = query.value(0).toLongLong();
    }
    return (values[0] - values[1]) * values[2];
}

std::optional<qint64> HistoryRetention::messageCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(u"SELECT count(*) FROM messages"_s) && query.next())
        return query.value(0).toLongLong();
    m_error = tr("Old messages could not be removed from the history: %1")
                      .arg(query.lastError().text());
    return std::nullopt;
}

std::optional<qint64> HistoryRetention::deleteOldest(std::optional<qint64> before, qint64 rows)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"DELETE FROM messages WHERE id IN (SELECT id FROM messages"
                  u" WHERE (? IS NULL OR time < ?) AND id NOT IN (SELECT message_id FROM held)"
                  u" ORDER BY id LIMIT ?)"_s);
    const QVariant cutoff = before ? QVariant(*before) : QVariant(QMetaType::fromType<qint64>());
    query.bindValue(0, cutoff);
    query.bindValue(1, cutoff);
    query.bindValue(2, rows);
    if (!query.exec()) {
        m_error = tr("Old messages could not be removed from the history: %1")
                          .arg(query.lastError().text());
        return std::nullopt;
    }
    return query.numRowsAffected();
}

} // namespace Chinwag
