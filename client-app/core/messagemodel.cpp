// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagemodel.h"

#include <algorithm>

namespace Chinwag {

using namespace Qt::StringLiterals;

MessageModel::MessageModel(const Conversation &conversation, QObject *parent)
    : QAbstractListModel(parent), m_conversation(conversation)
{
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    // Views ask about invalid indexes too (a combo box with no current item): no answer.
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const MessageEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.kind == MessageEntry::Kind::Chat ? e.message.from + u": "_s + e.message.text
                                                  : e.message.text;
    case KindRole:
        return int(e.kind);
    case DeliveryRole:
        return int(e.delivery);
    case IdRole:
        return e.message.id;
    case LocalIdRole:
        return e.localId;
    case TimeRole:
        return e.message.time;
    case SenderRole:
        return e.message.from;
    case TextRole:
        return e.message.text;
    case OwnRole:
        return e.isOwn();
    case FailureRole:
        return e.failure;
    case FirstUnreadRole:
        return m_unreadMarker != 0 && e.message.id == m_unreadMarker;
    case ConversationNameRole:
        return m_conversation.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { KindRole, "kind" },
                   { DeliveryRole, "delivery" },
                   { IdRole, "messageId" },
                   { LocalIdRole, "localId" },
                   { TimeRole, "time" },
                   { SenderRole, "sender" },
                   { TextRole, "text" },
                   { OwnRole, "own" },
                   { FailureRole, "failure" },
                   { FirstUnreadRole, "firstUnread" },
                   { ConversationNameRole, "conversationName" } });
    return names;
}

void MessageModel::append(const MessageEntry &entry)
{
    const quint64 id = entry.message.id;
    if (id != 0 && m_ids.contains(id))
        return;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    if (id != 0)
        insertId(id);
    endInsertRows();
}

QList<MessageEntry> MessageModel::mergeHistory(const QList<MessageEntry> &history)
{
    // Where each new message goes: after the last line with a smaller id. Both lists run
    // oldest first, so one pass over the lines finds every place.
    struct Insertion
    {
        qsizetype row;
        MessageEntry entry;
    };
    QList<Insertion> insertions;
    QSet<quint64> seen;
    qsizetype row = 0;
    qsizetype after = 0; // the row after the last line with a smaller id
    for (const MessageEntry &e : history) {
        const quint64 id = e.message.id;
        if (id == 0 || m_ids.contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
        while (row < m_entries.size()) {
            const quint64 here = m_entries.at(row).message.id;
            if (here != 0 && here > id)
                break;
            ++row;
            if (here != 0)
                after = row;
        }
        insertions.append({ after, e });
    }
    // Runs that go to one place are inserted together, the last run first so that the rows of
    // the earlier ones stay where they were found.
    QList<MessageEntry> added;
    added.reserve(insertions.size());
    for (qsizetype end = insertions.size(); end > 0;) {
        qsizetype begin = end - 1;
        while (begin > 0 && insertions.at(begin - 1).row == insertions.at(end - 1).row)
            --begin;
        const int at = int(insertions.at(begin).row);
        beginInsertRows({}, at, at + int(end - begin) - 1);
        for (qsizetype i = begin; i < end; ++i) {
            m_entries.insert(at + (i - begin), insertions.at(i).entry);
            insertId(insertions.at(i).entry.message.id);
        }
        endInsertRows();
        end = begin;
    }
    for (const Insertion &insertion : std::as_const(insertions))
        added.append(insertion.entry);
    return added;
}

quint64 MessageModel::oldestId() const
{
    if (m_ids.isEmpty())
        return 0;
    return *std::min_element(m_ids.cbegin(), m_ids.cend());
}

void MessageModel::insertId(quint64 id)
{
    m_ids.insert(id);
    m_newestId = qMax(m_newestId, id);
}

void MessageModel::setUnreadMarker(quint64 id)
{
    if (m_unreadMarker == id)
        return;
    const int before = rowOfId(m_unreadMarker);
    m_unreadMarker = id;
    if (before >= 0)
        emitRowChanged(before, { FirstUnreadRole });
    const int after = rowOfId(id);
    if (after >= 0)
        emitRowChanged(after, { FirstUnreadRole });
}

void MessageModel::markHeldDelivered()
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).delivery == MessageEntry::Delivery::Held) {
            m_entries[row].delivery = MessageEntry::Delivery::Sent;
            emitRowChanged(int(row), { DeliveryRole });
        }
    }
}

void MessageModel::updateOwn(const MessageEntry &entry)
{
    const int row = rowOfLocalId(entry.localId);
    if (row < 0) {
        append(entry);
        return;
    }
    const quint64 id = entry.message.id;
    // A message to oneself also comes back as a MSG, perhaps before its confirmation.
    if (id != 0 && m_ids.contains(id) && m_entries.at(row).message.id != id) {
        const int copy = rowOfId(id);
        if (copy >= 0) {
            removeEntry(copy);
            updateOwn(entry);
            return;
        }
    }
    m_entries[row] = entry;
    if (id != 0)
        insertId(id);
    emitRowChanged(row);
}

void MessageModel::removeEntry(int row)
{
    beginRemoveRows({}, row, row);
    const quint64 id = m_entries.takeAt(row).message.id;
    m_ids.remove(id);
    if (id == m_newestId)
        m_newestId = m_ids.isEmpty() ? 0 : *std::max_element(m_ids.cbegin(), m_ids.cend());
    endRemoveRows();
}

void MessageModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_ids.clear();
    m_newestId = 0;
    m_unreadMarker = 0;
    endResetModel();
}

int MessageModel::rowOfLocalId(quint64 localId) const
{
    if (localId == 0)
        return -1;
    // Own messages in flight are among the last lines.
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        if (m_entries.at(row).localId == localId)
            return int(row);
    }
    return -1;
}

int MessageModel::rowOfId(quint64 id) const
{
    if (id == 0 || !m_ids.contains(id))
        return -1;
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        if (m_entries.at(row).message.id == id)
            return int(row);
    }
    return -1;
}

void MessageModel::emitRowChanged(int row, const QList<int> &roles)
{
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, roles);
}

} // namespace Chinwag
