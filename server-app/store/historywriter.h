// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historybatch.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Chinwag {

class HistoryDatabase;

// The history's writer, on a thread of its own so that a slow disk never holds up the event
// loop that routes messages. Batches arrive as queued calls; those that arrive while a
// transaction is being written are merged and written together in the next one.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    explicit HistoryWriter(const QString &path);
    ~HistoryWriter() override;

    // These run in the writer's thread.
    bool open();
    QString errorString() const { return m_error; }
    void append(const Chinwag::HistoryBatch &batch);
    // Writes what is queued, closes the database and ends the thread.
    void close();

signals:
    // The messages up to this id are written, or were given up on (failed() said why).
    void written(quint64 upToId);
    void failed(const QString &error);

private:
    void commit();

    const QString m_path;
    std::unique_ptr<HistoryDatabase> m_database;
    HistoryBatch m_queue;
    QString m_error;
    bool m_commitPosted = false;
    bool m_failing = false;
};

} // namespace Chinwag
