// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Chinwag {

// Tells when the user has not touched the application for a while, and when they are back: it
// watches the key, mouse and wheel events that reach an object (the application, in the window)
// and restarts its timer on each.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *watched, QObject *parent = nullptr);

    // How long without input counts as idle; zero: never.
    void setIdleTime(std::chrono::milliseconds idle);
    std::chrono::milliseconds idleTime() const { return m_idleTime; }
    bool isIdle() const { return m_idle; }

Q_SIGNALS:
    void becameIdle();
    void becameActive();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    std::chrono::milliseconds m_idleTime{ 0 };
    bool m_idle = false;
};

} // namespace Chinwag
