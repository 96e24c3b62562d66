// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeoutwheel.h"

#include <algorithm>

namespace Chinwag {

TimeoutWheel::TimeoutWheel(std::chrono::milliseconds tick)
    : m_tick(std::max(tick, std::chrono::milliseconds(1)))
{
}

qint64 TimeoutWheel::ticksFor(std::chrono::milliseconds duration) const
{
    return std::max<qint64>(1, (duration.count() + m_tick.count() - 1) / m_tick.count());
}

void TimeoutWheel::schedule(quint64 id, qint64 due)
{
    due = std::max(due, m_now + 1);
    m_slots[size_t(due % Slots)].push_back({ id, due });
    ++m_size;
}

std::vector<quint64> TimeoutWheel::advanceTo(qint64 tick)
{
    std::vector<quint64> due;
    // After a long stall every slot is visited once: entries past their tick are all due.
    const qint64 first = std::max(m_now + 1, tick - Slots + 1);
    m_now = std::max(m_now, tick);
    for (qint64 t = first; t <= tick; ++t) {
        std::vector<Entry> &slot = m_slots[size_t(t % Slots)];
        // Entries for a later turn of the wheel stay; the others leave, in one pass.
        const auto later = std::partition(slot.begin(), slot.end(),
                                          [tick](const Entry &e) { return e.due > tick; });
        for (auto it = later; it != slot.end(); ++it)
            due.push_back(it->id);
        m_size -= slot.end() - later;
        slot.erase(later, slot.end());
    }
    return due;
}

} // namespace Chinwag
