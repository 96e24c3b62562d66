// SPDX-License-Identifier: GPL-3.0-or-later
#include "floodcontrol.h"

#include <algorithm>
#include <chrono>

namespace Chinwag {

qint64 FloodControl::now()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 FloodControl::take(qint64 now, int burst, int linesPerSecond)
{
    if (linesPerSecond <= 0)
        return 0;
    const qint64 interval = 1'000'000 / linesPerSecond;
    const qint64 fullAt = std::max(m_fullAt, now) + interval;
    const qint64 wait = fullAt - now - qint64(std::max(burst, 1)) * interval;
    if (wait > 0)
        return wait;
    m_fullAt = fullAt;
    return 0;
}

qint64 FloodControl::wait(qint64 now, int burst, int perSecond) const
{
    if (perSecond <= 0)
        return 0;
    const qint64 ahead = m_fullAt - now - qint64(std::max(burst, 1)) * 1'000'000 / perSecond;
    return std::max<qint64>(ahead, 0);
}

void FloodControl::charge(qint64 now, int perSecond, qint64 cost)
{
    if (perSecond > 0)
        m_fullAt = std::max(m_fullAt, now) + cost * 1'000'000 / perSecond;
}

} // namespace Chinwag
