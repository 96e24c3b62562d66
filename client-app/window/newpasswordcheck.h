// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Chinwag {

// What to say under a new password and its repetition, by the shared password rules: the rules
// while all is well, else what is wrong; and whether the password may go.
struct NewPasswordCheck
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::NewPasswordCheck)

public:
    QString hint;
    bool acceptable = false;
    bool problem = false; // the hint says what is wrong

    static NewPasswordCheck of(const QString &password, const QString &repeat);
};

} // namespace Chinwag
