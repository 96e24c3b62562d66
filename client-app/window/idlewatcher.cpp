// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include <QEvent>

namespace Chinwag {

IdleWatcher::IdleWatcher(QObject *watched, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_idle = true;
        Q_EMIT becameIdle();
    });
    watched->installEventFilter(this);
}

void IdleWatcher::setIdleTime(std::chrono::milliseconds idle)
{
    m_idleTime = idle;
    restart();
}

void IdleWatcher::restart()
{
    if (m_idleTime.count() > 0)
        m_timer.start(m_idleTime);
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::HoverMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        restart();
        if (m_idle) {
            m_idle = false;
            Q_EMIT becameActive();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Chinwag
