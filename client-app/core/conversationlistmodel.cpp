// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistmodel.h"

#include "messagemodel.h"
#include "userlistmodel.h"

#include <namerules.h>

namespace Chinwag {

namespace {

bool sameConversation(const Conversation &a, const Conversation &b)
{
    return a.kind == b.kind && NameRules::key(a.name) == NameRules::key(b.name);
}

// Everyone, then direct conversations, then groups; the newest first within each, then by name.
bool comesBefore(const Conversation &a, quint64 aActivity, const Conversation &b, quint64 bActivity)
{
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    if (aActivity != bActivity)
        return aActivity > bActivity;
    return NameRules::key(a.name) < NameRules::key(b.name);
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent)
{
    ensure(Conversation::everyone());
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    // Views ask about invalid indexes too (a combo box with no current item): no answer.
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.conversation.kind == Conversation::Kind::Everyone ? tr("Everyone")
                                                                   : e.conversation.name;
    case ConversationRole:
        return QVariant::fromValue(e.conversation);
    case KindRole:
        return int(e.conversation.kind);
    case NameRole:
        return e.conversation.name;
    case UnreadRole:
        return e.unread;
    case ActiveRole:
        return e.active;
    case MemberCountRole:
        return e.members ? e.members->rowCount() : 0;
    case OwnerRole:
        return e.owner;
    case PublicRole:
        return e.isPublic;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { ConversationRole, "conversation" },
                   { KindRole, "kind" },
                   { NameRole, "name" },
                   { UnreadRole, "unread" },
                   { ActiveRole, "active" },
                   { MemberCountRole, "memberCount" },
                   { OwnerRole, "owner" },
                   { PublicRole, "public" } });
    return names;
}

int ConversationListModel::rowOf(const Conversation &conversation) const
{
    const QString key = NameRules::key(conversation.name);
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        if (entry.conversation.kind == conversation.kind && entry.key == key)
            return int(row);
    }
    return -1;
}

MessageModel *ConversationListModel::ensure(const Conversation &conversation)
{
    if (MessageModel *existing = messages(conversation))
        return existing;
    Entry entry;
    entry.conversation = conversation;
    entry.key = NameRules::key(conversation.name);
    entry.messages = new MessageModel(conversation, this);
    if (conversation.kind == Conversation::Kind::Group) {
        entry.members = new UserListModel(this);
        const auto countChanged = [this, model = entry.messages] {
            emitRowChanged(model->conversation(), { MemberCountRole });
        };
        connect(entry.members, &QAbstractItemModel::rowsInserted, this, countChanged);
        connect(entry.members, &QAbstractItemModel::rowsRemoved, this, countChanged);
        connect(entry.members, &QAbstractItemModel::modelReset, this, countChanged);
    }
    const int row = insertionRow(entry);
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
    return entry.messages;
}

MessageModel *ConversationListModel::messages(const Conversation &conversation) const
{
    const int row = rowOf(conversation);
    return row < 0 ? nullptr : m_entries.at(row).messages;
}

UserListModel *ConversationListModel::members(const Conversation &conversation) const
{
    const int row = rowOf(conversation);
    return row < 0 ? nullptr : m_entries.at(row).members;
}

void ConversationListModel::remove(const Conversation &conversation)
{
    const int row = rowOf(conversation);
    if (row <= 0) // Everyone stays
        return;
    setUnread(row, 0);
    beginRemoveRows({}, row, row);
    const Entry entry = m_entries.takeAt(row);
    endRemoveRows();
    // Views move on to another conversation before its models go.
    if (sameConversation(conversation, m_current)) {
        m_current = Conversation::everyone();
        Q_EMIT currentChanged(m_current);
    }
    delete entry.messages;
    delete entry.members;
}

