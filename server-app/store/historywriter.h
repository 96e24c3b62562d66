// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historybatch.h"
#include "historyretention.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Chinwag {

class HistoryDatabase;

// The history's writer, on a thread of its own so that a slow disk never holds up the event
// loop that routes messages. Batches arrive as queued calls; those that arrive while a
// transaction is being written are merged and written together in the next one. A transaction
// that fails (disk full, the file taken away, locked by another program) is kept and tried
// again every RetryMSecs, so that writing resumes by itself once it can; meanwhile at most
// MaxKeptMessages wait, and older messages beyond them are given up, never the other changes.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetryMSecs = 1000;
    static constexpr qsizetype MaxKeptMessages = 16384;
    // Retention runs when it is set, then this often.
    static constexpr int PruneIntervalMSecs = 10 * 60 * 1000;

    explicit HistoryWriter(const QString &path);
    ~HistoryWriter() override;

    // These run in the writer's thread.
    bool open();
    QString errorString() const { return m_error; }
    void append(const Chinwag::HistoryBatch &batch);
    // Removes what the policy no longer keeps, now and every PruneIntervalMSecs.
    void setRetention(const Chinwag::HistoryRetention::Policy &policy);
    // Writes what is queued, closes the database and ends the thread.
    void close();

signals:
    // The messages up to this id are written, or were given up on (messagesDropped()).
    void written(quint64 upToId);
    // Writing started to fail; said once, not once per try.
    void failed(const QString &error);
    // Writing works again after failed().
    void resumed();
    // The file was removed while the server ran, and is written again at its path.
    void fileRestored();
    // While writing failed, this many more messages waited than are kept: they are not stored.
    void messagesDropped(qsizetype count);
    // Retention removed this many messages, or could not remove them.
    void pruned(qint64 count);
    void pruneFailed(const QString &error);

private:
    void commit();
    void retryLater();
    void prune();

    const QString m_path;
    std::unique_ptr<HistoryDatabase> m_database;
    std::unique_ptr<HistoryRetention> m_retention;
    QTimer *m_pruneTimer = nullptr; // made on the writer's thread
    HistoryBatch m_queue;
    QString m_error;
    bool m_commitPosted = false;
    bool m_failing = false;
    bool m_retryPosted = false;
};

} // namespace Chinwag
