// SPDX-License-Identifier: GPL-3.0-or-later
#include "typingthrottle.h"

#include "namerules.h"

namespace Chinwag {

namespace {
// Past this many conversations, expired entries are dropped, so that a sender cannot grow the
// table without bound.
constexpr qsizetype PruneAbove = 32;
} // namespace

bool TypingThrottle::admit(const Conversation &conversation, qint64 nowMSecs)
{
    const Conversation key{ conversation.kind, NameRules::key(conversation.name) };
    const auto it = m_lastRelayed.constFind(key);
    if (it != m_lastRelayed.cend() && nowMSecs - *it < Protocol::TypingIntervalMSecs)
        return false;
    if (m_lastRelayed.size() > PruneAbove) {
        m_lastRelayed.removeIf([nowMSecs](const QHash<Conversation, qint64>::iterator &entry) {
            return nowMSecs - entry.value() >= Protocol::TypingIntervalMSecs;
        });
    }
    m_lastRelayed.insert(key, nowMSecs);
    return true;
}

} // namespace Chinwag
