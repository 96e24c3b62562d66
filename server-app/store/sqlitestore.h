// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historybatch.h"
#include "historydatabase.h"
#include "historyretention.h"
#include "store.h"

#include <QHash>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Chinwag {

class HistoryWriter;

// The store kept in one SQLite file: every message, the accounts, the groups' account members,
// the read positions, and the direct messages held for an offline account. The event loop never
// waits for the disk: record() queues a message, and what was queued goes to the writer thread,
// which writes it in one transaction, every FlushIntervalMSecs or as soon as MaxBatchMessages wait:
// a busy server writes a few large transactions a second rather than one per pass of the event
// loop, whose cost would grow with the traffic. Reads run on the loop's own connection, which WAL
// lets read while the writer writes; what the writer has not confirmed yet is read from memory,
// so that HISTORY shows every message the server has acknowledged. The rest is kept in memory
// by Store, which hands each change here to be written in the next transaction.
class SqliteStore : public Store
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMSecs = 100;
    static constexpr qsizetype MaxBatchMessages = 1024;

    // The path that keeps the history in a temporary file for as long as the server runs.
    static QString temporaryPath();
    // In the user's data folder: ~/.local/share/chinwag-server/history.sqlite.
    static QString defaultPath();

    // Opens the history at `path`, creating the file and its folder, or migrating an older
    // file; nullptr with `error` saying why it cannot (another server uses it, a newer schema,
    // not a database, no permission).
    static std::unique_ptr<SqliteStore> open(const QString &path, QString *error);
    // Writes what is still queued, then stops the writer.
    ~SqliteStore() override;

    // The file, or temporaryPath().
    QString path() const { return m_temporary ? temporaryPath() : m_file; }
    QList<ChatMessage> read(const HistoryQuery &query) override;
    int count(const HistoryQuery &query, int max) override;
    void whenWritten(quint64 id, std::function<void()> done) override;
    // The database file and its write-ahead log, in bytes.
    qint64 sizeOnDisk() const;
    // Old messages are removed by this policy from now on (docs/SECURITY.md).
    void setRetention(const HistoryRetention::Policy &policy);

signals:
    // The file was removed while the server ran, and is written again, whole, at its path.
    void fileRestored();

protected:
    void append(const StoredMessage &stored) override;
    void apply(const StoreChange &change) override;

private:
    SqliteStore(const QString &file, std::unique_ptr<QTemporaryDir> temporary);
    bool start(QString *error);
    // Writes a reservation at once, on the reader's connection: only while the writer is idle.
    bool reserveIds(quint64 upTo);
    void scheduleFlush();
    void flush();
    void confirm(quint64 upToId);
    void writingFailed(const QString &error);

    std::unique_ptr<QTemporaryDir> m_temporary;
    const QString m_file;
    QLockFile m_lock;
    HistoryDatabase m_reader;
    QThread m_thread;
    std::unique_ptr<HistoryWriter> m_writer;

    HistoryBatch m_batch; // not yet given to the writer
    QHash<QString, StoreChange> m_pendingReads; // the newest of each account and conversation
    QList<StoredMessage> m_unconfirmed; // by growing id: queued or being written
    QTimer m_flushTimer;
    bool m_behind = false; // see writingFellBehind()
    // whenWritten()'s, by growing id; the batch goes to the writer at the end of the pass.
    QList<std::pair<quint64, std::function<void()>>> m_waiting;
    bool m_flushPosted = false;
};

} // namespace Chinwag
