// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>
#include <namerules.h>

#include <QString>

namespace Chinwag {

// A conversation as a key that does not depend on how its name is spelled: "*", "@bob" or
// "#team" with the name case-folded, for the client's tables by conversation.
inline QString conversationKey(const Conversation &conversation)
{
    switch (conversation.kind) {
    case Conversation::Kind::Everyone:
        return QStringLiteral("*");
    case Conversation::Kind::Direct:
        return u'@' + NameRules::key(conversation.name);
    case Conversation::Kind::Group:
        return u'#' + NameRules::key(conversation.name);
    }
    Q_UNREACHABLE();
}

} // namespace Chinwag
