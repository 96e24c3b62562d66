// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Chinwag {

// Messages per second over the last minute: once a second it reads a running total (such as
// ChatServer::messagesAccepted) and keeps the rate since the previous reading.
class TrafficMeter : public QObject
{
    Q_OBJECT

public:
    static constexpr int Samples = 60;
    static constexpr int IntervalMSecs = 1000;

    explicit TrafficMeter(std::function<quint64()> total, QObject *parent = nullptr);

    // The rates, oldest first; at most Samples of them.
    const QList<double> &samples() const { return m_samples; }
    double current() const { return m_samples.isEmpty() ? 0.0 : m_samples.last(); }
    double peak() const;

    // Adds the rate for `total` reached `elapsedMSecs` after the previous reading.
    void addReading(quint64 total, qint64 elapsedMSecs);

signals:
    void sampled();

private:
    void read();

    std::function<quint64()> m_total;
    quint64 m_lastTotal;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QList<double> m_samples;
};

} // namespace Chinwag
