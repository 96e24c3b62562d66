// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

class QRandomGenerator;

namespace Chinwag {

// The waits between reconnection attempts: from the first delay, doubling up to the longest,
// each spread by a random part so that many clients cut off together do not return together.
// After a server's restart its clients all lose their connection at the same moment: the first
// wait is then anywhere from none to the restart spread, at random.
class ReconnectBackoff
{
public:
    using Duration = std::chrono::milliseconds;

    // `random` is the source of the spread (QRandomGenerator::global() if none); the restart
    // spread is at most the longest wait.
    explicit ReconnectBackoff(Duration first = std::chrono::seconds(1),
                              Duration longest = std::chrono::seconds(30),
                              QRandomGenerator *random = nullptr,
                              Duration restartSpread = std::chrono::seconds(5));

    // The wait before the next attempt; each call counts one attempt.
    Duration next();
    // The wait before the first attempt after the server said it restarts (BYE SHUTDOWN): from
    // 0 to restartSpread(), evenly. It counts no attempt: if the server is not back by then,
    // the waits go on from the first.
    Duration afterRestart();
    // After a success: the next wait is the first again.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

    Duration first() const { return m_first; }
    Duration longest() const { return m_longest; }
    Duration restartSpread() const { return m_restartSpread; }

    // Each wait is its step times a factor from 1 - Jitter to 1 + Jitter, never past the longest.
    static constexpr double Jitter = 0.2;

private:
    Duration m_first;
    Duration m_longest;
    Duration m_restartSpread;
    QRandomGenerator *m_random;
    int m_attempt = 0;
};

} // namespace Chinwag
