// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

namespace Chinwag {

// One of an account's conversations, as a CONVERSATIONS reply lists it: its newest message, how
// far the account has read it, and how many messages came after that.
struct ConversationSummary
{
    Conversation conversation;
    quint64 lastId = 0;
    quint64 readId = 0;
    int unread = 0;

    friend bool operator==(const ConversationSummary &a, const ConversationSummary &b)
    {
        return a.conversation == b.conversation && a.lastId == b.lastId && a.readId == b.readId
                && a.unread == b.unread;
    }
};

} // namespace Chinwag
