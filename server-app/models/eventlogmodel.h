// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace Chinwag {

class ServerLog;

// The server's log as a table, newest last, holding at most `capacity` records: the oldest go
// first. Records that come during one pass of the event loop are added together at its end.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Text, ColumnCount };
    enum Role { KindRole = Qt::UserRole };

    static constexpr int DefaultCapacity = 5000;

    explicit EventLogModel(ServerLog &log, int capacity = DefaultCapacity,
                           QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    // Adds what is pending now rather than at the end of the pass.
    void flush();

    static QString kindName(LogRecord::Kind kind);

private:
    void append(const LogRecord &record);

    QList<LogRecord> m_records;
    QList<LogRecord> m_pending;
    const int m_capacity;
    QTimer m_flushTimer;
};

} // namespace Chinwag
