// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Chinwag {

struct StoreChange;

// The SQL of what the store keeps beside the messages (accounts, groups and their account
// members, read positions, held messages delivered), for HistoryDatabase, which owns the
// connection and the transaction. One place for these statements, as HistoryDatabase is for the
// messages'.
class StateTables
{
public:
    explicit StateTables(QSqlDatabase &db) : m_db(db) { }

    // False with lastError() on failure.
    bool prepare();
    bool apply(const StoreChange &change);
    bool load(Store::State &state);
    QString lastError() const { return m_error; }
    // Drops the prepared statements, before the connection is closed.
    void reset();

private:
    bool run(QSqlQuery &query);
    bool saveGroup(const StoredGroup &group);

    QSqlDatabase &m_db;
    std::optional<QSqlQuery> m_upsertAccount;
    std::optional<QSqlQuery> m_upsertGroup;
    std::optional<QSqlQuery> m_insertMember;
    std::optional<QSqlQuery> m_upsertReadPosition;
    std::optional<QSqlQuery> m_deleteHeld;
    QString m_error;
};

} // namespace Chinwag
