// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestore.h"

#include "historywriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <limits>
#include <utility>

namespace Chinwag {

using namespace Qt::StringLiterals;

QString SqliteStore::temporaryPath()
{
    return u":memory:"_s;
}

QString SqliteStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, QString *error)
{
    std::unique_ptr<QTemporaryDir> temporary;
    QString file = path;
    if (path == temporaryPath()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid()) {
            *error = tr("The history cannot be kept in a temporary file: %1")
                             .arg(temporary->errorString());
            return nullptr;
        }
        file = temporary->filePath(u"history.sqlite"_s);
    } else {
        const QString folder = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(folder)) {
            *error = tr("The history cannot be opened (%1): the folder %2 cannot be made")
                             .arg(file, folder);
            return nullptr;
        }
    }
    std::unique_ptr<SqliteStore> history(new SqliteStore(file, std::move(temporary)));
    if (!history->start(error))
        return nullptr;
    return history;
}

SqliteStore::SqliteStore(const QString &file, std::unique_ptr<QTemporaryDir> temporary)
    : m_temporary(std::move(temporary)),
      m_file(file),
      m_lock(file + u".lock"_s),
      m_reader(file),
      m_writer(std::make_unique<HistoryWriter>(file))
{
    // Held for as long as the server runs: stale only once its process is gone, never by age.
    m_lock.setStaleLockTime(0);
    m_thread.setObjectName(u"history writer"_s);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMSecs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SqliteStore::flush);
    connect(m_writer.get(), &HistoryWriter::written, this, &SqliteStore::confirm);
    connect(m_writer.get(), &HistoryWriter::failed, this, &SqliteStore::writingFailed);
    connect(m_writer.get(), &HistoryWriter::resumed, this, [this] {
        setWriteError({});
        emit writingResumed();
    });
    connect(m_writer.get(), &HistoryWriter::fileRestored, this, [this] {
        // Reads go to the file at the path again, not to the removed one.
        if (!m_reader.followFile())
            emit failed(m_reader.errorString());
        emit fileRestored();
    });
    connect(m_writer.get(), &HistoryWriter::messagesDropped, this, &SqliteStore::messagesNotStored);
    connect(m_writer.get(), &HistoryWriter::pruned, this, &SqliteStore::forget);
    connect(m_writer.get(), &HistoryWriter::pruneFailed, this, &SqliteStore::failed);
    m_writer->moveToThread(&m_thread);
}

bool SqliteStore::start(QString *error)
{
    // Two servers writing one file would give out the same ids.
    if (!m_lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock.error() == QLockFile::LockFailedError
            && m_lock.getLockInfo(&pid, &host, &application))
            *error = tr("The history cannot be opened (%1): another server uses it (process %2)")
                             .arg(m_file)
                             .arg(pid);
        else
            *error = tr("The history cannot be opened (%1): its lock file cannot be made")
                             .arg(m_file);
        return false;
    }
    std::optional<Store::State> state;
    if (!m_reader.open() || !m_reader.migrate() || !(state = m_reader.load())) {
        *error = m_reader.errorString();
        return false;
    }
    load(std::move(*state));
    // The first block of ids is on the disk before the first of them is given out.
    if (!reserveIds(lastId() + IdBlock)) {
        *error = m_reader.errorString();
        return false;
    }

    m_thread.start();
    bool opened = false;
    QMetaObject::invokeMethod(m_writer.get(), &HistoryWriter::open, Qt::BlockingQueuedConnection,
                              &opened);
    if (!opened) {
        *error = m_writer->errorString();
        return false;
    }
    return true;
}

SqliteStore::~SqliteStore()
{
    if (m_thread.isRunning()) {
        flush();
        // Runs after every batch queued before it, then ends the thread.
        QMetaObject::invokeMethod(m_writer.get(), &HistoryWriter::close, Qt::QueuedConnection);
        m_thread.wait();
        // Every message is written: the next server goes on from the last id, not the block's end.
        reserveIds(lastRecordedId());
    }
}

bool SqliteStore::reserveIds(quint64 upTo)
{
    HistoryBatch reservation;
    auto change = StoreChange::of(StoreChange::Kind::IdsReserved);
    change.id = upTo;
    reservation.changes.append(change);
    if (!m_reader.write(reservation))
        return false;
    setReservedIds(upTo);
    return true;
}

void SqliteStore::append(const StoredMessage &stored)
{
    m_batch.messages.append(stored);
    m_unconfirmed.append(stored);
    // A writer that fails holds up nobody: the chat goes on, and what cannot wait is not stored.
    if (!m_behind && writeError().isEmpty() && m_unconfirmed.size() >= MaxUnwritten) {
        m_behind = true;
        emit writingFellBehind();
    }
    scheduleFlush();
}

