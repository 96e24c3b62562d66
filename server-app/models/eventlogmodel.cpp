// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogmodel.h"

#include "serverlog.h"

#include <QLocale>

namespace Chinwag {

using namespace Qt::StringLiterals;

EventLogModel::EventLogModel(ServerLog &log, int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(capacity)
{
    Q_ASSERT(capacity > 0);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flush);
    connect(&log, &ServerLog::recorded, this, &EventLogModel::append);
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord &record = m_records.at(index.row());
    if (role == KindRole)
        return int(record.kind);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QLocale().toString(record.time, QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return record.time.toString(u"HH:mm:ss.zzz"_s);
    case Kind:
        return kindName(record.kind);
    case Text:
        return record.text;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Event");
    case Text:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}

QString EventLogModel::kindName(LogRecord::Kind kind)
{
    switch (kind) {
    case LogRecord::Kind::Server:
        return tr("Server");
    case LogRecord::Kind::Connect:
        return tr("Connect");
    case LogRecord::Kind::Disconnect:
        return tr("Disconnect");
    case LogRecord::Kind::Register:
        return tr("Register");
    case LogRecord::Kind::Rename:
        return tr("Rename");
    case LogRecord::Kind::Group:
        return tr("Group");
    case LogRecord::Kind::Kick:
        return tr("Kick");
    case LogRecord::Kind::Notice:
        return tr("Notice");
    case LogRecord::Kind::Error:
        return tr("Error");
    case LogRecord::Kind::Security:
        return tr("Security");
    }
    return {};
}

void EventLogModel::append(const LogRecord &record)
{
    m_pending.append(record);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    // Of a burst larger than the log, only its newest records are kept.
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    const qsizetype overflow = m_records.size() + m_pending.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_records.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_records.append(std::move(m_pending));
    m_pending.clear();
    endInsertRows();
}

} // namespace Chinwag
