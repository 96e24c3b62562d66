// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "historydatabase.h"

#include <QThread>

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
    // Batches queued behind this call are merged into the same transaction.
    if (!std::exchange(m_commitPosted, true))
        QMetaObject::invokeMethod(this, &HistoryWriter::commit, Qt::QueuedConnection);
}

void HistoryWriter::commit()
{
    m_commitPosted = false;
    if (m_queue.isEmpty() || !m_database)
        return;
    const HistoryBatch batch = std::exchange(m_queue, {});
    const bool ok = m_database->write(batch);
    // Said once when writing starts to fail, not once per batch.
    if (!ok && !m_failing)
        emit failed(m_database->errorString());
    m_failing = !ok;
    if (!batch.messages.isEmpty())
        emit written(batch.messages.constLast().message.id);
}

void HistoryWriter::close()
{
    commit();
    m_database.reset();
    QThread::currentThread()->quit();
}

} // namespace Chinwag
