// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "protocollimits.h"
#include "storedmessage.h"

#include <QString>

namespace Chinwag {

// One page of a conversation's history, as a HISTORY command asks for it and the privacy rules
// bound it: the newest `limit` messages with `after` < id < `before`.
struct HistoryQuery
{
    Conversation::Kind kind = Conversation::Kind::Everyone;
    QString userKey; // who reads: one side of a direct conversation
    QString otherKey; // the other side of a direct conversation, or the group
    quint64 after = 0; // a group member reads only what was said since they joined
    quint64 before = 0; // 0: up to the newest
    int limit = Protocol::DefaultHistoryLimit;

    static HistoryQuery everyone() { return {}; }
    static HistoryQuery direct(const QString &userKey, const QString &peerKey)
    {
        return { Conversation::Kind::Direct, userKey, peerKey };
    }
    static HistoryQuery group(const QString &groupKey, quint64 joinedAfter)
    {
        return { Conversation::Kind::Group, {}, groupKey, joinedAfter };
    }

    // Whether `stored` belongs to this conversation, within the bounds of ids.
    bool matches(const StoredMessage &stored) const
    {
        const quint64 id = stored.message.id;
        if (stored.message.to.kind != kind || id <= after || (before != 0 && id >= before))
            return false;
        switch (kind) {
        case Conversation::Kind::Everyone:
            return true;
        case Conversation::Kind::Direct:
            return (stored.senderKey == userKey && stored.recipientKey == otherKey)
                    || (stored.senderKey == otherKey && stored.recipientKey == userKey);
        case Conversation::Kind::Group:
            return stored.recipientKey == otherKey;
        }
        return false;
    }
};

} // namespace Chinwag
