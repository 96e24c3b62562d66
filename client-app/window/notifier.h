// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace Chinwag {

// Tells the user about a message while they look elsewhere: a message from the tray icon where
// the desktop has a tray, else the window asks for attention (a blinking taskbar entry).
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QWidget *window);

    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Chinwag
