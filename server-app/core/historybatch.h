// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storedmessage.h"

#include <QList>
#include <QString>

namespace Chinwag {

// What one pass of the event loop adds to the history, written in one transaction: messages,
// names that registered, and held messages that were delivered.
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
        messages += other.messages;
        names += other.names;
        deliveries += other.deliveries;
    }
};

} // namespace Chinwag
