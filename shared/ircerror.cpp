// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircerror.h"

#include "protocollimits.h"

#include <array>
#include <utility>

namespace Chinwag {

namespace {

using Kind = IrcError::Kind;

constexpr std::array<std::pair<Kind, QByteArrayView>, 10> KindNames{ {
        { Kind::Empty, "EMPTY" },
        { Kind::TooLong, "TOO_LONG" },
        { Kind::TagsTooLong, "TAGS_TOO_LONG" },
        { Kind::BadUtf8, "BAD_UTF8" },
        { Kind::ForbiddenByte, "FORBIDDEN_BYTE" },
        { Kind::BadTag, "BAD_TAG" },
        { Kind::BadSource, "BAD_SOURCE" },
        { Kind::NoCommand, "NO_COMMAND" },
        { Kind::BadCommand, "BAD_COMMAND" },
        { Kind::TooManyParameters, "TOO_MANY_PARAMETERS" },
} };

} // namespace

IrcError IrcError::tooLong()
{
    using namespace Qt::StringLiterals;
    return { Kind::TooLong,
             {},
             u"a message may hold at most %1 bytes after its tags"_s.arg(Irc::MaxBodyBytes) };
}

QByteArray IrcError::kindName(Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return name.toByteArray();
    }
    Q_UNREACHABLE();
}

} // namespace Chinwag
