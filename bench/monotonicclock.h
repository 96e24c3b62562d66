// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <ctime>

namespace Chinwag {

// CLOCK_MONOTONIC in nanoseconds: the one clock the benchmark stamps and measures with (a vDSO
// call, cheap enough to read once per read() and once per batch of writes).
inline qint64 monotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace Chinwag
