// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrybackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Chinwag {

RetryBackoff::RetryBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
    : m_first(std::max(first, std::chrono::milliseconds(1))),
      m_longest(std::max(longest, m_first)),
      m_step(m_first)
{
}

std::chrono::milliseconds RetryBackoff::next()
{
    const qint64 step = m_step.count();
    m_step = std::min(m_step * 2, m_longest);
    return std::chrono::milliseconds(step - step / 2
                                     + QRandomGenerator::global()->bounded(step / 2 + 1));
}

} // namespace Chinwag
