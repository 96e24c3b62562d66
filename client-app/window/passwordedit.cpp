// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordedit.h"

#include <protocollimits.h>

namespace Chinwag {

PasswordEdit::PasswordEdit(const QString &objectName, QWidget *parent) : QLineEdit(parent)
{
    setObjectName(objectName);
    setEchoMode(QLineEdit::Password);
    // Characters, not bytes: room for any password the rules allow, and for seeing one too long.
    setMaxLength(4 * Protocol::MaxPasswordLength);
}

} // namespace Chinwag
