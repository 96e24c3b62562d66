// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

class QRandomGenerator;

namespace Chinwag {

// The waits between reconnection attempts: from the first delay, doubling up to the longest,
// each spread by a random part so that many clients cut off together do not return together.
class ReconnectBackoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit ReconnectBackoff(Duration first = std::chrono::seconds(1),
                              Duration longest = std::chrono::seconds(30),
                              QRandomGenerator *random = nullptr);

    // The wait before the next attempt; each call counts one attempt.
    Duration next();
    // After a success: the next wait is the first again.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

    Duration first() const { return m_first; }
    Duration longest() const { return m_longest; }

    // Each wait is its step times a factor from 1 - Jitter to 1 + Jitter, never past the longest.
    static constexpr double Jitter = 0.2;

private:
    Duration m_first;
    Duration m_longest;
    QRandomGenerator *m_random;
    int m_attempt = 0;
};

} // namespace Chinwag
