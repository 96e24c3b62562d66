// SPDX-License-Identifier: GPL-3.0-or-later
#include "namerules.h"

#include "protocollimits.h"

#include <QList>

namespace Chinwag {

namespace {
using namespace Qt::StringLiterals;

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Empty when the name is well formed, else what is wrong with it.
QString fault(const QString &name)
{
    if (name.isEmpty())
        return u"is empty"_s;
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() > Protocol::MaxNameLength)
        return u"is longer than %1 characters"_s.arg(Protocol::MaxNameLength);
    bool first = true;
    for (const char32_t c : codePoints) {
        const bool letter = QChar::isLetter(c);
        if (first && !letter)
            return u"must start with a letter"_s;
        first = false;
        if (!letter && !QChar::isDigit(c) && c != u'_' && c != u'-' && c != u'.')
            return u"may hold only letters, digits, '_', '-' and '.'"_s;
    }
    return {};
}

} // namespace

std::variant<QString, ProtocolError> NameRules::check(const QString &name, Kind kind)
{
    const QString normal = isAscii(name) ? name : name.normalized(QString::NormalizationForm_C);
    const QString why = fault(normal);
    if (why.isEmpty())
        return normal;
    const QString what = kind == Kind::User ? u"user name"_s : u"group name"_s;
    return ProtocolError{ ErrorCode::BadName,
                          u"the %1 \"%2\" %3: use 1 to %4 letters, digits, '_', '-' or '.', "
                          "starting with a letter"_s.arg(
                                  what, name, why, QString::number(Protocol::MaxNameLength)) };
}

bool NameRules::isValid(const QString &name)
{
    return std::holds_alternative<QString>(check(name, Kind::User));
}

QString NameRules::key(const QString &name)
{
    return name.toCaseFolded();
}

} // namespace Chinwag
