// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace Chinwag {

// A field for a password: what is typed is hidden, and no longer than a password may be.
class PasswordEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordEdit(const QString &objectName, QWidget *parent = nullptr);
};

} // namespace Chinwag
