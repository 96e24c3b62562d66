// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplistener.h"

namespace Chinwag {

void TcpListener::incomingConnection(qintptr descriptor)
{
    emit connectionAccepted(descriptor);
}

} // namespace Chinwag
