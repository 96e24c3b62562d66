// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Chinwag {

ReconnectBackoff::ReconnectBackoff(Duration first, Duration longest, QRandomGenerator *random,
                                   Duration restartSpread)
    : m_first(first),
      m_longest(std::max(first, longest)),
      m_restartSpread(std::clamp(restartSpread, Duration(0), m_longest)),
      m_random(random ? random : QRandomGenerator::global())
{
}

ReconnectBackoff::Duration ReconnectBackoff::next()
{
    // Doubling stops at the longest wait, so the shift never overflows.
    Duration step = m_first;
    for (int i = 0; i < m_attempt && step < m_longest; ++i)
        step *= 2;
    step = std::min(step, m_longest);
    ++m_attempt;
    const double factor = 1.0 - Jitter + 2.0 * Jitter * m_random->generateDouble();
    const auto spread = Duration(qint64(double(step.count()) * factor));
    return std::clamp(spread, Duration(1), m_longest);
}

ReconnectBackoff::Duration ReconnectBackoff::afterRestart()
{
    return Duration(qint64(double(m_restartSpread.count()) * m_random->generateDouble() + 0.5));
}

} // namespace Chinwag
