// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedtablemodel.h"

#include <QString>

namespace Chinwag {

class ChatServer;

struct GroupRow
{
    QString name;
    QString owner;
    int memberCount = 0;
    QString members; // by name, without regard to case
};

// The server's live groups, one row each, following the server's signals in batches per pass of
// the event loop: a new group comes last.
class GroupsModel : public KeyedTableModel<QString, GroupRow>
{
    Q_OBJECT

public:
    enum Column { Name, Owner, MemberCount, Members, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        GroupKeyRole,
    };

    explicit GroupsModel(ChatServer &server, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    std::optional<GroupRow> load(const QString &key) const override;
    QList<int> update(GroupRow &cached, const GroupRow &fresh) const override;

private:
    const ChatServer &m_server;
};

} // namespace Chinwag
