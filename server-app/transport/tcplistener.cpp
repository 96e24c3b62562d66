// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplistener.h"

#include <QFile>

namespace Chinwag {

int TcpListener::systemMaximumBacklog()
{
    QFile file(QStringLiteral("/proc/sys/net/core/somaxconn"));
    bool ok = false;
    const int value = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt(&ok) : 0;
    return ok && value > 0 ? value : 4096;
}

void TcpListener::incomingConnection(qintptr descriptor)
{
    emit connectionAccepted(descriptor);
}

} // namespace Chinwag
