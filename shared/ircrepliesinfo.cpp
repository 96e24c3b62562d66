// SPDX-License-Identifier: GPL-3.0-or-later
// IrcReplies: what a client asked to know (presence, channels, users) and SASL.
#include "ircreplies.h"

#include "ircparams_p.h"

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace IrcParams;
using N = IrcNumeric;

namespace {

QString seconds(const QDateTime &time)
{
    return QString::number(time.toSecsSinceEpoch());
}

} // namespace

IrcMessage IrcReplies::uModeIs(const QString &modes) const
{
    return reply(N::UModeIs, {}, modes);
}

IrcMessage IrcReplies::away(const QString &nick, const QString &text) const
{
    return numeric(N::Away, { nick }, text);
}

IrcMessage IrcReplies::unAway() const
{
    return reply(N::UnAway, {}, u"You are no longer marked as being away"_s);
}

IrcMessage IrcReplies::nowAway() const
{
    return reply(N::NowAway, {}, u"You have been marked as being away"_s);
}

IrcMessage IrcReplies::topic(const QString &channel, const QString &text) const
{
    return numeric(N::Topic, { channel }, text);
}

IrcMessage IrcReplies::noTopic(const QString &channel) const
{
    return numeric(N::NoTopic, { channel }, u"No topic is set"_s);
}

IrcMessage IrcReplies::topicWhoTime(const QString &channel, const QString &setBy,
                                    const QDateTime &time) const
{
    return numeric(N::TopicWhoTime, { channel, setBy }, seconds(time));
}

IrcMessage IrcReplies::channelModeIs(const QString &channel, const QString &modes) const
{
    return numeric(N::ChannelModeIs, { channel }, modes);
}

IrcMessage IrcReplies::creationTime(const QString &channel, const QDateTime &time) const
{
    return numeric(N::CreationTime, { channel }, seconds(time));
}

IrcMessage IrcReplies::inviting(const QString &nick, const QString &channel) const
{
    return numeric(N::Inviting, { nick }, channel);
}

QList<IrcMessage> IrcReplies::names(const QString &channel, const QStringList &entries,
                                    bool secret) const
{
    QList<IrcMessage> lines =
            spread(N::NamReply, { secret ? u"@"_s : u"="_s, channel }, entries, true, {});
    lines.append(endOfNames(channel));
    return lines;
}

IrcMessage IrcReplies::endOfNames(const QString &channel) const
{
    return numeric(N::EndOfNames, { channel }, u"End of /NAMES list"_s);
}

IrcMessage IrcReplies::listStart() const
{
    return reply(N::ListStart, { u"Channel"_s }, u"Users  Name"_s);
}

IrcMessage IrcReplies::list(const QString &channel, int visible, const QString &topic) const
{
    return numeric(N::List, { channel, QString::number(visible) }, topic);
}

IrcMessage IrcReplies::listEnd() const
{
    return reply(N::ListEnd, {}, u"End of /LIST"_s);
}

IrcMessage IrcReplies::whoReply(const WhoEntry &e) const
{
    // Flags: H(ere) or G(one), then the channel prefix; "0" hops: every user is on this server.
    const QString flags = (e.away ? u"G"_s : u"H"_s) + e.prefix;
    return numeric(N::WhoReply, { e.channel, e.user, e.host, m_server.name, e.nick, flags },
                   u"0 "_s + e.realName);
}

IrcMessage IrcReplies::endOfWho(const QString &mask) const
{
    return numeric(N::EndOfWho, { mask }, u"End of WHO list"_s);
}

IrcMessage IrcReplies::whoisUser(const QString &nick, const QString &user, const QString &host,
                                 const QString &realName) const
{
    return numeric(N::WhoisUser, { nick, user, host, u"*"_s }, realName);
}

IrcMessage IrcReplies::whoisServer(const QString &nick, const QString &info) const
{
    return numeric(N::WhoisServer, { nick, m_server.name }, info);
}

IrcMessage IrcReplies::whoisIdle(const QString &nick, qint64 idleSeconds,
                                 const QDateTime &signOn) const
{
    return numeric(N::WhoisIdle, { nick, QString::number(idleSeconds), seconds(signOn) },
                   u"seconds idle, signon time"_s);
}

QList<IrcMessage> IrcReplies::whoisChannels(const QString &nick, const QStringList &channels) const
{
    return spread(N::WhoisChannels, { nick }, channels, true, {});
}

IrcMessage IrcReplies::whoisAccount(const QString &nick, const QString &account) const
{
    return numeric(N::WhoisAccount, { nick, account }, u"is logged in as"_s);
}

IrcMessage IrcReplies::endOfWhois(const QString &nick) const
{
    return numeric(N::EndOfWhois, { nick }, u"End of /WHOIS list"_s);
}

IrcMessage IrcReplies::loggedIn(const QString &mask, const QString &account) const
{
    return reply(N::LoggedIn, { middle(mask), echoed(account) },
                 u"You are now logged in as %1"_s.arg(account));
}

IrcMessage IrcReplies::loggedOut(const QString &mask) const
{
    return reply(N::LoggedOut, { middle(mask) }, u"You are now logged out"_s);
}

IrcMessage IrcReplies::saslSuccess() const
{
    return reply(N::SaslSuccess, {}, u"SASL authentication successful"_s);
}

IrcMessage IrcReplies::saslFail() const
{
    return reply(N::SaslFail, {}, u"SASL authentication failed"_s);
}

IrcMessage IrcReplies::saslTooLong() const
{
    return reply(N::SaslTooLong, {}, u"SASL message too long"_s);
}

IrcMessage IrcReplies::saslAborted() const
{
    return reply(N::SaslAborted, {}, u"SASL authentication aborted"_s);
}

IrcMessage IrcReplies::saslAlready() const
{
    return reply(N::SaslAlready, {}, u"You have already authenticated using SASL"_s);
}

IrcMessage IrcReplies::saslMechs(const QStringList &mechanisms) const
{
    return reply(N::SaslMechs, { middle(mechanisms.join(u',')) },
                 u"are available SASL mechanisms"_s);
}

} // namespace Chinwag
