// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTimer>

#include <chrono>

class QLabel;
class QPushButton;

namespace Chinwag {

class ChatClient;

// A bar above the messages while the client is not online: why the connection is gone, when
// the next attempt comes, and buttons to try now, to stop trying, or to connect again.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(ChatClient *client, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    // The user wants the connect dialog.
    void connectRequested();

private:
    void update();

    ChatClient *m_client;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_connect;
    QTimer m_countdown;
    std::chrono::steady_clock::time_point m_nextAttempt;
    bool m_kicked = false;
};

} // namespace Chinwag
