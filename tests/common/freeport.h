// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Chinwag {

// A TCP port on 127.0.0.1 that was free a moment ago, for a program that cannot listen on port 0
// and say which port it got (redis-server, postgres). Another program may take it before the
// caller does: a fixture retries with another port when its start fails.
quint16 freeTcpPort();

} // namespace Chinwag
