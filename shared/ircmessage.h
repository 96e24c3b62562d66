// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircerror.h"
#include "ircsource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Chinwag {

// One IRCv3 message tag. A tag without a value and one with an empty value are the same.
struct IrcTag
{
    QString key; // "+typing", "time", "example.com/x"
    QString value; // unescaped

    bool isClientOnly() const { return key.startsWith(u'+'); }

    friend bool operator==(const IrcTag &a, const IrcTag &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

// One line of the IRC dialect (docs/PROTOCOL.md, "IRC"):
//
//   message = [ "@" tags SPACE ] [ ":" source SPACE ] command *15( SPACE param )
//
// with the last parameter a trailing one (":" and any text) when it must be. A value: build it
// with the functions of IrcReplies and IrcCommands, encode it once, share the bytes.
struct IrcMessage
{
    // Whose line is parsed: a client's tag data is bounded tighter than a server's.
    enum class From { Client, Server };
    // Which tags a recipient is sent: none, only `time` (the server-time capability), or all
    // (message-tags).
    enum class Tags { None, ServerTime, All };

    QList<IrcTag> tags; // in order: server tags before client-only ones
    IrcSource source;
    QByteArray command; // upper-case letters, or three digits
    QStringList params;

    static IrcMessage of(const IrcSource &source, const QByteArray &command,
                         const QStringList &params = {});

    // One line without its ending. Refused whole, with the reason, unless it is valid UTF-8
    // and within every limit of protocollimits.h's Irc namespace.
    static std::variant<IrcMessage, IrcError> parse(QByteArrayView line, From from = From::Client);
    // The line with its CR LF. The last parameter is always written as a trailing one (with its
    // ':'), the others must be non-empty, without spaces and not start with ':'. Never longer
    // than the limits: a body over 510 bytes loses the end of its last parameter (cut between
    // two characters), tag data over 8189 bytes its last tags.
    QByteArray encode(Tags which = Tags::All) const;

    bool isNumeric() const;
    // The tag's value (empty for a tag without one), or nothing when the message has no such tag.
    std::optional<QString> tag(QStringView key) const;
    // Sets the tag, in place of one of the same key.
    void setTag(const QString &key, const QString &value = {});

    friend bool operator==(const IrcMessage &a, const IrcMessage &b)
    {
        return a.tags == b.tags && a.source == b.source && a.command == b.command
                && a.params == b.params;
    }
};

} // namespace Chinwag
