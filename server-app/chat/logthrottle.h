// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Chinwag {

// Lets one log record of a kind through per interval and counts those it holds back, so that an
// abuser cannot flush the server's log, and the next record can still say how many there were.
class LogThrottle
{
public:
    // Whether a record may be written at `now` (in any unit, with `interval` in the same);
    // `held` is set to the number held back since the last one written. A record that must be
    // written (`always`) is admitted in any case.
    bool admit(qint64 now, qint64 interval, int *held, bool always = false)
    {
        if (!always && m_written && now < m_next) {
            ++m_held;
            return false;
        }
        m_written = true;
        m_next = now + interval;
        *held = m_held;
        m_held = 0;
        return true;
    }

private:
    qint64 m_next = 0;
    int m_held = 0;
    bool m_written = false;
};

} // namespace Chinwag
