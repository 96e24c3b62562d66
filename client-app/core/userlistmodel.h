// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onlineuser.h"

#include <QAbstractListModel>
#include <QList>

namespace Chinwag {

// Users sorted by name without regard to case, as LIST sorts them, with whether each is away:
// the users online, or the members of a group. Each change touches one row.
class UserListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        AwayRole, // bool
        AwayTextRole,
    };
    Q_ENUM(Role)

    explicit UserListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setUsers(const QList<OnlineUser> &users);
    void clear() { setUsers({}); }
    // Adds a user who is not here yet.
    void addUser(const OnlineUser &user);
    void removeUser(const QString &name);
    void renameUser(const QString &oldName, const QString &newName);
    void setAway(const QString &name, bool away, const QString &text = {});

    bool contains(const QString &name) const { return rowOf(name) >= 0; }
    // The row of a user, compared without regard to case; -1 if not here.
    int rowOf(const QString &name) const;
    QStringList names() const;
    const OnlineUser &user(int row) const { return m_users.at(row); }

private:
    // Where a user of this name is, or would be inserted.
    qsizetype lowerBound(const QString &key) const;

    QList<OnlineUser> m_users;
    QStringList m_keys; // the case-folded names, in the same order
};

} // namespace Chinwag
