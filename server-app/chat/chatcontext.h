// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Chinwag {

class MessageIdSource;
class PasswordHasher;
class Registry;
class Router;
class ServerLog;
class SignInThrottle;
class Store;
struct Limits;

// What the parts of the command handler work through, and nothing more: who is online and in
// which groups, the router that carries lines to them, the ids, the store (nullptr for none:
// then there are no accounts either), the log, the limits, and for accounts the password
// hasher and the throttle of wrong passwords. Tests give it a fake router and an in-memory
// store.
struct ChatContext
{
    Registry &registry;
    Router &router;
    MessageIdSource &ids;
    Store *store;
    ServerLog &log;
    const Limits &limits;
    PasswordHasher &hasher;
    SignInThrottle &throttle;
    bool accountsRequired = false; // no guests
    bool storeBeforeAck = false; // see ServerConfig
};

} // namespace Chinwag
