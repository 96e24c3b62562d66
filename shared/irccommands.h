// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chinwag {

// The messages besides numerics that a server sends in the IRC dialect: what a user did, from
// the user's source, and the connection's own (PING, CAP, ERROR …), from the server. None of
// them depends on who receives it, so each can be encoded once for all (IrcBroadcast).
class IrcCommands
{
public:
    // PRIVMSG and NOTICE, in as many messages as the text needs to keep each body within 510
    // bytes: cut at the last space of a part where there is one in its second half, else
    // between two characters. Each part carries `tags`.
    static QList<IrcMessage> privmsg(const IrcSource &from, const QString &target,
                                     const QString &text, const QList<IrcTag> &tags = {});
    static QList<IrcMessage> notice(const IrcSource &from, const QString &target,
                                    const QString &text, const QList<IrcTag> &tags = {});
    static IrcMessage tagmsg(const IrcSource &from, const QString &target,
                             const QList<IrcTag> &tags);
    // TAGMSG with +typing=active: Chinwag's TYPING.
    static IrcMessage typing(const IrcSource &from, const QString &target);
    static IrcMessage join(const IrcSource &from, const QString &channel);
    static IrcMessage part(const IrcSource &from, const QString &channel, const QString &reason);
    static IrcMessage quit(const IrcSource &from, const QString &reason);
    static IrcMessage nick(const IrcSource &from, const QString &newNick);
    // away-notify: AWAY with the text, or without a parameter when the user is back.
    static IrcMessage away(const IrcSource &from, const QString &text);
    static IrcMessage topic(const IrcSource &from, const QString &channel, const QString &text);
    static IrcMessage kick(const IrcSource &from, const QString &channel, const QString &nick,
                           const QString &reason);
    static IrcMessage invite(const IrcSource &from, const QString &nick, const QString &channel);
    static IrcMessage mode(const IrcSource &from, const QString &target, const QString &modes);

    static IrcMessage ping(const QString &server, const QString &token);
    static IrcMessage pong(const QString &server, const QString &token);
    // ERROR, the last line before the server closes: it has no source.
    static IrcMessage error(const QString &text);
    // CAP <nick> <subcommand> :<capabilities>, over as many lines as they need; all but the
    // last marked "*" (CAP LS 302 and CAP LIST).
    static QList<IrcMessage> cap(const QString &server, const QString &nick,
                                 const QString &subcommand, const QStringList &capabilities);
    static IrcMessage authenticate(const QString &data);
};

} // namespace Chinwag
