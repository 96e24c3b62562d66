// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocolerror.h"

#include <QHashFunctions>
#include <QString>

#include <variant>

namespace Chinwag {

// Where a message is said: to everyone ("*"), to one user ("@bob") or in a group ("#team").
struct Conversation
{
    enum class Kind { Everyone, Direct, Group };

    Kind kind = Kind::Everyone;
    QString name; // the user or the group; empty for Everyone

    static Conversation everyone() { return {}; }
    static Conversation direct(const QString &user) { return { Kind::Direct, user }; }
    static Conversation group(const QString &group) { return { Kind::Group, group }; }

    // "*", "@name" or "#name"; the name is checked by NameRules.
    static std::variant<Conversation, ProtocolError> parse(const QString &token);
    QString toString() const;

    friend bool operator==(const Conversation &a, const Conversation &b)
    {
        return a.kind == b.kind && a.name == b.name;
    }
    friend bool operator!=(const Conversation &a, const Conversation &b) { return !(a == b); }
};

inline size_t qHash(const Conversation &c, size_t seed = 0)
{
    return qHashMulti(seed, int(c.kind), c.name);
}

} // namespace Chinwag
