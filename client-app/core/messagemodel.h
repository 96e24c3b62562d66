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
// older ones (history) may be put before the first. A message the server has numbered is kept
// once, however often it arrives.
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
    // Older lines, oldest first, before the first one here.
    void prepend(const QList<MessageEntry> &older);
    // An own message, found by its local id: added when new, else updated in place.
    void updateOwn(const MessageEntry &entry);
    void removeEntry(int row);

private:
    int rowOfLocalId(quint64 localId) const;
    int rowOfId(quint64 id) const;

    Conversation m_conversation;
    QList<MessageEntry> m_entries;
    QSet<quint64> m_ids; // the server's ids of the messages here
};

} // namespace Chinwag
