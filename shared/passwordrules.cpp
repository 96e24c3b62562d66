// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordrules.h"

#include "protocollimits.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

std::optional<ProtocolError> PasswordRules::check(QStringView password, Purpose purpose)
{
    const auto refuse = [](const QString &why) {
        return ProtocolError{ ErrorCode::InvalidPassword,
                              u"a password %1: use %2 to %3 characters without spaces"_s.arg(
                                      why, QString::number(Protocol::MinPasswordLength),
                                      QString::number(Protocol::MaxPasswordLength)) };
    };
    if (password.isEmpty())
        return refuse(u"is missing"_s);
    if (password.contains(u' '))
        return refuse(u"may not hold spaces"_s);
    const qsizetype length = password.toUcs4().size();
    if (length > Protocol::MaxPasswordLength)
        return refuse(u"is too long"_s);
    if (purpose == Purpose::New && length < Protocol::MinPasswordLength)
        return refuse(u"is too short"_s);
    return std::nullopt;
}

} // namespace Chinwag
