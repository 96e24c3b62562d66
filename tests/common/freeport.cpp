// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeport.h"

#include <QHostAddress>
#include <QTcpServer>

namespace Chinwag {

quint16 freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace Chinwag
