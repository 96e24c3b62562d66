// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupsummary.h"

#include <QAbstractListModel>
#include <QList>

namespace Chinwag {

// The public groups anyone may join, by name as the server lists them (DIRECTORY), page by
// page: the first page replaces what was listed, each next one is appended.
class DirectoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        OwnerRole,
        MemberCountRole, // int
    };
    Q_ENUM(Role)

    explicit DirectoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A page that follows the group `after`, or the first page for an empty one.
    void addPage(const QString &after, const QList<GroupSummary> &groups, bool more);
    void clear();
    // Whether the server has more public groups after the last listed.
    bool hasMore() const { return m_more; }
    const GroupSummary &group(int row) const { return m_groups.at(row); }

Q_SIGNALS:
    void listed();

private:
    QList<GroupSummary> m_groups;
    bool m_more = false;
};

} // namespace Chinwag
