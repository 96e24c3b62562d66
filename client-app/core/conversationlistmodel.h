// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QAbstractListModel>
#include <QList>

namespace Chinwag {

class MessageModel;
class UserListModel;

// The user's conversations: Everyone first, then one per direct peer, then one per group; in
// each part the newest activity (the largest message id) first, then by name without regard to
// case. Each has its messages and an unread count; a group also has its members, its owner and
// whether it is public, and is inactive once the user is no longer in it.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ConversationRole = Qt::UserRole + 1, // Conversation
        KindRole, // Conversation::Kind, as int
        NameRole, // the peer or the group; empty for Everyone
        UnreadRole, // int
        ActiveRole, // bool: messages can be sent here
        MemberCountRole, // groups: int
        OwnerRole, // groups: the owner's name, empty while not known
        PublicRole, // groups: bool, anyone may join
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // -1 when there is no such conversation; names compare without regard to case.
    int rowOf(const Conversation &conversation) const;
    QModelIndex indexOf(const Conversation &conversation) const
    {
        return index(rowOf(conversation));
    }
    Conversation conversationAt(int row) const { return m_entries.at(row).conversation; }
    bool contains(const Conversation &conversation) const { return rowOf(conversation) >= 0; }

    // The conversation's messages, after adding the conversation if it is new.
    MessageModel *ensure(const Conversation &conversation);
    // nullptr when there is no such conversation.
    MessageModel *messages(const Conversation &conversation) const;
    // A group's members; nullptr for other conversations.
    UserListModel *members(const Conversation &conversation) const;
    void remove(const Conversation &conversation);
    // A direct peer changed name; nothing happens when a conversation with the new name exists.
    void renamePeer(const QString &oldName, const QString &newName);

    // Forgets every conversation but Everyone, and Everyone's messages: another user's chat
    // begins.
    void clear();

    bool isActive(const Conversation &conversation) const;
    void setActive(const Conversation &conversation, bool active);

    // A group's owner (empty while not known) and whether anyone may join it.
    QString owner(const Conversation &conversation) const;
    bool isPublic(const Conversation &conversation) const;
    void setGroupInfo(const Conversation &conversation, const QString &owner, bool isPublic);

    // The conversation the user reads: its messages are never unread.
    Conversation current() const { return m_current; }
    void setCurrent(const Conversation &conversation);
    // One more message in the conversation, unread unless it is the current one.
    void countMessage(const Conversation &conversation);
    // The unread count as the server knows it; the current conversation has none.
    void setUnread(const Conversation &conversation, int unread);
    // A message with this id is in the conversation: it moves up its part if it is the newest.
    void noteActivity(const Conversation &conversation, quint64 id);
    int totalUnread() const { return m_totalUnread; }

Q_SIGNALS:
    void totalUnreadChanged(int unread);
    // A row moved or went away, e.g. when a peer changed name: the current one may have.
    void currentChanged(const Chinwag::Conversation &conversation);

private:
    struct Entry
    {
        Conversation conversation;
        QString key; // NameRules::key(conversation.name): rows are looked up per message
        MessageModel *messages = nullptr;
        UserListModel *members = nullptr;
        int unread = 0;
        quint64 activity = 0; // the newest message's id
        bool active = true;
        QString owner;
        bool isPublic = false;
    };

    // Where an entry goes in the sorted order, among the others.
    int insertionRow(const Entry &entry) const;
    // Moves the entry at `row` to where it belongs now, keeping views' selection.
    void reposition(int row);
    void setUnread(int row, int unread);
    void emitRowChanged(const Conversation &conversation, const QList<int> &roles = {});

    QList<Entry> m_entries;
    Conversation m_current;
    int m_totalUnread = 0;
};

} // namespace Chinwag
