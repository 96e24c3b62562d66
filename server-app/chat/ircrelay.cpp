// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircrelay.h"

#include "irccommands.h"
#include "ircnames.h"
#include "irctext.h"

namespace Chinwag {

using namespace Qt::StringLiterals;
using Type = ServerLine::Type;

QString IrcRelay::userHost()
{
    return u"chinwag"_s;
}

IrcSource IrcRelay::sourceOf(const QString &nick)
{
    return IrcSource::ofUser(nick, nick, userHost());
}

QList<IrcTag> IrcRelay::messageTags(quint64 id, const QDateTime &time)
{
    return { { u"time"_s, QString::fromLatin1(ServerLine::encodeTime(time)) },
             { u"msgid"_s, QString::number(id) } };
}

QList<IrcMessage> IrcRelay::messagesOf(const ServerLine &line)
{
    switch (line.type) {
    case Type::Msg: {
        const ChatMessage &m = line.message;
        return IrcCommands::privmsg(sourceOf(m.from), IrcNames::targetOf(m.to),
                                    IrcText::fromChinwag(m.text), messageTags(m.id, m.time));
    }
    case Type::Joined:
        return { IrcCommands::join(sourceOf(line.user), IrcNames::everyoneChannel()) };
    case Type::Left:
        return { IrcCommands::quit(sourceOf(line.user), line.text) };
    case Type::Renamed:
        return { IrcCommands::nick(sourceOf(line.user), line.newName) };
    case Type::Away:
        // away-notify: an AWAY without text is a return, so an empty text is said as one.
        return { IrcCommands::away(sourceOf(line.user),
                                   line.text.isEmpty() ? u"away"_s : line.text) };
    case Type::Back:
        return { IrcCommands::away(sourceOf(line.user), {}) };
    case Type::Typing:
        return { IrcCommands::typing(sourceOf(line.user), IrcNames::targetOf(line.conversation)) };
    default:
        return {};
    }
}

} // namespace Chinwag
