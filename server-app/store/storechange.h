// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "storedgroup.h"

#include <QString>

namespace Chinwag {

// One change to what the store keeps beside the messages, on its way to the disk, in the order
// the server made them.
struct StoreChange
{
    enum class Kind {
        AccountSaved, // account: added or changed
        AccountDeleted, // key: and its held messages, memberships and read positions
        GroupSaved, // group: with all of its account members
        GroupDeleted, // key
        ReadPositionSaved, // key: the account; conversation; id
        HeldDelivered, // key: the account; id: every message held for it up to this one
        IdsReserved, // id: message ids up to this one may have been given out (or, at a clean
                     // stop, have been)
    };

    Kind kind = Kind::AccountSaved;
    Account account;
    StoredGroup group;
    QString key;
    QString conversation; // Store::conversationKey()
    quint64 id = 0;

    static StoreChange of(Kind kind)
    {
        StoreChange change;
        change.kind = kind;
        return change;
    }
};

} // namespace Chinwag
