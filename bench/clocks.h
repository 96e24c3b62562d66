// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <ctime>

namespace Chinwag {

// The benchmark's clocks, in nanoseconds. Durations use the monotonic clock. Latency uses the
// real-time clock at both ends, because that is the clock of the kernel's receive timestamps
// (SO_TIMESTAMPNS); both are vDSO calls, cheap enough to read once per read() and once per batch
// of writes.
inline qint64 clockNs(clockid_t clock)
{
    timespec ts;
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

inline qint64 monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

inline qint64 realtimeNs()
{
    return clockNs(CLOCK_REALTIME);
}

} // namespace Chinwag
