// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace Chinwag {

// A QTcpServer that hands over each accepted connection as its descriptor, with no QTcpSocket
// made for it: the server drives the descriptor with its own EpollLoop (TcpTransport).
class TcpListener : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

    // The longest listen backlog the system allows (/proc/sys/net/core/somaxconn), or 4096
    // where that cannot be read.
    static int systemMaximumBacklog();

signals:
    // The receiver owns `descriptor` and must close it.
    void connectionAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace Chinwag
