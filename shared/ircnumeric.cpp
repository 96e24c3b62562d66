// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircnumeric.h"

#include "linereader_p.h"

#include <array>
#include <utility>

namespace Chinwag {

namespace {

constexpr std::array<std::pair<IrcNumeric, QByteArrayView>, 67> Names{ {
        { IrcNumeric::Welcome, "RPL_WELCOME" },
        { IrcNumeric::YourHost, "RPL_YOURHOST" },
        { IrcNumeric::Created, "RPL_CREATED" },
        { IrcNumeric::MyInfo, "RPL_MYINFO" },
        { IrcNumeric::ISupport, "RPL_ISUPPORT" },
        { IrcNumeric::UModeIs, "RPL_UMODEIS" },
        { IrcNumeric::Away, "RPL_AWAY" },
        { IrcNumeric::UserHost, "RPL_USERHOST" },
        { IrcNumeric::UnAway, "RPL_UNAWAY" },
        { IrcNumeric::NowAway, "RPL_NOWAWAY" },
        { IrcNumeric::WhoisUser, "RPL_WHOISUSER" },
        { IrcNumeric::WhoisServer, "RPL_WHOISSERVER" },
        { IrcNumeric::EndOfWho, "RPL_ENDOFWHO" },
        { IrcNumeric::WhoisIdle, "RPL_WHOISIDLE" },
        { IrcNumeric::EndOfWhois, "RPL_ENDOFWHOIS" },
        { IrcNumeric::WhoisChannels, "RPL_WHOISCHANNELS" },
        { IrcNumeric::ListStart, "RPL_LISTSTART" },
        { IrcNumeric::List, "RPL_LIST" },
        { IrcNumeric::ListEnd, "RPL_LISTEND" },
        { IrcNumeric::ChannelModeIs, "RPL_CHANNELMODEIS" },
        { IrcNumeric::CreationTime, "RPL_CREATIONTIME" },
        { IrcNumeric::WhoisAccount, "RPL_WHOISACCOUNT" },
        { IrcNumeric::NoTopic, "RPL_NOTOPIC" },
        { IrcNumeric::Topic, "RPL_TOPIC" },
        { IrcNumeric::TopicWhoTime, "RPL_TOPICWHOTIME" },
        { IrcNumeric::Inviting, "RPL_INVITING" },
        { IrcNumeric::WhoReply, "RPL_WHOREPLY" },
        { IrcNumeric::NamReply, "RPL_NAMREPLY" },
        { IrcNumeric::EndOfNames, "RPL_ENDOFNAMES" },
        { IrcNumeric::Motd, "RPL_MOTD" },
        { IrcNumeric::MotdStart, "RPL_MOTDSTART" },
        { IrcNumeric::EndOfMotd, "RPL_ENDOFMOTD" },
        { IrcNumeric::UnknownError, "ERR_UNKNOWNERROR" },
        { IrcNumeric::NoSuchNick, "ERR_NOSUCHNICK" },
        { IrcNumeric::NoSuchChannel, "ERR_NOSUCHCHANNEL" },
        { IrcNumeric::CannotSendToChan, "ERR_CANNOTSENDTOCHAN" },
        { IrcNumeric::TooManyChannels, "ERR_TOOMANYCHANNELS" },
        { IrcNumeric::NoRecipient, "ERR_NORECIPIENT" },
        { IrcNumeric::NoTextToSend, "ERR_NOTEXTTOSEND" },
        { IrcNumeric::InputTooLong, "ERR_INPUTTOOLONG" },
        { IrcNumeric::UnknownCommand, "ERR_UNKNOWNCOMMAND" },
        { IrcNumeric::NoMotd, "ERR_NOMOTD" },
        { IrcNumeric::NoNicknameGiven, "ERR_NONICKNAMEGIVEN" },
        { IrcNumeric::ErroneusNickname, "ERR_ERRONEUSNICKNAME" },
        { IrcNumeric::NicknameInUse, "ERR_NICKNAMEINUSE" },
        { IrcNumeric::UserNotInChannel, "ERR_USERNOTINCHANNEL" },
        { IrcNumeric::NotOnChannel, "ERR_NOTONCHANNEL" },
        { IrcNumeric::UserOnChannel, "ERR_USERONCHANNEL" },
        { IrcNumeric::NotRegistered, "ERR_NOTREGISTERED" },
        { IrcNumeric::NeedMoreParams, "ERR_NEEDMOREPARAMS" },
        { IrcNumeric::AlreadyRegistered, "ERR_ALREADYREGISTERED" },
        { IrcNumeric::PasswdMismatch, "ERR_PASSWDMISMATCH" },
        { IrcNumeric::ChannelIsFull, "ERR_CHANNELISFULL" },
        { IrcNumeric::UnknownMode, "ERR_UNKNOWNMODE" },
        { IrcNumeric::InviteOnlyChan, "ERR_INVITEONLYCHAN" },
        { IrcNumeric::BadChanMask, "ERR_BADCHANMASK" },
        { IrcNumeric::ChanOPrivsNeeded, "ERR_CHANOPRIVSNEEDED" },
        { IrcNumeric::UModeUnknownFlag, "ERR_UMODEUNKNOWNFLAG" },
        { IrcNumeric::UsersDontMatch, "ERR_USERSDONTMATCH" },
        { IrcNumeric::LoggedIn, "RPL_LOGGEDIN" },
        { IrcNumeric::LoggedOut, "RPL_LOGGEDOUT" },
        { IrcNumeric::SaslSuccess, "RPL_SASLSUCCESS" },
        { IrcNumeric::SaslFail, "ERR_SASLFAIL" },
        { IrcNumeric::SaslTooLong, "ERR_SASLTOOLONG" },
        { IrcNumeric::SaslAborted, "ERR_SASLABORTED" },
        { IrcNumeric::SaslAlready, "ERR_SASLALREADY" },
        { IrcNumeric::SaslMechs, "RPL_SASLMECHS" },
} };

} // namespace

QByteArray IrcNumerics::command(IrcNumeric numeric)
{
    return QByteArray::number(int(numeric)).rightJustified(3, '0');
}

QByteArray IrcNumerics::name(IrcNumeric numeric)
{
    for (const auto &[n, name] : Names) {
        if (n == numeric)
            return name.toByteArray();
    }
    Q_UNREACHABLE();
}

std::optional<IrcNumeric> IrcNumerics::fromCommand(QByteArrayView command)
{
    const auto number = command.size() == 3 ? parseDecimal(command, 999) : std::nullopt;
    if (!number)
        return std::nullopt;
    for (const auto &entry : Names) {
        if (quint64(entry.first) == *number)
            return entry.first;
    }
    return std::nullopt;
}

QList<IrcNumeric> IrcNumerics::all()
{
    QList<IrcNumeric> list;
    for (const auto &entry : Names)
        list.append(entry.first);
    return list;
}

} // namespace Chinwag
