// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorystore.h"

#include <algorithm>

namespace Chinwag {

QList<ChatMessage> MemoryStore::read(const HistoryQuery &query)
{
    QList<ChatMessage> found;
    for (auto it = m_messages.crbegin(); it != m_messages.crend() && found.size() < query.limit;
         ++it) {
        if (query.matches(*it))
            found.append(it->message);
    }
    std::reverse(found.begin(), found.end());
    return found;
}

int MemoryStore::count(const HistoryQuery &query, int max)
{
    int found = 0;
    for (auto it = m_messages.crbegin(); it != m_messages.crend() && found < max; ++it) {
        if (query.matches(*it))
            ++found;
    }
    return found;
}

} // namespace Chinwag
