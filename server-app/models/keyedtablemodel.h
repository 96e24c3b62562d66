// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

namespace Chinwag {

// A table whose rows stand for things of the server found by a key (a connection, a group),
// that follows them in batches: what is announced during one pass of the event loop is applied
// at the end of that pass. Rows added in a pass come with one beginInsertRows() at the end,
// rows removed with one beginRemoveRows() per run of adjacent rows, and a changed row with one
// dataChanged() per run of adjacent cells that differ. The model is never reset.
//
// A subclass caches what it shows in Row, loads a Row from the server in load(), and brings a
// cached row up to date in update(), which says which columns changed.
template<typename Key, typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }

    // The row that shows `key`, or -1.
    int rowOf(const Key &key) const { return m_index.value(key, -1); }

    // Applies what is pending now rather than at the end of the pass.
    void flush()
    {
        m_flushTimer.stop();
        applyRemovals();
        applyInsertions();
        applyUpdates();
    }

protected:
    struct Entry
    {
        Key key;
        Row row;
    };

    explicit KeyedTableModel(QObject *parent) : QAbstractTableModel(parent)
    {
        m_flushTimer.setSingleShot(true);
        m_flushTimer.setInterval(0);
        QObject::connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    }

    // The row as the server has it now; nothing if it has gone.
    virtual std::optional<Row> load(const Key &key) const = 0;
    // Takes what `fresh` has that the model follows by these updates into `cached`, and returns
    // the columns whose cells changed, ascending.
    virtual QList<int> update(Row &cached, const Row &fresh) const = 0;

    // The rows the model starts with, before any view is attached.
    void populate(const QList<Key> &keys)
    {
        for (const Key &key : keys) {
            if (std::optional<Row> row = load(key))
                m_entries.append({ key, std::move(*row) });
        }
        reindex();
    }

    void scheduleInsert(const Key &key)
    {
        m_pendingInsertions.append(key);
        scheduleFlush();
    }
    void scheduleUpdate(const Key &key)
    {
        m_pendingUpdates.insert(key);
        scheduleFlush();
    }
    void scheduleRemoval(const Key &key)
    {
        // Gone within the pass it came in: nothing to show.
        if (m_pendingInsertions.removeAll(key) > 0 && !m_index.contains(key))
            return;
        m_pendingRemovals.insert(key);
        scheduleFlush();
    }

    const QList<Entry> &entries() const { return m_entries; }
    const Row &rowAt(int row) const { return m_entries.at(row).row; }
    Row &rowAt(int row) { return m_entries[row].row; }

    // Tells the views that the rows in `rows` (ascending) changed in columns first to last,
    // with one signal per run of adjacent rows.
    void emitRowsChanged(const QList<int> &rows, int first, int last)
    {
        for (const auto &[top, bottom] : runs(rows))
            emit dataChanged(index(top, first), index(bottom, last));
    }

private:
    // The runs of consecutive numbers in `sorted`, ascending, as (first, last) pairs.
    static QList<std::pair<int, int>> runs(const QList<int> &sorted)
    {
        QList<std::pair<int, int>> result;
        for (int n : sorted) {
            if (!result.isEmpty() && result.last().second + 1 == n)
                result.last().second = n;
            else
                result.append({ n, n });
        }
        return result;
    }

    void scheduleFlush()
    {
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }

    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_entries.size());
        for (int row = 0; row < m_entries.size(); ++row)
            m_index.insert(m_entries.at(row).key, row);
    }

    void applyRemovals()
    {
        QList<int> rows;
        for (const Key &key : std::as_const(m_pendingRemovals)) {
            const auto it = m_index.constFind(key);
            if (it != m_index.cend())
                rows.append(*it);
        }
        m_pendingRemovals.clear();
        if (rows.isEmpty())
            return;
        std::sort(rows.begin(), rows.end());
        const QList<std::pair<int, int>> spans = runs(rows);
        // From the bottom up, so that the rows above keep their numbers.
        for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
            beginRemoveRows({}, it->first, it->second);
            m_entries.remove(it->first, it->second - it->first + 1);
            endRemoveRows();
        }
        reindex();
    }

    void applyInsertions()
    {
        QList<Entry> added;
        for (const Key &key : std::as_const(m_pendingInsertions)) {
            if (m_index.contains(key))
                continue;
            if (std::optional<Row> row = load(key)) {
                m_index.insert(key, int(m_entries.size() + added.size()));
                added.append({ key, std::move(*row) });
            }
        }
        m_pendingInsertions.clear();
        if (added.isEmpty())
            return;
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_entries.append(std::move(added));
        endInsertRows();
    }

    void applyUpdates()
    {
        const QSet<Key> keys = std::exchange(m_pendingUpdates, {});
        for (const Key &key : keys) {
            const auto it = m_index.constFind(key);
            if (it == m_index.cend())
                continue;
            const std::optional<Row> now = load(key);
            if (!now)
                continue;
            const QList<int> changed = update(m_entries[*it].row, *now);
            // One signal per run of adjacent changed columns: no unchanged cell is announced.
            for (const auto &[left, right] : runs(changed))
                emit dataChanged(index(*it, left), index(*it, right));
        }
    }

    QList<Entry> m_entries;
    QHash<Key, int> m_index;
    QList<Key> m_pendingInsertions; // in the order they came
    QSet<Key> m_pendingUpdates;
    QSet<Key> m_pendingRemovals;
    QTimer m_flushTimer;
};

} // namespace Chinwag
