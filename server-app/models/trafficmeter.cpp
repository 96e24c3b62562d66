// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficmeter.h"

#include <algorithm>

namespace Chinwag {

TrafficMeter::TrafficMeter(std::function<quint64()> total, QObject *parent)
    : QObject(parent), m_total(std::move(total)), m_lastTotal(m_total())
{
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &TrafficMeter::read);
    m_timer.start(IntervalMSecs);
}

double TrafficMeter::peak() const
{
    return m_samples.isEmpty() ? 0.0 : *std::max_element(m_samples.cbegin(), m_samples.cend());
}

void TrafficMeter::addReading(quint64 total, qint64 elapsedMSecs)
{
    // A total that went back (a restarted count) starts over rather than going negative.
    const quint64 delta = total >= m_lastTotal ? total - m_lastTotal : total;
    m_lastTotal = total;
    m_samples.append(double(delta) * 1000.0 / double(std::max<qint64>(elapsedMSecs, 1)));
    if (m_samples.size() > Samples)
        m_samples.removeFirst();
    emit sampled();
}

void TrafficMeter::read()
{
    addReading(m_total(), m_clock.restart());
}

} // namespace Chinwag
