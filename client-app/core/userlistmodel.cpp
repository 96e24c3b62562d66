// SPDX-License-Identifier: GPL-3.0-or-later
#include "userlistmodel.h"

#include <namerules.h>

#include <algorithm>

namespace Chinwag {

UserListModel::UserListModel(QObject *parent) : QAbstractListModel(parent) { }

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    // Views ask about invalid indexes too (a combo box with no current item): no answer.
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const OnlineUser &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return u.name;
    case Qt::ToolTipRole:
    case AwayTextRole:
        return u.awayText;
    case AwayRole:
        return u.away;
    default:
        return {};
    }
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { NameRole, "name" }, { AwayRole, "away" }, { AwayTextRole, "awayText" } });
    return names;
}

void UserListModel::setUsers(const QList<OnlineUser> &users)
{
    QList<std::pair<QString, OnlineUser>> keyed;
    keyed.reserve(users.size());
    for (const OnlineUser &u : users)
        keyed.append({ NameRules::key(u.name), u });
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    beginResetModel();
    m_users.clear();
    m_keys.clear();
    for (const auto &[key, user] : std::as_const(keyed)) {
        // One entry per name, should the server repeat one.
        if (!m_keys.isEmpty() && m_keys.last() == key)
            continue;
        m_keys.append(key);
        m_users.append(user);
    }
    endResetModel();
}

void UserListModel::addUser(const OnlineUser &user)
{
    const QString key = NameRules::key(user.name);
    const qsizetype row = lowerBound(key);
    if (row < m_keys.size() && m_keys.at(row) == key)
        return;
    beginInsertRows({}, int(row), int(row));
    m_users.insert(row, user);
    m_keys.insert(row, key);
    endInsertRows();
}

void UserListModel::removeUser(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_users.removeAt(row);
    m_keys.removeAt(row);
    endRemoveRows();
}

void UserListModel::renameUser(const QString &oldName, const QString &newName)
{
    const int row = rowOf(oldName);
    if (row < 0)
        return;
    OnlineUser user = m_users.at(row);
    user.name = newName;
    if (NameRules::key(oldName) == NameRules::key(newName)) {
        m_users[row] = user;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    removeUser(oldName);
    addUser(user);
}

void UserListModel::setAway(const QString &name, bool away, const QString &text)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_users[row].away = away;
    m_users[row].awayText = away ? text : QString();
    Q_EMIT dataChanged(index(row), index(row));
}

int UserListModel::rowOf(const QString &name) const
{
    const QString key = NameRules::key(name);
    const qsizetype row = lowerBound(key);
    return row < m_keys.size() && m_keys.at(row) == key ? int(row) : -1;
}

QStringList UserListModel::names() const
{
    QStringList names;
    names.reserve(m_users.size());
    for (const OnlineUser &u : m_users)
        names.append(u.name);
    return names;
}

qsizetype UserListModel::lowerBound(const QString &key) const
{
    return std::lower_bound(m_keys.cbegin(), m_keys.cend(), key) - m_keys.cbegin();
}

} // namespace Chinwag
