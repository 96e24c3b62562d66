// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocolerror.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace Chinwag {

// The one place for the rules of account passwords: one word that a person can type (no spaces;
// TextRules keeps control characters out of every line), from Protocol::MinPasswordLength to
// Protocol::MaxPasswordLength characters. A password given to sign in is only bounded, so that
// one chosen under older rules still works; a new one must follow them all.
class PasswordRules
{
public:
    enum class Purpose { Given, New };

    // Why the password is refused (INVALID_PASSWORD), or nothing. The text never holds it.
    static std::optional<ProtocolError> check(QStringView password, Purpose purpose);
};

} // namespace Chinwag
