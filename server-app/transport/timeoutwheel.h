// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <chrono>
#include <vector>

namespace Chinwag {

// When each connection's next check of its timeouts is due, for any number of connections at
// the cost of one timer: a hashed timer wheel of coarse ticks. Each connection has one entry,
// found again only when its tick comes, so an idle connection costs nothing in between; it is
// then checked and scheduled again. The wheel keeps no clock of its own: its owner moves it on.
class TimeoutWheel
{
public:
    explicit TimeoutWheel(std::chrono::milliseconds tick);

    std::chrono::milliseconds tick() const { return m_tick; }
    // The current tick: a coarse clock that costs nothing to read.
    qint64 now() const { return m_now; }
    // Whole ticks that cover `duration`, at least one.
    qint64 ticksFor(std::chrono::milliseconds duration) const;

    // Calls up `id` once its tick `due` has come (at the earliest on the next tick).
    void schedule(quint64 id, qint64 due);
    // Moves the clock on to `tick` and returns the ids that are due, in no particular order.
    std::vector<quint64> advanceTo(qint64 tick);
    qsizetype size() const { return m_size; }

private:
    struct Entry
    {
        quint64 id;
        qint64 due;
    };
    static constexpr qsizetype Slots = 256;

    std::array<std::vector<Entry>, Slots> m_slots;
    std::chrono::milliseconds m_tick;
    qint64 m_now = 0;
    qsizetype m_size = 0;
};

} // namespace Chinwag
