// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include <algorithm>

namespace Chinwag {

QString Store::conversationKey(Conversation::Kind kind, const QString &key)
{
    switch (kind) {
    case Conversation::Kind::Everyone:
        return QStringLiteral("*");
    case Conversation::Kind::Direct:
        return u'@' + key;
    case Conversation::Kind::Group:
        return u'#' + key;
    }
    return {};
}

void Store::record(const StoredMessage &stored)
{
    const ChatMessage &message = stored.message;
    m_lastId = std::max(m_lastId, message.id);
    if (message.id + IdReserveAhead > m_reservedIds) {
        m_reservedIds = message.id + IdBlock;
        auto change = StoreChange::of(StoreChange::Kind::IdsReserved);
        change.id = m_reservedIds;
        apply(change);
    }
    ++m_messageCount;
    if (message.to.kind == Conversation::Kind::Direct) {
        notePeer(stored.senderKey, stored.recipientKey, message.to.name, message.id);
        notePeer(stored.recipientKey, stored.senderKey, message.from, message.id);
    }
    if (stored.held) {
        m_held[stored.recipientKey].append(message);
        m_heldBytes[stored.recipientKey] += message.text.toUtf8().size();
        ++m_heldCount;
    }
    append(stored);
}

void Store::whenWritten(quint64, std::function<void()> done)
{
    done();
}

void Store::forget(qint64 count)
{
    m_messageCount -= std::min(m_messageCount, quint64(count));
    m_prunedCount += quint64(count);
    emit messagesPruned(count);
}

QList<ChatMessage> Store::takeHeld(const QString &accountKey)
{
    const QList<ChatMessage> held = m_held.take(accountKey);
    m_heldBytes.remove(accountKey);
    if (!held.isEmpty()) {
        m_heldCount -= quint64(held.size());
        auto change = StoreChange::of(StoreChange::Kind::HeldDelivered);
        change.key = accountKey;
        change.id = held.constLast().id;
        apply(change);
    }
    return held;
}

const Account *Store::account(const QString &key) const
{
    const auto it = m_accounts.constFind(key);
    return it == m_accounts.cend() ? nullptr : &*it;
}

QList<Account> Store::accounts() const
{
    QList<Account> accounts = m_accounts.values();
    std::sort(accounts.begin(), accounts.end(),
              [](const Account &a, const Account &b) { return a.key < b.key; });
    return accounts;
}

void Store::saveAccount(const Account &account)
{
    m_accounts.insert(account.key, account);
    auto change = StoreChange::of(StoreChange::Kind::AccountSaved);
    change.account = account;
    apply(change);
    emit accountChanged(account.key);
}

void Store::deleteAccount(const QString &key)
{
    if (!m_accounts.remove(key))
        return;
    m_heldCount -= quint64(m_held.take(key).size());
    m_heldBytes.remove(key);
    m_readPositions.remove(key);
    m_peers.remove(key);
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        QList<StoredGroup::Member> &members = it->members;
        members.removeIf([&key](const StoredGroup::Member &m) { return m.key == key; });
        it = members.isEmpty() ? m_groups.erase(it) : std::next(it);
    }
    auto change = StoreChange::of(StoreChange::Kind::AccountDeleted);
    change.key = key;
    apply(change);
    emit accountChanged(key);
}

void Store::saveGroup(const StoredGroup &group)
{
    if (group.members.isEmpty())
        return deleteGroup(group.key);
    m_groups.insert(group.key, group);
    auto change = StoreChange::of(StoreChange::Kind::GroupSaved);
    change.group = group;
    apply(change);
}

void Store::deleteGroup(const QString &key)
{
    if (!m_groups.remove(key))
        return;
    auto change = StoreChange::of(StoreChange::Kind::GroupDeleted);
    change.key = key;
    apply(change);
}

quint64 Store::readPosition(const QString &accountKey, const QString &conversation) const
{
    return m_readPositions.value(accountKey).value(conversation);
}

bool Store::setReadPosition(const QString &accountKey, const QString &conversation, quint64 id)
{
    quint64 &position = m_readPositions[accountKey][conversation];
    if (id <= position)
        return false;
    position = id;
    auto change = StoreChange::of(StoreChange::Kind::ReadPositionSaved);
    change.key = accountKey;
    change.conversation = conversation;
    change.id = id;
    apply(change);
    return true;
}

QList<Store::DirectPeer> Store::directPeers(const QString &accountKey) const
{
    const Account *owner = account(accountKey);
    if (!owner)
        return {};
    QList<DirectPeer> peers;
    const QHash<QString, DirectPeer> known = m_peers.value(accountKey);
    for (const DirectPeer &peer : known) {
        if (peer.lastId > owner->historyAfter)
            peers.append(peer);
    }
    return peers;
}

void Store::load(State &&state)
{
    // Whatever was reserved may have been given out by a server that did not stop cleanly.
    m_lastId = state.lastId;
    m_idFloor = state.reservedIds;
    m_reservedIds = state.reservedIds;
    m_messageCount = state.messageCount;
    for (Account &account : state.accounts)
        m_accounts.insert(account.key, std::move(account));
    for (StoredGroup &group : state.groups)
        m_groups.insert(group.key, std::move(group));
    m_readPositions = std::move(state.readPositions);
    m_held = std::move(state.held);
    m_heldCount = 0;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        m_heldCount += quint64(it->size());
        for (const ChatMessage &message : *it)
            m_heldBytes[it.key()] += message.text.toUtf8().size();
    }
    for (const DirectLast &last : std::as_const(state.directLasts)) {
        notePeer(last.firstKey, last.secondKey, last.secondName, last.lastId);
        notePeer(last.secondKey, last.firstKey, last.firstName, last.lastId);
    }
}

void Store::notePeer(const QString &accountKey, const QString &peerKey, const QString &peerName,
                     quint64 id)
{
    if (!m_accounts.contains(accountKey) || accountKey == peerKey)
        return;
    DirectPeer &peer = m_peers[accountKey][peerKey];
    if (id < peer.lastId)
        return;
    peer = { peerKey, peerName, id };
}

} // namespace Chinwag
