// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "historydatabase.h"

#include <QThread>
#include <QTimer>

#include <utility>

namespace Chinwag {

HistoryWriter::HistoryWriter(const QString &path) : m_path(path) { }

HistoryWriter::~HistoryWriter() = default;

bool HistoryWriter::open()
{
    m_database = std::make_unique<HistoryDatabase>(m_path);
    if (m_database->open())
        return true;
    m_error = m_database->errorString();
    m_database.reset();
    return false;
}

void HistoryWriter::append(const HistoryBatch &batch)
{
    m_queue.append(batch);
    // Batches queued behind this call are merged into the same transaction. While writing
    // fails, the next try waits for its timer rather than failing once a batch.
    if (!m_failing && !std::exchange(m_commitPosted, true))
        QMetaObject::invokeMethod(this, &HistoryWriter::commit, Qt::QueuedConnection);
}

void HistoryWriter::commit()
{
    m_commitPosted = false;
    if (m_queue.isEmpty() || !m_database)
        return;
    const bool wrote = m_database->write(m_queue);
    if (m_database->takeRestored())
        emit fileRestored();
    if (!wrote) {
        if (!std::exchange(m_failing, true))
            emit failed(m_database->errorString());
        QList<StoredMessage> &messages = m_queue.messages;
        if (messages.size() > MaxKeptMessages) {
            const qsizetype dropped = messages.size() - MaxKeptMessages;
            const quint64 lastDropped = messages.at(dropped - 1).message.id;
            messages.remove(0, dropped);
            emit messagesDropped(dropped);
            emit written(lastDropped);
        }
        retryLater();
        return;
    }
    const HistoryBatch batch = std::exchange(m_queue, {});
    if (std::exchange(m_failing, false))
        emit resumed();
    if (!batch.messages.isEmpty())
        emit written(batch.messages.constLast().message.id);
}

void HistoryWriter::retryLater()
{
    if (std::exchange(m_retryPosted, true))
        return;
    QTimer::singleShot(RetryMSecs, this, [this] {
        m_retryPosted = false;
        commit();
    });
}

void HistoryWriter::setRetention(const HistoryRetention::Policy &policy)
{
    m_retention = std::make_unique<HistoryRetention>(m_path, policy);
    if (!policy.isActive())
        return;
    if (!m_pruneTimer) {
        m_pruneTimer = new QTimer(this);
        m_pruneTimer->setInterval(PruneIntervalMSecs);
        connect(m_pruneTimer, &QTimer::timeout, this, &HistoryWriter::prune);
    }
    m_pruneTimer->start();
    prune();
}

void HistoryWriter::prune()
{
    // What waits is written first, so that retention judges the whole history.
    commit();
    if (!m_retention || m_failing)
        return;
    const std::optional<qint64> removed = m_retention->prune(QDateTime::currentDateTimeUtc());
    if (!removed)
        emit pruneFailed(m_retention->errorString());
    else if (*removed > 0)
        emit pruned(*removed);
}

void HistoryWriter::close()
{
    commit();
    // The timer belongs to this thread, which ends here.
    delete std::exchange(m_pruneTimer, nullptr);
    m_retention.reset();
    m_database.reset();
    QThread::currentThread()->quit();
}

} // namespace Chinwag