void SqliteStore::apply(const StoreChange &change)
{
    // Every message an account sends moves its read position: only the last of each pass is
    // written, at the end of the batch, so that a busy chat costs the writer no statement per
    // message.
    if (change.kind == StoreChange::Kind::ReadPositionSaved) {
        m_pendingReads.insert(change.key + u'\n' + change.conversation, change);
    } else {
        if (change.kind == StoreChange::Kind::AccountDeleted)
            m_pendingReads.removeIf([&change](const auto &it) { return it->key == change.key; });
        m_batch.changes.append(change);
    }
    scheduleFlush();
}

QList<ChatMessage> SqliteStore::read(const HistoryQuery &query)
{
    // Newest first: those not written yet, then the file's, below them.
    QList<ChatMessage> messages;
    for (auto it = m_unconfirmed.crbegin();
         it != m_unconfirmed.crend() && messages.size() < query.limit; ++it) {
        if (query.matches(*it))
            messages.append(it->message);
    }
    quint64 upTo =
            query.before == 0 ? quint64(std::numeric_limits<qint64>::max()) : query.before - 1;
    if (!m_unconfirmed.isEmpty())
        upTo = std::min(upTo, m_unconfirmed.constFirst().message.id - 1);
    if (messages.size() < query.limit && upTo > query.after) {
        const auto written = m_reader.page(query, upTo, query.limit - int(messages.size()));
        if (written)
            messages += *written;
        else
            emit failed(m_reader.errorString());
    }
    std::reverse(messages.begin(), messages.end());
    return messages;
}

int SqliteStore::count(const HistoryQuery &query, int max)
{
    int found = 0;
    for (auto it = m_unconfirmed.crbegin(); it != m_unconfirmed.crend() && found < max; ++it) {
        if (it->message.id <= query.after)
            break;
        if (query.matches(*it))
            ++found;
    }
    quint64 upTo = quint64(std::numeric_limits<qint64>::max());
    if (!m_unconfirmed.isEmpty())
        upTo = m_unconfirmed.constFirst().message.id - 1;
    if (found < max && upTo > query.after) {
        const auto written = m_reader.count(query, upTo, max - found);
        if (written)
            found += *written;
        else
            emit failed(m_reader.errorString());
    }
    return found;
}

qint64 SqliteStore::sizeOnDisk() const
{
    return QFileInfo(m_file).size() + QFileInfo(m_file + u"-wal"_s).size();
}

void SqliteStore::whenWritten(quint64 id, std::function<void()> done)
{
    if (m_unconfirmed.isEmpty() || id < m_unconfirmed.constFirst().message.id)
        return done();
    m_waiting.append({ id, std::move(done) });
    // Whoever waits should not wait for the batch interval; what this pass records goes along.
    if (!std::exchange(m_flushPosted, true))
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_flushPosted = false;
                    flush();
                },
                Qt::QueuedConnection);
}

void SqliteStore::setRetention(const HistoryRetention::Policy &policy)
{
    // What was recorded before is judged too.
    flush();
    QMetaObject::invokeMethod(
            m_writer.get(), [writer = m_writer.get(), policy] { writer->setRetention(policy); },
            Qt::QueuedConnection);
}

void SqliteStore::scheduleFlush()
{
    if (m_batch.messages.size() >= MaxBatchMessages)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SqliteStore::flush()
{
    m_flushTimer.stop();
    for (const StoreChange &read : std::as_const(m_pendingReads))
        m_batch.changes.append(read);
    m_pendingReads.clear();
    if (m_batch.isEmpty())
        return;
    HistoryBatch batch = std::exchange(m_batch, {});
    // The next batch is likely as large as this one.
    m_batch.messages.reserve(batch.messages.size());
    QMetaObject::invokeMethod(
            m_writer.get(),
            [writer = m_writer.get(), batch = std::move(batch)] { writer->append(batch); },
            Qt::QueuedConnection);
}

void SqliteStore::confirm(quint64 upToId)
{
    const auto firstLater = std::upper_bound(
            m_unconfirmed.cbegin(), m_unconfirmed.cend(), upToId,
            [](quint64 id, const StoredMessage &stored) { return id < stored.message.id; });
    m_unconfirmed.remove(0, firstLater - m_unconfirmed.cbegin());
    qsizetype done = 0;
    while (done < m_waiting.size() && m_waiting.at(done).first <= upToId)
        ++done;
    // Taken first: a callback may record another message and wait again.
    const auto ready = m_waiting.mid(0, done);
    m_waiting.remove(0, done);
    for (const auto &[id, callback] : ready)
        callback();
    if (m_behind && m_unconfirmed.size() <= MaxUnwritten / 2) {
        m_behind = false;
        emit writingCaughtUp();
    }
}

void SqliteStore::writingFailed(const QString &error)
{
    setWriteError(error);
    if (std::exchange(m_behind, false))
        emit writingCaughtUp();
    emit failed(error);
}

} // namespace Chinwag
