// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircnames.h"

#include "namerules.h"
#include "protocollimits.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

QString IrcNames::everyoneChannel()
{
    return u"##everyone"_s;
}

QStringList IrcNames::isupportTokens()
{
    // CASEMAPPING=ascii is exact for ASCII names, the only ones whose case an ASCII client can
    // fold; beyond ASCII the server folds as Chinwag does, as Ergo publishes for its own Unicode
    // foldings. Lengths count characters (code points), as NameRules does.
    return { u"CASEMAPPING=ascii"_s, u"CHANTYPES=#"_s, u"NICKLEN=%1"_s.arg(Protocol::MaxNameLength),
             u"CHANNELLEN=%1"_s.arg(Protocol::MaxNameLength + 1), u"UTF8ONLY"_s };
}

std::variant<QString, ProtocolError> IrcNames::userOfNick(const QString &nick)
{
    return NameRules::check(nick, NameRules::Kind::User);
}

std::variant<Conversation, ProtocolError> IrcNames::conversationOfChannel(const QString &channel)
{
    if (!isChannel(channel)) {
        return ProtocolError{ ErrorCode::BadName,
                              u"\"%1\" is not a channel: a channel's name starts with #"_s.arg(
                                      channel) };
    }
    if (NameRules::key(channel) == NameRules::key(everyoneChannel()))
        return Conversation::everyone();
    auto checked = NameRules::check(channel.mid(1), NameRules::Kind::Group);
    if (const auto *error = std::get_if<ProtocolError>(&checked))
        return *error;
    return Conversation::group(std::get<QString>(std::move(checked)));
}

std::variant<Conversation, ProtocolError> IrcNames::conversationOfTarget(const QString &target)
{
    if (isChannel(target))
        return conversationOfChannel(target);
    auto checked = userOfNick(target);
    if (const auto *error = std::get_if<ProtocolError>(&checked))
        return *error;
    return Conversation::direct(std::get<QString>(std::move(checked)));
}

QString IrcNames::targetOf(const Conversation &conversation)
{
    switch (conversation.kind) {
    case Conversation::Kind::Everyone:
        return everyoneChannel();
    case Conversation::Kind::Direct:
        return conversation.name;
    case Conversation::Kind::Group:
        return u'#' + conversation.name;
    }
    Q_UNREACHABLE();
}

} // namespace Chinwag
