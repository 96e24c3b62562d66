// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "protocollimits.h"

#include <QHash>

namespace Chinwag {

// One sender's TYPING lines are relayed at most once per interval and conversation: a client
// sends TYPING on every key press, and its recipients need to hear it only now and then.
class TypingThrottle
{
public:
    // Whether a TYPING in `conversation` may be relayed now (`nowMSecs` on a monotonic clock);
    // if it may, it counts as relayed.
    bool admit(const Conversation &conversation, qint64 nowMSecs);

private:
    QHash<Conversation, qint64> m_lastRelayed; // by the conversation's folded name
};

} // namespace Chinwag
