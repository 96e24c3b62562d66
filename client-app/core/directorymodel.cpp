// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorymodel.h"

#include <namerules.h>

namespace Chinwag {

DirectoryModel::DirectoryModel(QObject *parent) : QAbstractListModel(parent) { }

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupSummary &g = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("#%1 · %n member(s) · %2", nullptr, int(g.memberCount)).arg(g.name, g.owner);
    case Qt::ToolTipRole:
        return tr("Owned by %1").arg(g.owner);
    case NameRole:
        return g.name;
    case OwnerRole:
        return g.owner;
    case MemberCountRole:
        return int(g.memberCount);
    default:
        return {};
    }
}

QHash<int, QByteArray> DirectoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { NameRole, "name" }, { OwnerRole, "owner" }, { MemberCountRole, "members" } });
    return names;
}

void DirectoryModel::addPage(const QString &after, const QList<GroupSummary> &groups, bool more)
{
    // A page that does not follow the last group listed (an older request) starts afresh.
    const bool follows = !after.isEmpty() && !m_groups.isEmpty()
            && NameRules::key(m_groups.last().name) == NameRules::key(after);
    if (!follows) {
        beginResetModel();
        m_groups = groups;
        endResetModel();
    } else if (!groups.isEmpty()) {
        beginInsertRows({}, int(m_groups.size()), int(m_groups.size() + groups.size() - 1));
        m_groups += groups;
        endInsertRows();
    }
    m_more = more;
    Q_EMIT listed();
}

void DirectoryModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_more = false;
    endResetModel();
}

} // namespace Chinwag
