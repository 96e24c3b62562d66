// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"

#include <QString>

namespace Chinwag {

// How the messages table keeps a conversation: its kind as one character, and a key (none for
// Everyone, the group's folded name, or the two users' folded names in order, so that `@bob`
// for anna finds both directions).
namespace MessageColumns {

inline QString kindCode(Conversation::Kind kind)
{
    switch (kind) {
    case Conversation::Kind::Everyone:
        return QStringLiteral("*");
    case Conversation::Kind::Direct:
        return QStringLiteral("@");
    case Conversation::Kind::Group:
        return QStringLiteral("#");
    }
    return {};
}

inline Conversation::Kind kindOf(const QString &code)
{
    if (code == u"@")
        return Conversation::Kind::Direct;
    if (code == u"#")
        return Conversation::Kind::Group;
    return Conversation::Kind::Everyone;
}

inline QString conversationKey(Conversation::Kind kind, const QString &a, const QString &b)
{
    switch (kind) {
    case Conversation::Kind::Everyone:
        return {};
    case Conversation::Kind::Direct:
        // Names hold no space.
        return a < b ? a + u' ' + b : b + u' ' + a;
    case Conversation::Kind::Group:
        return b;
    }
    return {};
}

} // namespace MessageColumns

} // namespace Chinwag
