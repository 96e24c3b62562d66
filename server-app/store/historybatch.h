// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storechange.h"
#include "storedmessage.h"

#include <QList>
#include <QString>

namespace Chinwag {

// What the store writes in one transaction: messages, then the other changes in their order.
struct HistoryBatch
{
    QList<StoredMessage> messages; // by growing id
    QList<StoreChange> changes;

    bool isEmpty() const { return messages.isEmpty() && changes.isEmpty(); }
    void append(const HistoryBatch &other)
    {
        appendList(messages, other.messages);
        appendList(changes, other.changes);
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
