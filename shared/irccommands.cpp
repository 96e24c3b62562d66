// SPDX-License-Identifier: GPL-3.0-or-later
#include "irccommands.h"

#include "ircparams_p.h"
#include "ircwire_p.h"
#include "protocollimits.h"

#include <algorithm>

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace IrcParams;

namespace {

// The bytes of the next part of `text`, at most `room` (at least 4, so that a character fits):
// up to a space in the part's second half where there is one, else between two characters.
qsizetype partLength(QByteArrayView text, qsizetype room)
{
    if (text.size() <= room)
        return text.size();
    const qsizetype end = IrcWire::characterBoundary(text, room);
    const qsizetype space = text.first(end).lastIndexOf(' ');
    if (space > end / 2)
        return space + 1;
    return end;
}

QList<IrcMessage> textMessages(const IrcSource &from, const QByteArray &command,
                               const QString &target, const QString &text,
                               const QList<IrcTag> &tags)
{
    IrcMessage message = IrcMessage::of(from, command, { middle(target), QString() });
    const qsizetype fixed = message.encode(IrcMessage::Tags::None).size() - 2;
    message.tags = tags;
    message.params.last() = text;
    const QByteArray bytes = text.toUtf8();
    // Room for one character at least, however long the source: the encoder cuts the rest.
    const qsizetype room = std::max<qsizetype>(Irc::MaxBodyBytes - fixed, 4);
    if (bytes.size() <= room)
        return { message };
    QList<IrcMessage> parts;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const qsizetype length = partLength(QByteArrayView(bytes).sliced(pos), room);
        message.params.last() = QString::fromUtf8(bytes.sliced(pos, length));
        parts.append(message);
        pos += length;
    }
    return parts;
}

} // namespace

QList<IrcMessage> IrcCommands::privmsg(const IrcSource &from, const QString &target,
                                       const QString &text, const QList<IrcTag> &tags)
{
    return textMessages(from, "PRIVMSG", target, text, tags);
}

QList<IrcMessage> IrcCommands::notice(const IrcSource &from, const QString &target,
                                      const QString &text, const QList<IrcTag> &tags)
{
    return textMessages(from, "NOTICE", target, text, tags);
}

IrcMessage IrcCommands::tagmsg(const IrcSource &from, const QString &target,
                               const QList<IrcTag> &tags)
{
    IrcMessage message = IrcMessage::of(from, "TAGMSG", { target });
    message.tags = tags;
    return message;
}

IrcMessage IrcCommands::typing(const IrcSource &from, const QString &target)
{
    return tagmsg(from, target, { { u"+typing"_s, u"active"_s } });
}

IrcMessage IrcCommands::join(const IrcSource &from, const QString &channel)
{
    return IrcMessage::of(from, "JOIN", { channel });
}

IrcMessage IrcCommands::part(const IrcSource &from, const QString &channel, const QString &reason)
{
    QStringList params{ channel };
    if (!reason.isEmpty())
        params.append(reason);
    return IrcMessage::of(from, "PART", params);
}

IrcMessage IrcCommands::quit(const IrcSource &from, const QString &reason)
{
    return IrcMessage::of(from, "QUIT", { reason });
}

IrcMessage IrcCommands::nick(const IrcSource &from, const QString &newNick)
{
    return IrcMessage::of(from, "NICK", { newNick });
}

IrcMessage IrcCommands::away(const IrcSource &from, const QString &text)
{
    return IrcMessage::of(from, "AWAY", text.isEmpty() ? QStringList() : QStringList{ text });
}

IrcMessage IrcCommands::topic(const IrcSource &from, const QString &channel, const QString &text)
{
    return IrcMessage::of(from, "TOPIC", { middle(channel), text });
}

IrcMessage IrcCommands::kick(const IrcSource &from, const QString &channel, const QString &nick,
                             const QString &reason)
{
    return IrcMessage::of(from, "KICK", { middle(channel), middle(nick), reason });
}

IrcMessage IrcCommands::invite(const IrcSource &from, const QString &nick, const QString &channel)
{
    return IrcMessage::of(from, "INVITE", { middle(nick), channel });
}

IrcMessage IrcCommands::mode(const IrcSource &from, const QString &target, const QString &modes)
{
    return IrcMessage::of(from, "MODE", { middle(target), modes });
}

IrcMessage IrcCommands::ping(const QString &server, const QString &token)
{
    return IrcMessage::of(IrcSource::ofServer(server), "PING", { token });
}

IrcMessage IrcCommands::pong(const QString &server, const QString &token)
{
    return IrcMessage::of(IrcSource::ofServer(server), "PONG", { middle(server), token });
}

IrcMessage IrcCommands::error(const QString &text)
{
    return IrcMessage::of({}, "ERROR", { text });
}

QList<IrcMessage> IrcCommands::cap(const QString &server, const QString &nick,
                                   const QString &subcommand, const QStringList &capabilities)
{
    const IrcSource source = IrcSource::ofServer(server);
    const QStringList head{ middle(nick), middle(subcommand) };
    // Room for the capabilities after the head and a "*" marker.
    const qsizetype fixed = IrcMessage::of(source, "CAP", head + QStringList{ u"*"_s, QString() })
                                    .encode(IrcMessage::Tags::None)
                                    .size()
            - 2;
    const QList<QStringList> groups =
            packed(capabilities, Irc::MaxBodyBytes - fixed, capabilities.size());
    QList<IrcMessage> lines;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QStringList params = head;
        if (i + 1 < groups.size())
            params.append(u"*"_s);
        params.append(groups.at(i).join(u' '));
        lines.append(IrcMessage::of(source, "CAP", params));
    }
    if (lines.isEmpty())
        lines.append(IrcMessage::of(source, "CAP", head + QStringList{ QString() }));
    return lines;
}

IrcMessage IrcCommands::authenticate(const QString &data)
{
    return IrcMessage::of({}, "AUTHENTICATE", { data });
}

} // namespace Chinwag
