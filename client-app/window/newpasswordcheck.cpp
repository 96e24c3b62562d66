// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpasswordcheck.h"

#include <errormessages.h>
#include <passwordrules.h>

namespace Chinwag {

NewPasswordCheck NewPasswordCheck::of(const QString &password, const QString &repeat)
{
    const bool rulesOk = !PasswordRules::check(password, PasswordRules::Purpose::New);
    if (!rulesOk && !password.isEmpty())
        return { ErrorMessages::describe({ ErrorCode::InvalidPassword, {} }), false, true };
    // Nothing to say of the repetition before it is typed.
    if (repeat != password && !repeat.isEmpty())
        return { tr("The two passwords are not the same."), false, true };
    return { tr("8 to 128 characters, without spaces."), rulesOk && repeat == password, false };
}

} // namespace Chinwag
