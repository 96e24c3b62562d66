// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Chinwag {

// One client's token bucket of lines (Limits::floodBurst, Limits::floodLinesPerSecond), or of
// bytes, kept as one number: the time at which the bucket is full again (the generic cell rate
// algorithm). Each line moves that time on by one line's interval; a line that would move it
// more than a burst ahead of now must wait.
class FloodControl
{
public:
    // Microseconds on a monotonic clock.
    static qint64 now();

    // Takes one line's token at `now`: 0 if the line may go at once, else the microseconds until
    // it may (and nothing is taken). A rate of 0 lines per second lets everything through.
    qint64 take(qint64 now, int burst, int linesPerSecond);
    // For a bucket of bytes, whose cost is known only once the line is read: the microseconds
    // until the bucket is below its burst again (0 for now), and the charge of a line's bytes
    // once it has gone.
    qint64 wait(qint64 now, int burst, int perSecond) const;
    void charge(qint64 now, int perSecond, qint64 cost);
    // Whether the bucket is full at `now`: the client has been quiet for as long as it takes a
    // whole burst to come back.
    bool isFull(qint64 now) const { return m_fullAt <= now; }

private:
    qint64 m_fullAt = 0;
};

} // namespace Chinwag
