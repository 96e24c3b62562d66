// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace Chinwag {

class ChatClient;

// The connection in the window's status bar: its state with a coloured dot, the server, and
// the name the user is signed in as, with their away text. It puts its labels in the bar and
// keeps them up to date from the client's signals.
class ConnectionStatus : public QObject
{
    Q_OBJECT

public:
    ConnectionStatus(ChatClient *client, QStatusBar *bar, QObject *parent = nullptr);

private:
    void update();

    ChatClient *m_client;
    QLabel *m_state;
    QLabel *m_server;
    QLabel *m_name;
};

} // namespace Chinwag
