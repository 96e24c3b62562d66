// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Chinwag {

// Removes from the history what its retention no longer keeps: messages older than maxDays, and
// the oldest messages while the database holds more than maxBytes. Messages still held for an
// offline account are kept whatever their age. It runs on the writer's thread with a connection
// of its own, a few thousand rows per transaction, so that neither the chat nor the writer waits
// for long.
class HistoryRetention
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::HistoryRetention)

public:
    struct Policy
    {
        int maxDays = 0; // 0 keeps messages whatever their age
        qint64 maxBytes = 0; // 0 keeps them whatever the size
        bool isActive() const { return maxDays > 0 || maxBytes > 0; }
    };

    HistoryRetention(const QString &path, const Policy &policy);
    ~HistoryRetention();
    HistoryRetention(const HistoryRetention &) = delete;
    HistoryRetention &operator=(const HistoryRetention &) = delete;

    // How many messages it removed, or nothing when it failed (errorString() says why).
    std::optional<qint64> prune(const QDateTime &now);
    QString errorString() const { return m_error; }

private:
    static constexpr int RowsPerTransaction = 2000;

    bool open();
    // The pages in use, in bytes: what the messages take, whatever SQLite keeps free for reuse.
    std::optional<qint64> usedBytes();
    std::optional<qint64> messageCount();
    // Deletes up to `rows` of the oldest messages that are not held, older than `before`
    // (milliseconds since the epoch) if given.
    std::optional<qint64> deleteOldest(std::optional<qint64> before, qint64 rows);

    const QString m_path;
    const QString m_connection;
    const Policy m_policy;
    QString m_error;
};

} // namespace Chinwag
