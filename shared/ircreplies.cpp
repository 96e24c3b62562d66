// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircreplies.h"

#include "ircparams_p.h"
#include "protocollimits.h"

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace IrcParams;
using N = IrcNumeric;

IrcReplies::IrcReplies(const QString &server, const QString &nick)
    : m_server(IrcSource::ofServer(server)), m_nick(middle(nick))
{
}

IrcMessage IrcReplies::reply(IrcNumeric numeric, const QStringList &params,
                             const QString &text) const
{
    QStringList all;
    all.reserve(params.size() + 2);
    all.append(m_nick);
    all.append(params);
    all.append(text);
    return IrcMessage::of(m_server, IrcNumerics::command(numeric), all);
}

IrcMessage IrcReplies::numeric(IrcNumeric numeric, const QStringList &params,
                               const QString &text) const
{
    QStringList checked;
    checked.reserve(params.size());
    for (const QString &param : params)
        checked.append(echoed(param));
    return reply(numeric, checked, text);
}

QList<IrcMessage> IrcReplies::spread(IrcNumeric numeric, const QStringList &params,
                                     const QStringList &items, bool trailing,
                                     const QString &text) const
{
    QStringList head{ m_nick };
    for (const QString &param : params)
        head.append(echoed(param));
    const QByteArray command = IrcNumerics::command(numeric);
    // Bytes of a line without its items.
    const qsizetype fixed =
            IrcMessage::of(m_server, command, head + QStringList{ trailing ? QString() : text })
                    .encode(IrcMessage::Tags::None)
                    .size()
            - 2;
    // As parameters of their own, the items share the 15 with the head and the closing text.
    const qsizetype maxItems = trailing ? items.size() : Irc::MaxParameters - head.size() - 1;
    QList<IrcMessage> lines;
    for (const QStringList &group : packed(items, Irc::MaxBodyBytes - fixed, maxItems)) {
        QStringList all = head;
        if (trailing) {
            all.append(group.join(u' '));
        } else {
            for (const QString &item : group)
                all.append(middle(item));
            all.append(text);
        }
        lines.append(IrcMessage::of(m_server, command, all));
    }
    return lines;
}

QList<IrcMessage> IrcReplies::welcome(const Welcome &w) const
{
    const QString server = m_server.name;
    QList<IrcMessage> lines{
        reply(N::Welcome, {}, u"Welcome to the %1 IRC network, %2"_s.arg(w.network, m_nick)),
        reply(N::YourHost, {}, u"Your host is %1, running version %2"_s.arg(server, w.version)),
        reply(N::Created, {},
              u"This server was created %1"_s.arg(w.created.toUTC().toString(Qt::RFC2822Date))),
        reply(N::MyInfo, { middle(server), middle(w.version), middle(w.userModes) },
              w.channelModes),
    };
    lines.append(isupport(w.isupport));
    return lines;
}

QList<IrcMessage> IrcReplies::isupport(const QStringList &tokens) const
{
    return spread(N::ISupport, {}, tokens, false, u"are supported by this server"_s);
}

QList<IrcMessage> IrcReplies::motd(const QStringList &lines) const
{
    if (lines.isEmpty())
        return { reply(N::NoMotd, {}, u"MOTD File is missing"_s) };
    QList<IrcMessage> out{ reply(N::MotdStart, {},
                                 u"- %1 Message of the day - "_s.arg(m_server.name)) };
    for (const QString &line : lines)
        out.append(reply(N::Motd, {}, u"- "_s + line));
    out.append(reply(N::EndOfMotd, {}, u"End of /MOTD command."_s));
    return out;
}

std::optional<IrcMessage> IrcReplies::refusal(const IrcError &error) const
{
    const QString command = QString::fromLatin1(error.command);
    switch (error.kind) {
    case IrcError::Kind::Empty:
        return std::nullopt;
    case IrcError::Kind::TooLong:
    case IrcError::Kind::TagsTooLong:
        return inputTooLong();
    case IrcError::Kind::BadUtf8:
        return fail(command, u"INVALID_UTF8"_s, error.sentence);
    case IrcError::Kind::BadCommand:
        return reply(N::UnknownCommand, { u"*"_s }, error.sentence);
    case IrcError::Kind::ForbiddenByte:
    case IrcError::Kind::BadTag:
    case IrcError::Kind::BadSource:
    case IrcError::Kind::NoCommand:
    case IrcError::Kind::TooManyParameters:
        return unknownError(command, error.sentence);
    }
    Q_UNREACHABLE();
}

