// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedtablemodel.h"

#include <QDateTime>
#include <QString>

namespace Chinwag {

class ChatServer;

struct AccountRow
{
    QString name;
    QDateTime created;
    QDateTime lastSeen;
    bool locked = false;
};

// The server's accounts, one row each, following the store's changes in batches per pass of the
// event loop. It shows nothing secret: no hash, nothing of the account's messages.
class AccountsModel : public KeyedTableModel<QString, AccountRow>
{
    Q_OBJECT

public:
    enum Column { Name, Created, LastSeen, Locked, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        AccountKeyRole,
    };

    explicit AccountsModel(ChatServer &server, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    std::optional<AccountRow> load(const QString &key) const override;
    QList<int> update(AccountRow &cached, const AccountRow &fresh) const override;

private:
    void follow(const QString &key);

    const ChatServer &m_server;
};

} // namespace Chinwag
