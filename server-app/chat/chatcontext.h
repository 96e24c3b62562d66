// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Chinwag {

class History;
class MessageIdSource;
class Registry;
class Router;
class ServerLog;
struct Limits;

// What the parts of the command handler work through, and nothing more: who is online and in
// which groups, the router that carries lines to them, the ids, the store (nullptr for none),
// the log and the limits. Tests give it a fake router and an in-memory store.
struct ChatContext
{
    Registry &registry;
    Router &router;
    MessageIdSource &ids;
    History *history;
    ServerLog &log;
    const Limits &limits;
};

} // namespace Chinwag
