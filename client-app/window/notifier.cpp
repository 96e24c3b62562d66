// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Chinwag {

Notifier::Notifier(QWidget *window) : QObject(window), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        m_tray->show();
    }
}

void Notifier::notify(const QString &title, const QString &text)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QApplication::windowIcon());
    else
        QApplication::alert(m_window);
    Q_EMIT notified(title, text);
}

} // namespace Chinwag
