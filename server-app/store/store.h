// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "chatmessage.h"
#include "conversation.h"
#include "historyquery.h"
#include "storechange.h"
#include "storedgroup.h"
#include "storedmessage.h"

#include <algorithm>
#include <functional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Chinwag {

// What outlives a connection: the messages, the accounts, the groups' account members, the
// messages held for offline accounts and each account's read positions. The chat works through
// this interface alone and never learns where it is kept.
//
// Everything but the messages themselves is small and kept here, in memory, so that signing in
// or listing conversations reads nothing from the disk; each change is handed on to the
// implementation (apply()) to be written in the background. The messages are the
// implementation's: SqliteStore keeps them in a file, a test's store in a list.
class Store : public QObject
{
    Q_OBJECT

public:
    struct DirectPeer
    {
        QString key;
        QString name; // as last spelled in their conversation
        quint64 lastId = 0;
    };
    // The newest message of one direct conversation, as a store finds it when it opens.
    struct DirectLast
    {
        QString firstKey;
        QString firstName;
        QString secondKey;
        QString secondName;
        quint64 lastId = 0;
    };
    // What an implementation loads when it opens.
    struct State
    {
        quint64 lastId = 0;
        quint64 reservedIds = 0; // see IdBlock
        quint64 messageCount = 0;
        QList<Account> accounts;
        QList<StoredGroup> groups;
        QHash<QString, QHash<QString, quint64>> readPositions; // account, conversation key
        QHash<QString, QList<ChatMessage>> held; // by account, oldest first
        QList<DirectLast> directLasts;
    };

    // Message ids are reserved in blocks, recorded before they are given out, so that after a
    // crash that lost the last messages no id is given twice: the ids start again after the
    // block. A new block is asked for while IdReserveAhead ids of the old one are left, far
    // more than the messages a store holds unwritten, so that it is written before it is used.
    static constexpr quint64 IdBlock = 16384;
    static constexpr quint64 IdReserveAhead = IdBlock / 2;
    // Messages a store may hold unwritten while writing works: see writingFellBehind().
    static constexpr qsizetype MaxUnwritten = 4096;
    static_assert(MaxUnwritten < qsizetype(IdReserveAhead),
                  "a block is written before the ids reserved ahead of it are given out");

    using QObject::QObject;

    // How a conversation is named in read positions: "*", "@" and the peer's key, "#" and the
    // group's key.
    static QString conversationKey(Conversation::Kind kind, const QString &key = {});

    // The newest message id the store holds, or that may have been given out before a crash:
    // to seed the server's ids with.
    quint64 lastId() const { return std::max(m_lastId, m_idFloor); }
    // The ids recorded as given out, up to this one.
    quint64 reservedIds() const { return m_reservedIds; }

    // Keeps a message; one held for an offline account waits in takeHeld().
    void record(const StoredMessage &stored);
    // Calls `done` once the message `id` recorded before is written: at once for a store that
    // writes nothing. Never called if the store ends first.
    virtual void whenWritten(quint64 id, std::function<void()> done);
    // The messages held for the account, oldest first; from now on they count as delivered.
    QList<ChatMessage> takeHeld(const QString &accountKey);
    // A page of history, oldest first.
    virtual QList<ChatMessage> read(const HistoryQuery &query) = 0;
    // How many messages of `query` there are after query.after, counting up to `max`.
    virtual int count(const HistoryQuery &query, int max) = 0;
    quint64 messageCount() const { return m_messageCount; }
    // Messages removed by retention since the server started.
    quint64 prunedCount() const { return m_prunedCount; }
    quint64 heldCount() const { return m_heldCount; }
    // What waits for one account: messages, and their bytes of UTF-8 text.
    int heldCount(const QString &accountKey) const { return int(m_held.value(accountKey).size()); }
    qsizetype heldBytes(const QString &accountKey) const { return m_heldBytes.value(accountKey); }

    const Account *account(const QString &key) const;
    // By key.
    QList<Account> accounts() const;
    int accountCount() const { return int(m_accounts.size()); }
    void saveAccount(const Account &account);
    // With its held messages, read positions and memberships; the direct messages it exchanged
    // stay with the other side.
    void deleteAccount(const QString &key);

    const QHash<QString, StoredGroup> &groups() const { return m_groups; }
    // A group without members is deleted.
    void saveGroup(const StoredGroup &group);
    void deleteGroup(const QString &key);

    quint64 readPosition(const QString &accountKey, const QString &conversation) const;
    // Moves the position forward only; returns whether it moved.
    bool setReadPosition(const QString &accountKey, const QString &conversation, quint64 id);
    // The account's direct conversations since its history began, in no order.
    QList<DirectPeer> directPeers(const QString &accountKey) const;

    // What the store could not write, while writing fails; empty while it works.
    QString writeError() const { return m_writeError; }

signals:
    // Writing or reading failed: for the server's log.
    void failed(const QString &error);
    // More messages wait to be written than MaxUnwritten: the server stops reading from its
    // clients (TCP back-pressure) until writingCaughtUp(), rather than the queue growing.
    void writingFellBehind();
    void writingCaughtUp();
    // Writing works again after failing (writeError() was not empty).
    void writingResumed();
    // While writing failed, more messages waited than are kept: these were not stored.
    void messagesNotStored(qsizetype count);
    // Retention removed this many old messages.
    void messagesPruned(qint64 count);
    // An account was added, changed or deleted: for the monitor.
    void accountChanged(const QString &key);

protected:
    void load(State &&state);
    // A block of ids the implementation has recorded itself.
    void setReservedIds(quint64 upTo) { m_reservedIds = upTo; }
    // The newest id given to a message kept here: what a clean stop records as reserved, so
    // that the next start goes on without a gap.
    quint64 lastRecordedId() const { return m_lastId; }
    void setWriteError(const QString &error) { m_writeError = error; }
    // Retention removed these messages from what the implementation keeps.
    void forget(qint64 count);
    // A message for the implementation to keep.
    virtual void append(const StoredMessage &stored) = 0;
    virtual void apply(const StoreChange &change) = 0;

private:
    void notePeer(const QString &accountKey, const QString &peerKey, const QString &peerName,
                  quint64 id);

    QString m_writeError;
    quint64 m_lastId = 0;
    quint64 m_idFloor = 0; // reserved when the store was loaded
    quint64 m_reservedIds = 0;
    quint64 m_messageCount = 0;
    quint64 m_prunedCount = 0;
    quint64 m_heldCount = 0;
    QHash<QString, Account> m_accounts;
    QHash<QString, StoredGroup> m_groups;
    QHash<QString, QHash<QString, quint64>> m_readPositions;
    QHash<QString, QList<ChatMessage>> m_held;
    QHash<QString, qsizetype> m_heldBytes;
    QHash<QString, QHash<QString, DirectPeer>> m_peers; // of accounts only
};

} // namespace Chinwag
