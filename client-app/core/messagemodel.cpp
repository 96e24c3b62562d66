// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagemodel.h"

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
                   { FailureRole, "failure" } });
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
        m_ids.insert(id);
    endInsertRows();
}

void MessageModel::prepend(const QList<MessageEntry> &older)
{
    QList<MessageEntry> fresh;
    for (const MessageEntry &e : older) {
        if (e.message.id == 0 || !m_ids.contains(e.message.id))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    for (const MessageEntry &e : std::as_const(fresh)) {
        if (e.message.id != 0)
            m_ids.insert(e.message.id);
    }
    m_entries = fresh + m_entries;
    endInsertRows();
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
        m_ids.insert(id);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void MessageModel::removeEntry(int row)
{
    beginRemoveRows({}, row, row);
    m_ids.remove(m_entries.takeAt(row).message.id);
    endRemoveRows();
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
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        if (m_entries.at(row).message.id == id)
            return int(row);
    }
    return -1;
}

} // namespace Chinwag
