// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupsmodel.h"

#include "chatserver.h"
#include "group.h"

#include <algorithm>

namespace Chinwag {

GroupsModel::GroupsModel(ChatServer &server, QObject *parent)
    : KeyedTableModel(parent), m_server(server)
{
    populate(server.groupKeys());
    connect(&server, &ChatServer::groupAdded, this, &GroupsModel::scheduleInsert);
    connect(&server, &ChatServer::groupChanged, this, &GroupsModel::scheduleUpdate);
    connect(&server, &ChatServer::groupRemoved, this, &GroupsModel::scheduleRemoval);
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRow &group = rowAt(index.row());
    if (role == GroupKeyRole)
        return entries().at(index.row()).key;
    if (role == Qt::TextAlignmentRole)
        return index.column() == MemberCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Members)
        return group.members;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        return sorting ? group.name.toCaseFolded() : group.name;
    case Owner:
        return sorting ? group.owner.toCaseFolded() : group.owner;
    case MemberCount:
        return group.memberCount;
    case Members:
        return group.members;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Group");
    case Owner:
        return tr("Owner");
    case MemberCount:
        return tr("Members");
    case Members:
        return tr("Who");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<GroupRow> GroupsModel::load(const QString &key) const
{
    const Group *group = m_server.group(key);
    if (!group)
        return std::nullopt;
    QStringList keys = group->members.keys();
    std::sort(keys.begin(), keys.end());
    QStringList names;
    names.reserve(keys.size());
    for (const QString &key : std::as_const(keys))
        names.append(group->members.value(key).name);
    return GroupRow{ group->name, group->owner, int(keys.size()), names.join(u", ") };
}

QList<int> GroupsModel::update(GroupRow &cached, const GroupRow &fresh) const
{
    QList<int> changed;
    if (cached.name != fresh.name)
        changed.append(Name);
    if (cached.owner != fresh.owner)
        changed.append(Owner);
    if (cached.memberCount != fresh.memberCount)
        changed.append(MemberCount);
    if (cached.members != fresh.members)
        changed.append(Members);
    cached = fresh;
    return changed;
}

} // namespace Chinwag
