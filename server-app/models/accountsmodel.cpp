// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsmodel.h"

#include "chatserver.h"
#include "store.h"

#include <QLocale>

namespace Chinwag {

AccountsModel::AccountsModel(ChatServer &server, QObject *parent)
    : KeyedTableModel(parent), m_server(server)
{
    if (const Store *store = server.store()) {
        QList<QString> keys;
        const QList<Account> accounts = store->accounts();
        for (const Account &account : accounts)
            keys.append(account.key);
        populate(keys);
    }
    connect(&server, &ChatServer::accountChanged, this, &AccountsModel::follow);
}

void AccountsModel::follow(const QString &key)
{
    const Store *store = m_server.store();
    const bool exists = store && store->account(key);
    if (rowOf(key) >= 0 || !exists)
        exists ? scheduleUpdate(key) : scheduleRemoval(key);
    else
        scheduleInsert(key);
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountRow &account = rowAt(index.row());
    if (role == AccountKeyRole)
        return entries().at(index.row()).key;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        return sorting ? account.name.toCaseFolded() : account.name;
    case Created:
        return sorting
                ? QVariant(account.created)
                : QVariant(QLocale().toString(account.created.toLocalTime(), QLocale::ShortFormat));
    case LastSeen:
        return sorting ? QVariant(account.lastSeen)
                       : QVariant(QLocale().toString(account.lastSeen.toLocalTime(),
                                                     QLocale::ShortFormat));
    case Locked:
        return sorting ? QVariant(account.locked)
                       : QVariant(account.locked ? tr("Locked") : QString());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Account");
    case Created:
        return tr("Created");
    case LastSeen:
        return tr("Last seen");
    case Locked:
        return tr("Locked");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<AccountRow> AccountsModel::load(const QString &key) const
{
    const Store *store = m_server.store();
    const Account *account = store ? store->account(key) : nullptr;
    if (!account)
        return std::nullopt;
    return AccountRow{ account->name,
                       QDateTime::fromMSecsSinceEpoch(account->createdMSecs, Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(account->lastSeenMSecs, Qt::UTC),
                       account->locked };
}

QList<int> AccountsModel::update(AccountRow &cached, const AccountRow &fresh) const
{
    QList<int> changed;
    if (cached.name != fresh.name)
        changed.append(Name);
    if (cached.lastSeen != fresh.lastSeen)
        changed.append(LastSeen);
    if (cached.locked != fresh.locked)
        changed.append(Locked);
    cached = fresh;
    return changed;
}

} // namespace Chinwag
