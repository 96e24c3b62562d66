// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Chinwag {

class Envelope;
class Session;

// Carries a line to its recipients, addressed by folded name (NameRules::key). Routing works on
// envelopes, typed values that carry their once-encoded bytes, so that a router may reach
// sessions on other nodes or sessions that speak another wire format; the per-recipient work of
// a local delivery is the write alone.
class Router
{
public:
    virtual ~Router() = default;

    // Every registered user but `except`.
    virtual void toEveryone(const Envelope &envelope, const Session *except = nullptr) = 0;
    // Every session of the user but `except`.
    virtual void toUser(const QString &userKey, const Envelope &envelope,
                        const Session *except = nullptr) = 0;
    // Every member of the group but `except`.
    virtual void toGroup(const QString &groupKey, const Envelope &envelope,
                         const Session *except = nullptr) = 0;
};

} // namespace Chinwag
