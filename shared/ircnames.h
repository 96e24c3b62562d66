// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "protocolerror.h"

#include <QString>
#include <QStringList>

#include <variant>

namespace Chinwag {

// How Chinwag's names appear in the IRC dialect (docs/PROTOCOL.md, "IRC: names"). A user's
// name is its nick, unchanged; a group is the channel "#" + its name; Everyone is the channel
// "##everyone", which no group can be, since a group's name starts with a letter. What an IRC
// client gives is held to NameRules, so both dialects share one set of names: NFC, compared by
// their case-folded key, 1 to 32 letters, digits, '_', '-' and '.', starting with a letter.
class IrcNames
{
public:
    static QString everyoneChannel();
    // The RPL_ISUPPORT tokens that describe names: CASEMAPPING, CHANTYPES, NICKLEN, CHANNELLEN
    // and UTF8ONLY.
    static QStringList isupportTokens();

    static bool isChannel(const QString &target) { return target.startsWith(u'#'); }
    // A nick an IRC client gave (NICK, a PRIVMSG's target, …) as a user name: the name in NFC,
    // or BAD_NAME with NameRules' reason (for ERR_ERRONEUSNICKNAME).
    static std::variant<QString, ProtocolError> userOfNick(const QString &nick);
    // A channel as Everyone or a group, or BAD_NAME with the reason (for ERR_NOSUCHCHANNEL).
    static std::variant<Conversation, ProtocolError> conversationOfChannel(const QString &channel);
    // A PRIVMSG, NOTICE or TAGMSG target: a channel, or else a nick (a direct conversation).
    static std::variant<Conversation, ProtocolError> conversationOfTarget(const QString &target);
    // Where a conversation appears on IRC: its channel, or for a direct one the user's nick.
    static QString targetOf(const Conversation &conversation);
};

} // namespace Chinwag
