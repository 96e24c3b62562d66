// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storedmessage.h"

#include <QList>
#include <QString>

namespace Chinwag {

// What the history writes in one transaction: messages, names that registered, and held
// messages that were delivered.
struct HistoryBatch
{
    struct Name
    {
        QString key;
        QString name; // as last spelled
        qint64 registeredMSecs; // UTC
    };
    struct Delivery
    {
        QString recipientKey;
        quint64 upToId; // every message held for the recipient up to this id
    };

    QList<StoredMessage> messages; // by growing id
    QList<Name> names;
    QList<Delivery> deliveries;

    bool isEmpty() const { return messages.isEmpty() && names.isEmpty() && deliveries.isEmpty(); }
    void append(const HistoryBatch &other)
    {
        appendList(messages, other.messages);
        appendList(names, other.names);
        appendList(deliveries, other.deliveries);
    }

private:
    // An empty list shares the other's elements rather than copying them one by one.
    template<typename T>
    static void appendList(QList<T> &list, const QList<T> &more)
    {
        if (list.isEmpty())
            list = more;
        else
            list += more;
    }
};

} // namespace Chinwag
