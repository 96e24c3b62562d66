// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocollimits.h"

namespace Chinwag {

// What an operator sets on a server, apart from where it listens (ChatServer::listen()).
struct ServerConfig
{
    Limits limits;
};

} // namespace Chinwag
