// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace Chinwag {

// The waits between attempts to reach a service that went away: doubling from the first to the
// longest, each drawn between half and the whole of its step, so that nodes cut off at the same
// moment do not all return at the same moment.
class RetryBackoff
{
public:
    RetryBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    std::chrono::milliseconds next();
    void reset() { m_step = m_first; }

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_longest;
    std::chrono::milliseconds m_step;
};

} // namespace Chinwag