IrcMessage IrcReplies::fail(const QString &command, const QString &code,
                            const QString &description) const
{
    return IrcMessage::of(m_server, "FAIL", { echoed(command), middle(code), description });
}

IrcMessage IrcReplies::unknownError(const QString &command, const QString &text) const
{
    return numeric(N::UnknownError, { command }, text);
}

IrcMessage IrcReplies::inputTooLong() const
{
    return reply(N::InputTooLong, {}, u"Input line was too long"_s);
}

IrcMessage IrcReplies::unknownCommand(const QString &command) const
{
    return numeric(N::UnknownCommand, { command }, u"Unknown command"_s);
}

IrcMessage IrcReplies::needMoreParams(const QString &command) const
{
    return numeric(N::NeedMoreParams, { command }, u"Not enough parameters"_s);
}

IrcMessage IrcReplies::notRegistered() const
{
    return reply(N::NotRegistered, {}, u"You have not registered"_s);
}

IrcMessage IrcReplies::alreadyRegistered() const
{
    return reply(N::AlreadyRegistered, {}, u"You may not reregister"_s);
}

IrcMessage IrcReplies::passwdMismatch() const
{
    return reply(N::PasswdMismatch, {}, u"Password incorrect"_s);
}

IrcMessage IrcReplies::noNicknameGiven() const
{
    return reply(N::NoNicknameGiven, {}, u"No nickname given"_s);
}

IrcMessage IrcReplies::erroneusNickname(const QString &nick, const QString &why) const
{
    return numeric(N::ErroneusNickname, { nick }, why.isEmpty() ? u"Erroneous nickname"_s : why);
}

IrcMessage IrcReplies::nicknameInUse(const QString &nick) const
{
    return numeric(N::NicknameInUse, { nick }, u"Nickname is already in use"_s);
}

IrcMessage IrcReplies::noSuchNick(const QString &target) const
{
    return numeric(N::NoSuchNick, { target }, u"No such nick/channel"_s);
}

IrcMessage IrcReplies::noSuchChannel(const QString &channel, const QString &why) const
{
    return numeric(N::NoSuchChannel, { channel }, why.isEmpty() ? u"No such channel"_s : why);
}

IrcMessage IrcReplies::cannotSendToChan(const QString &channel) const
{
    return numeric(N::CannotSendToChan, { channel }, u"Cannot send to channel"_s);
}

IrcMessage IrcReplies::tooManyChannels(const QString &channel) const
{
    return numeric(N::TooManyChannels, { channel }, u"You have joined too many channels"_s);
}

IrcMessage IrcReplies::noRecipient(const QString &command) const
{
    return reply(N::NoRecipient, {}, u"No recipient given (%1)"_s.arg(echoed(command)));
}

IrcMessage IrcReplies::noTextToSend() const
{
    return reply(N::NoTextToSend, {}, u"No text to send"_s);
}

IrcMessage IrcReplies::userNotInChannel(const QString &nick, const QString &channel) const
{
    return numeric(N::UserNotInChannel, { nick, channel }, u"They aren't on that channel"_s);
}

IrcMessage IrcReplies::notOnChannel(const QString &channel) const
{
    return numeric(N::NotOnChannel, { channel }, u"You're not on that channel"_s);
}

IrcMessage IrcReplies::userOnChannel(const QString &nick, const QString &channel) const
{
    return numeric(N::UserOnChannel, { nick, channel }, u"is already on channel"_s);
}

IrcMessage IrcReplies::channelIsFull(const QString &channel) const
{
    return numeric(N::ChannelIsFull, { channel }, u"Cannot join channel (+l)"_s);
}

IrcMessage IrcReplies::unknownMode(QChar mode) const
{
    return numeric(N::UnknownMode, { QString(mode) }, u"is unknown mode char to me"_s);
}

IrcMessage IrcReplies::inviteOnlyChan(const QString &channel) const
{
    return numeric(N::InviteOnlyChan, { channel }, u"Cannot join channel (+i)"_s);
}

IrcMessage IrcReplies::badChanMask(const QString &channel) const
{
    return numeric(N::BadChanMask, { channel }, u"Bad Channel Mask"_s);
}

IrcMessage IrcReplies::chanOPrivsNeeded(const QString &channel) const
{
    return numeric(N::ChanOPrivsNeeded, { channel }, u"You're not channel operator"_s);
}

IrcMessage IrcReplies::uModeUnknownFlag() const
{
    return reply(N::UModeUnknownFlag, {}, u"Unknown MODE flag"_s);
}

IrcMessage IrcReplies::usersDontMatch() const
{
    return reply(N::UsersDontMatch, {}, u"Cant change mode for other users"_s);
}

} // namespace Chinwag
