// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace Chinwag {

// Latencies in nanoseconds, counted in fixed logarithmic buckets: 32 buckets per power of two,
// so a percentile is within about 3 % of the true value, whatever the number of samples, and
// recording one costs a few instructions and no allocation.
class LatencyHistogram
{
public:
    void record(qint64 ns);
    // The value below which `fraction` (0..1) of the samples lie: the middle of its bucket.
    qint64 percentile(double fraction) const;
    qint64 max() const { return m_max; }
    quint64 count() const { return m_count; }

private:
    static constexpr int SubBits = 5;
    static constexpr int SubBuckets = 1 << SubBits;
    static constexpr int Octaves = 64 - SubBits;

    static int bucketOf(quint64 ns);
    static quint64 lowerBound(int bucket);

    std::array<quint64, SubBuckets *(Octaves + 1)> m_buckets{};
    quint64 m_count = 0;
    qint64 m_max = 0;
};

} // namespace Chinwag
