// SPDX-License-Identifier: GPL-3.0-or-later
#include "statetables.h"

#include "namerules.h"
#include "storechange.h"

#include <QSqlError>
#include <QVariant>

namespace Chinwag {

using namespace Qt::StringLiterals;

bool StateTables::prepare()
{
    if (m_deleteHeld)
        return true;
    const auto prepare = [this](std::optional<QSqlQuery> &query, const QString &statement) {
        query.emplace(m_db);
        if (query->prepare(statement))
            return true;
        m_error = query->lastError().text();
        return false;
    };
    if (prepare(m_upsertAccount,
                u"INSERT INTO accounts (key, name, password, created, last_seen, history_after,"
                u" locked) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
                u" name = excluded.name, password = excluded.password,"
                u" last_seen = excluded.last_seen, locked = excluded.locked"_s)
        && prepare(m_upsertGroup,
                   u"INSERT INTO chat_groups (key, name, owner, owner_key, public)"
                   u" VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
                   u" name = excluded.name, owner = excluded.owner,"
                   u" owner_key = excluded.owner_key, public = excluded.public"_s)
        && prepare(m_insertMember,
                   u"INSERT INTO memberships (group_key, user_key, name, joined_after)"
                   u" VALUES (?, ?, ?, ?)"_s)
        && prepare(m_upsertReadPosition,
                   u"INSERT INTO read_positions (account, conversation, read_id) VALUES (?, ?, ?)"
                   u" ON CONFLICT (account, conversation) DO UPDATE SET"
                   u" read_id = max(read_id, excluded.read_id)"_s)
        && prepare(m_deleteHeld, u"DELETE FROM held WHERE recipient = ? AND message_id <= ?"_s))
        return true;
    // Prepared again on the next write.
    m_deleteHeld.reset();
    return false;
}

void StateTables::reset()
{
    m_upsertAccount.reset();
    m_upsertGroup.reset();
    m_insertMember.reset();
    m_upsertReadPosition.reset();
    m_deleteHeld.reset();
}

bool StateTables::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool StateTables::apply(const StoreChange &change)
{
    QSqlQuery once(m_db);
    const auto exec = [this, &once](const QString &statement, const QString &key = {}) {
        once.prepare(statement);
        if (!key.isNull())
            once.bindValue(0, key);
        return run(once);
    };
    switch (change.kind) {
    case StoreChange::Kind::AccountSaved: {
        const Account &a = change.account;
        QSqlQuery &q = *m_upsertAccount;
        q.bindValue(0, a.key);
        q.bindValue(1, a.name);
        q.bindValue(2, QString::fromLatin1(a.passwordHash));
        q.bindValue(3, a.createdMSecs);
        q.bindValue(4, a.lastSeenMSecs);
        q.bindValue(5, qint64(a.historyAfter));
        q.bindValue(6, a.locked ? 1 : 0);
        return run(q);
    }
    case StoreChange::Kind::AccountDeleted:
        return exec(u"DELETE FROM accounts WHERE key = ?"_s, change.key)
                && exec(u"DELETE FROM held WHERE recipient = ?"_s, change.key)
                && exec(u"DELETE FROM read_positions WHERE account = ?"_s, change.key)
                && exec(u"DELETE FROM memberships WHERE user_key = ?"_s, change.key)
                && exec(u"DELETE FROM chat_groups WHERE key NOT IN"
                        u" (SELECT group_key FROM memberships)"_s);
    case StoreChange::Kind::GroupSaved:
        return saveGroup(change.group);
    case StoreChange::Kind::GroupDeleted:
        return exec(u"DELETE FROM memberships WHERE group_key = ?"_s, change.key)
                && exec(u"DELETE FROM chat_groups WHERE key = ?"_s, change.key);
    case StoreChange::Kind::ReadPositionSaved: {
        QSqlQuery &q = *m_upsertReadPosition;
        q.bindValue(0, change.key);
        q.bindValue(1, change.conversation);
        q.bindValue(2, qint64(change.id));
        return run(q);
    }
    case StoreChange::Kind::IdsReserved:
        once.prepare(u"INSERT INTO meta (key, value) VALUES ('reserved_ids', ?)"
                     u" ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        once.bindValue(0, qint64(change.id));
        return run(once);
    case StoreChange::Kind::HeldDelivered:
        m_deleteHeld->bindValue(0, change.key);
        m_deleteHeld->bindValue(1, qint64(change.id));
        return run(*m_deleteHeld);
    }
    return true;
}

bool StateTables::saveGroup(const StoredGroup &group)
{
    QSqlQuery &g = *m_upsertGroup;
    g.bindValue(0, group.key);
    g.bindValue(1, group.name);
    g.bindValue(2, group.owner);
    g.bindValue(3, group.ownerKey);
    g.bindValue(4, group.isPublic ? 1 : 0);
    QSqlQuery clear(m_db);
    clear.prepare(u"DELETE FROM memberships WHERE group_key = ?"_s);
    clear.bindValue(0, group.key);
    if (!run(g) || !run(clear))
        return false;
    QSqlQuery &m = *m_insertMember;
    for (const StoredGroup::Member &member : group.members) {
        m.bindValue(0, group.key);
        m.bindValue(1, member.key);
        m.bindValue(2, member.name);
        m.bindValue(3, qint64(member.joinedAfter));
        if (!run(m))
            return false;
    }
    return true;
}

bool StateTables::load(Store::State &state)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto failed = [this, &q] {
        m_error = q.lastError().text();
        return false;
    };
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'reserved_ids'"_s))
        return failed();
    if (q.next())
        state.reservedIds = q.value(0).toULongLong();
    if (!q.exec(u"SELECT key, name, password, created, last_seen, history_after, locked"
                u" FROM accounts"_s))
        return failed();
    while (q.next())
        state.accounts.append({ q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString().toLatin1(), q.value(3).toLongLong(),
                                q.value(4).toLongLong(), q.value(5).toULongLong(),
                                q.value(6).toBool() });
    if (!q.exec(u"SELECT key, name, owner, owner_key, public FROM chat_groups"_s))
        return failed();
    QHash<QString, qsizetype> groupAt;
    while (q.next()) {
        groupAt.insert(q.value(0).toString(), state.groups.size());
        state.groups.append({ q.value(0).toString(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              {},
                              q.value(4).toBool() });
    }
    if (!q.exec(u"SELECT group_key, user_key, name, joined_after FROM memberships"_s))
        return failed();
    while (q.next()) {
        const auto at = groupAt.constFind(q.value(0).toString());
        if (at != groupAt.cend())
            state.groups[*at].members.append(
                    { q.value(1).toString(), q.value(2).toString(), q.value(3).toULongLong() });
    }
    if (!q.exec(u"SELECT account, conversation, read_id FROM read_positions"_s))
        return failed();
    while (q.next())
        state.readPositions[q.value(0).toString()].insert(q.value(1).toString(),
                                                          q.value(2).toULongLong());
    // The newest message of each direct conversation, whose key is the two folded names.
    if (!q.exec(u"SELECT m.conversation, m.sender, m.recipient, m.id FROM messages m"
                u" JOIN (SELECT max(id) AS id FROM messages WHERE kind = '@'"
                u" GROUP BY conversation) l ON m.id = l.id"_s))
        return failed();
    while (q.next()) {
        const QStringList keys = q.value(0).toString().split(u' ');
        if (keys.size() != 2)
            continue;
        const QString sender = q.value(1).toString();
        const QString recipient = q.value(2).toString();
        const bool senderFirst = NameRules::key(sender) == keys.at(0);
        state.directLasts.append({ keys.at(0), senderFirst ? sender : recipient, keys.at(1),
                                   senderFirst ? recipient : sender, q.value(3).toULongLong() });
    }
    return true;
}

} // namespace Chinwag
