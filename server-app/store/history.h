// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatmessage.h"
#include "historybatch.h"
#include "historydatabase.h"
#include "historyquery.h"
#include "storedmessage.h"

#include <QHash>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Chinwag {

class HistoryWriter;

// The server's history, kept in one SQLite file: every message, the names that have registered,
// and the direct messages held for an offline name. The event loop never waits for the disk:
// record() queues a message, and what was queued goes to the writer thread, which writes it in
// one transaction, every FlushIntervalMSecs or as soon as MaxBatchMessages wait: a busy server
// writes a few large transactions a second rather than one per pass of the event loop, whose
// cost would grow with the traffic. Reads run on the loop's own connection, which WAL
// lets read while the writer writes; what the writer has not confirmed yet is read from memory,
// so that HISTORY shows every message the server has acknowledged. The names and the held
// messages are kept in memory too, so that registering reads nothing from the disk.
class History : public QObject
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
    static std::unique_ptr<History> open(const QString &path, QString *error);
    // Writes what is still queued, then stops the writer.
    ~History() override;

    // The file, or temporaryPath().
    QString path() const { return m_temporary ? temporaryPath() : m_file; }
    // The newest message id the file holds, to seed the server's ids with.
    quint64 lastId() const { return m_lastId; }

    bool isKnown(const QString &userKey) const { return m_names.contains(userKey); }
    // The name as it was last registered.
    QString knownName(const QString &userKey) const { return m_names.value(userKey); }
    void remember(const QString &userKey, const QString &name);

    void record(const StoredMessage &stored);
    // The messages held for the user, oldest first; from now on they count as delivered.
    QList<ChatMessage> takeHeld(const QString &userKey);
    // A page of history, oldest first. A read error is reported by failed() and gives what was
    // found in memory.
    QList<ChatMessage> read(const HistoryQuery &query);

    quint64 messageCount() const { return m_messageCount; }
    quint64 heldCount() const { return m_heldCount; }
    // The database file and its write-ahead log, in bytes.
    qint64 sizeOnDisk() const;

signals:
    // Writing or reading failed: for the server's log. Said once when writing starts to fail.
    void failed(const QString &error);

private:
    History(const QString &file, std::unique_ptr<QTemporaryDir> temporary);
    bool start(QString *error);
    void scheduleFlush();
    void flush();
    void confirm(quint64 upToId);

    std::unique_ptr<QTemporaryDir> m_temporary;
    const QString m_file;
    QLockFile m_lock;
    HistoryDatabase m_reader;
    QThread m_thread;
    std::unique_ptr<HistoryWriter> m_writer;

    HistoryBatch m_batch; // not yet given to the writer
    QList<StoredMessage> m_unconfirmed; // by growing id: queued or being written
    QTimer m_flushTimer;

    quint64 m_lastId = 0;
    quint64 m_messageCount = 0;
    QHash<QString, QString> m_names;
    QHash<QString, QList<ChatMessage>> m_held;
    quint64 m_heldCount = 0;
};

} // namespace Chinwag
