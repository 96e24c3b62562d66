// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocolerror.h"

#include <QString>

#include <variant>

namespace Chinwag {

// The one place for the rules of user and group names: 1 to 32 characters (code points) of
// letters, digits, '_', '-' and '.', starting with a letter. Names are kept in Unicode NFC and
// compared by their case-folded key, so "Anna" and "anna" are one name, spelled as its owner
// first spelled it.
class NameRules
{
public:
    enum class Kind { User, Group };

    // The name as it is to be stored and shown (NFC), or why it is refused (BAD_NAME).
    static std::variant<QString, ProtocolError> check(const QString &name, Kind kind);
    static bool isValid(const QString &name);
    // The key two names are compared by. Only meaningful for a valid name.
    static QString key(const QString &name);
};

} // namespace Chinwag
