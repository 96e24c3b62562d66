// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Chinwag {

class TrafficMeter;

// A small live graph of the traffic meter's messages per second over the last minute, newest
// at the right, scaled to the minute's peak.
class TrafficGraph : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficGraph(const TrafficMeter &meter, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const TrafficMeter &m_meter;
};

} // namespace Chinwag
