// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyhistogram.h"

#include <cmath>

namespace Chinwag {

int LatencyHistogram::bucketOf(quint64 ns)
{
    // Values below SubBuckets have a bucket each; above, each power of two is cut in SubBuckets.
    if (ns < SubBuckets)
        return int(ns);
    const int octave = 63 - __builtin_clzll(ns); // >= SubBits
    const int shift = octave - SubBits;
    return (shift + 1) * SubBuckets + int((ns >> shift) & (SubBuckets - 1));
}

quint64 LatencyHistogram::lowerBound(int bucket)
{
    if (bucket < SubBuckets)
        return quint64(bucket);
    const int shift = bucket / SubBuckets - 1;
    const quint64 sub = quint64(bucket % SubBuckets);
    return (quint64(SubBuckets) + sub) << shift;
}

void LatencyHistogram::record(qint64 ns)
{
    if (ns < 0)
        ns = 0;
    ++m_buckets[size_t(bucketOf(quint64(ns)))];
    ++m_count;
    m_max = std::max(m_max, ns);
}

qint64 LatencyHistogram::percentile(double fraction) const
{
    if (m_count == 0)
        return 0;
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(fraction * double(m_count))));
    quint64 seen = 0;
    for (size_t b = 0; b < m_buckets.size(); ++b) {
        seen += m_buckets[b];
        if (seen >= rank) {
            const quint64 low = lowerBound(int(b));
            const quint64 high = lowerBound(int(b) + 1);
            return std::min<qint64>(qint64(low + (high - low) / 2), m_max);
        }
    }
    return m_max;
}

} // namespace Chinwag
