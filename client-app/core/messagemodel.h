// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messageentry.h"

#include <conversation.h>

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Chinwag {

// The lines of one conversation, oldest first: messages with their sender and the server's time,
// the user's own messages with how far they got, and system lines. Newer lines are appended;
// past ones (history) are merged in by their ids. A message the server has numbered is kept
// once, however often it arrives. One message may carry the "new messages" marker: the first
// the user has not seen.
class MessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // MessageEntry::Kind, as int
        DeliveryRole, // MessageEntry::Delivery, as int
        IdRole, // the server's id; 0 for system lines and unconfirmed messages
        LocalIdRole, // own messages: the client's number
        TimeRole, // QDateTime in UTC
        SenderRole,
        TextRole,
        OwnRole, // bool
        FailureRole, // why an own message was not sent
        FirstUnreadRole, // bool: the "new messages" marker goes before this line
        ConversationNameRole, // the peer or the group; empty for Everyone
    };
    Q_ENUM(Role)

    explicit MessageModel(const Conversation &conversation, QObject *parent = nullptr);

    Conversation conversation() const { return m_conversation; }
    // The conversation's peer changed name.
    void setConversation(const Conversation &conversation) { m_conversation = conversation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const MessageEntry &entry(int row) const { return m_entries.at(row); }

    // A received message or a system line; a message already here is not added again.
    void append(const MessageEntry &entry);
    // Past messages, oldest first: each goes after the last line with a smaller id (before
    // everything when there is none), and one that is here already is skipped. Returns the
    // messages that were added.
    QList<MessageEntry> mergeHistory(const QList<MessageEntry> &history);
    // The smallest and the largest server id here; 0 when there is none.
    quint64 oldestId() const;
    quint64 newestId() const { return m_newestId; }
    // -1 when no line has this server id.
    int rowOfId(quint64 id) const;

    // The first message the user has not seen, or 0 for none.
    quint64 unreadMarker() const { return m_unreadMarker; }
    void setUnreadMarker(quint64 id);
    // The user's messages kept for an offline peer have reached them: the peer is back.
    void markHeldDelivered();
    // An own message, found by its local id: added when new, else updated in place.
    void updateOwn(const MessageEntry &entry);
    void removeEntry(int row);
    void clear();

private:
    int rowOfLocalId(quint64 localId) const;
    void emitRowChanged(int row, const QList<int> &roles = {});
    void insertId(quint64 id);

    Conversation m_conversation;
    QList<MessageEntry> m_entries;
    QSet<quint64> m_ids; // the server's ids of the messages here
    quint64 m_newestId = 0; // looked up for every message the user reads
    quint64 m_unreadMarker = 0;
};

} // namespace Chinwag
