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

signals:
    // The receiver owns `descriptor` and must close it.
    void connectionAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace Chinwag
