// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficgraph.h"

#include "trafficmeter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Chinwag {

TrafficGraph::TrafficGraph(const TrafficMeter &meter, QWidget *parent)
    : QWidget(parent), m_meter(meter)
{
    setToolTip(tr("Messages per second over the last minute"));
    connect(&meter, &TrafficMeter::sampled, this, qOverload<>(&TrafficGraph::update));
}

QSize TrafficGraph::sizeHint() const
{
    return { 4 * TrafficMeter::Samples, 2 * fontMetrics().height() };
}

void TrafficGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(frame);

    const QList<double> &samples = m_meter.samples();
    const double peak = m_meter.peak();
    const QRectF plot = frame.adjusted(1, 2, -1, -1);
    if (samples.isEmpty() || peak <= 0.0)
        return;
    // One step per second of the minute; a fresh meter fills in from the right.
    const double step = plot.width() / (TrafficMeter::Samples - 1);
    const double left = plot.right() - step * double(samples.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QPointF point(left + step * double(i),
                            plot.bottom() - plot.height() * samples.at(i) / peak);
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainterPath area = line;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(left, plot.bottom());
    area.closeSubpath();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.25);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(area);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);

    // The scale, on the base colour so that the line never hides it.
    const QString scale = tr("peak %1/s").arg(std::round(peak));
    const QRectF label =
            painter.boundingRect(plot.adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignTop, scale);
    QColor base = palette().color(QPalette::Base);
    base.setAlphaF(0.8);
    painter.fillRect(label.adjusted(-2, 0, 2, 0), base);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(label, Qt::AlignLeft | Qt::AlignTop, scale);
}

} // namespace Chinwag
