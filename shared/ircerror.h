// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Chinwag {

// Why an IRC line was refused (docs/PROTOCOL.md, "IRC: refusals"). The kind is what a program
// dispatches on (IrcReplies::refusal() turns it into the reply an IRC client expects); the
// sentence is for a person and never quotes the line.
struct IrcError
{
    enum class Kind {
        Empty, // nothing but spaces: ignored, as RFC 1459 says
        TooLong, // more than 510 bytes after the tags, or a line the framer cut off
        TagsTooLong, // more tag data than the sender may send
        BadUtf8, // not valid UTF-8 (the dialect is UTF8ONLY)
        ForbiddenByte, // NUL, or a CR inside the line
        BadTag, // a tag whose key breaks the message-tags grammar
        BadSource, // a ':' source that is empty or has an empty part
        NoCommand, // tags or a source, and no command
        BadCommand, // a command that is neither letters nor three digits
        TooManyParameters, // more than 15 parameters
    };

    Kind kind = Kind::Empty;
    // The command, in upper case, when the line got as far as a well-formed one; else empty.
    QByteArray command;
    QString sentence;

    static IrcError tooLong();
    static QByteArray kindName(Kind kind); // "TOO_LONG": for logs and tests

    friend bool operator==(const IrcError &a, const IrcError &b)
    {
        return a.kind == b.kind && a.command == b.command && a.sentence == b.sentence;
    }
};

} // namespace Chinwag
