// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatmessage.h"

#include <QString>
#include <QTypeInfo>

namespace Chinwag {

// A message on its way into the history: the message as it was sent, and the folded names
// (NameRules::key) that place it in its conversation. The keys are the sessions' own strings,
// shared, so that keeping a message costs no copy of them.
struct StoredMessage
{
    ChatMessage message;
    QString senderKey;
    QString recipientKey; // the user of a direct message, the group of a group message
    bool held = false; // a direct message that waits for its offline recipient
};

} // namespace Chinwag

// Its members are all relocatable: lists of it grow by moving memory, not by copying each one.
Q_DECLARE_TYPEINFO(Chinwag::StoredMessage, Q_RELOCATABLE_TYPE);