void ConversationListModel::renamePeer(const QString &oldName, const QString &newName)
{
    const Conversation from = Conversation::direct(oldName);
    const Conversation to = Conversation::direct(newName);
    const int row = rowOf(from);
    if (row < 0)
        return;
    if (!sameConversation(from, to) && contains(to))
        return;
    const bool wasCurrent = sameConversation(from, m_current);
    Entry &entry = m_entries[row];
    entry.conversation = to;
    entry.key = NameRules::key(to.name);
    entry.messages->setConversation(to);
    reposition(row);
    emitRowChanged(to);
    if (wasCurrent) {
        m_current = to;
        Q_EMIT currentChanged(m_current);
    }
}

void ConversationListModel::clear()
{
    for (int row = rowCount() - 1; row > 0; --row)
        remove(m_entries.at(row).conversation);
    m_entries.first().messages->clear();
    m_entries.first().activity = 0;
    setUnread(0, 0);
}

bool ConversationListModel::isActive(const Conversation &conversation) const
{
    const int row = rowOf(conversation);
    return row >= 0 && m_entries.at(row).active;
}

void ConversationListModel::setActive(const Conversation &conversation, bool active)
{
    const int row = rowOf(conversation);
    if (row < 0 || m_entries.at(row).active == active)
        return;
    m_entries[row].active = active;
    emitRowChanged(conversation, { ActiveRole });
}

QString ConversationListModel::owner(const Conversation &conversation) const
{
    const int row = rowOf(conversation);
    return row < 0 ? QString() : m_entries.at(row).owner;
}

bool ConversationListModel::isPublic(const Conversation &conversation) const
{
    const int row = rowOf(conversation);
    return row >= 0 && m_entries.at(row).isPublic;
}

void ConversationListModel::setGroupInfo(const Conversation &conversation, const QString &owner,
                                         bool isPublic)
{
    const int row = rowOf(conversation);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    if (e.owner == owner && e.isPublic == isPublic)
        return;
    e.owner = owner;
    e.isPublic = isPublic;
    emitRowChanged(conversation, { OwnerRole, PublicRole });
}

void ConversationListModel::setCurrent(const Conversation &conversation)
{
    m_current = conversation;
    const int row = rowOf(conversation);
    if (row >= 0)
        setUnread(row, 0);
}

void ConversationListModel::countMessage(const Conversation &conversation)
{
    const int row = rowOf(conversation);
    if (row >= 0 && !sameConversation(conversation, m_current))
        setUnread(row, m_entries.at(row).unread + 1);
}

void ConversationListModel::setUnread(const Conversation &conversation, int unread)
{
    const int row = rowOf(conversation);
    if (row >= 0)
        setUnread(row, sameConversation(conversation, m_current) ? 0 : unread);
}

void ConversationListModel::noteActivity(const Conversation &conversation, quint64 id)
{
    const int row = rowOf(conversation);
    if (row < 0 || id <= m_entries.at(row).activity)
        return;
    m_entries[row].activity = id;
    reposition(row);
}

int ConversationListModel::insertionRow(const Entry &entry) const
{
    int row = 0;
    while (row < m_entries.size()) {
        const Entry &other = m_entries.at(row);
        if (!comesBefore(other.conversation, other.activity, entry.conversation, entry.activity))
            break;
        ++row;
    }
    return row;
}

void ConversationListModel::reposition(int row)
{
    // The entry is moved rather than removed and added, so that views keep their selection.
    const Entry entry = m_entries.takeAt(row);
    const int target = insertionRow(entry);
    m_entries.insert(row, entry);
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_entries.move(row, target);
    endMoveRows();
}

void ConversationListModel::setUnread(int row, int unread)
{
    Entry &entry = m_entries[row];
    if (entry.unread == unread)
        return;
    m_totalUnread += unread - entry.unread;
    entry.unread = unread;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { UnreadRole });
    Q_EMIT totalUnreadChanged(m_totalUnread);
}

void ConversationListModel::emitRowChanged(const Conversation &conversation,
                                           const QList<int> &roles)
{
    const QModelIndex changed = indexOf(conversation);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed, roles);
}

} // namespace Chinwag
