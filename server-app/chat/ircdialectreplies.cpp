// SPDX-License-Identifier: GPL-3.0-or-later
// What an IRC session writes: the answers to the commands it handed the core, what the core
// fans out, the welcome, and the replies it makes from the registry (NAMES, WHO, WHOIS, LIST).
#include "ircdialect.h"

#include "envelope.h"
#include "irccommands.h"
#include "ircnames.h"
#include "ircnetwork.h"
#include "ircrelay.h"
#include "irctext.h"
#include "namerules.h"
#include "protocollimits.h"
#include "registry.h"
#include "replies.h"

#include <algorithm>
#include <utility>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Type = ServerLine::Type;

namespace {

bool isEveryone(const QString &channel)
{
    return NameRules::key(channel) == NameRules::key(IrcNames::everyoneChannel());
}

QString failCode(ErrorCode code)
{
    return QString::fromLatin1(errorCodeName(code));
}

} // namespace

void IrcDialect::send(const ServerLine &line)
{
    switch (line.type) {
    case Type::Ok:
    case Type::Error:
        if (line.type == Type::Error && line.code == ErrorCode::Flood)
            return notice(line.text);
        if (m_pending.empty()) {
            if (line.type == Type::Error)
                write(replies().fail(u"*"_s, failCode(line.code), line.text));
            return;
        } else {
            const Pending pending = std::move(m_pending.front());
            m_pending.pop_front();
            return answer(pending, line);
        }
    case Type::Bye:
        return write(IrcCommands::error(u"Closing link: "_s
                                        + (line.code == ErrorCode::Timeout && !m_welcomed
                                                   ? u"registration timed out"_s
                                                   : line.text)));
    case Type::Ping:
        return write(IrcCommands::ping(m_network.serverName, line.text));
    case Type::Pong:
        return write(IrcCommands::pong(m_network.serverName, line.text));
    case Type::Notice:
        return notice(line.text);
    default:
        // The lines of Chinwag's own welcome and lists: IRC has its own.
        return;
    }
}

void IrcDialect::answer(const Pending &pending, const ServerLine &reply)
{
    using Kind = Pending::Kind;
    const bool ok = reply.type == Type::Ok;
    const IrcReplies r = replies();
    switch (pending.kind) {
    case Kind::Pass:
        if (!ok)
            write(r.passwdMismatch());
        return;
    case Kind::Register:
        m_registering = false;
        if (ok)
            return welcome();
        // Refused: the client registers once it sends another NICK, and is "*" until then.
        m_nick.clear();
        if (reply.code == ErrorCode::NameTaken || reply.code == ErrorCode::NameOwned)
            return write(
                    replies().numeric(IrcNumeric::NicknameInUse, { pending.target }, reply.text));
        if (reply.code == ErrorCode::PasswordRequired)
            return write(replies().passwdMismatch());
        return write(replies().fail(u"NICK"_s, failCode(reply.code), reply.text));
    case Kind::Rename:
        if (ok) {
            if (pending.target != m_session.name())
                write(IrcCommands::nick(IrcRelay::sourceOf(pending.target), m_session.name()));
            return;
        }
        if (reply.code == ErrorCode::NameTaken || reply.code == ErrorCode::NameOwned)
            return write(r.numeric(IrcNumeric::NicknameInUse, { pending.text }, reply.text));
        return write(r.erroneusNickname(pending.text, reply.text));
    case Kind::SignIn:
        m_saslState = Sasl::None;
        if (!ok) {
            notice(reply.text);
            return write(r.saslFail());
        }
        write(replies().loggedIn(IrcRelay::sourceOf(reply.user).toString(), reply.user));
        write(replies().saslSuccess());
        return tryToRegister();
    case Kind::Message:
    case Kind::Typing:
        return answerMessage(pending, reply);
    case Kind::Away:
        return write(ok ? r.nowAway() : r.fail(u"AWAY"_s, failCode(reply.code), reply.text));
    case Kind::Back:
        return write(ok ? r.unAway() : r.fail(u"AWAY"_s, failCode(reply.code), reply.text));
    case Kind::Part:
        if (ok)
            return write(IrcCommands::part(self(), u'#' + reply.group, {}));
        return refuseTarget(pending, reply);
    }
}

void IrcDialect::answerMessage(const Pending &pending, const ServerLine &reply)
{
    if (reply.type != Type::Ok) {
        // A NOTICE is never answered with an error, so that two programs cannot loop.
        if (pending.command != "NOTICE")
            refuseTarget(pending, reply);
        return;
    }
    if (reply.held)
        notice(u"%1 is offline: your message waits for them and reaches them when they next "
               u"sign in"_s.arg(pending.target));
    if (!m_capEcho)
        return;
    // A TAGMSG is only for those who take tags.
    if (pending.kind == Pending::Kind::Typing) {
        if (m_capMessageTags)
            write(IrcCommands::tagmsg(self(), pending.target, pending.tags));
        return;
    }
    const QList<IrcTag> tags =
            IrcRelay::messageTags(reply.message.id, reply.message.time) + pending.tags;
    const QString text = IrcText::fromChinwag(pending.text);
    write(pending.command == "NOTICE" ? IrcCommands::notice(self(), pending.target, text, tags)
                                      : IrcCommands::privmsg(self(), pending.target, text, tags));
}

void IrcDialect::refuseTarget(const Pending &pending, const ServerLine &error)
{
    const IrcReplies r = replies();
    switch (error.code) {
    case ErrorCode::NoSuchUser:
        return write(r.numeric(IrcNumeric::NoSuchNick, { pending.target }, error.text));
    case ErrorCode::NoSuchGroup:
        return write(r.noSuchChannel(pending.target));
    case ErrorCode::NotAMember:
        return write(pending.kind == Pending::Kind::Part ? r.notOnChannel(pending.target)
                                                         : r.cannotSendToChan(pending.target));
    default:
        return write(
                r.fail(QString::fromLatin1(pending.command), failCode(error.code), error.text));
    }
}

void IrcDialect::deliver(const Envelope &envelope)
{
    const ServerLine &line = envelope.line();
    // Before the welcome only messages wait: the welcome's NAMES say who is where.
    if (!m_welcomed && line.type != Type::Msg && line.type != Type::Notice)
        return;
    switch (line.type) {
    case Type::Msg:
        return writeShared(envelope.irc(tagSet()), Transport::Urgency::Now);
    case Type::Joined: {
        writeShared(envelope.irc(IrcMessage::Tags::None), Transport::Urgency::MayWait);
        // An account's groups come back with it, to those who share them.
        const Registry &registry = m_network.registry;
        const QString key = NameRules::key(line.user);
        if (registry.groupCountOf(key) == 0)
            return;
        const QStringList groupKeys = registry.groupsOf(key).keys();
        for (const QString &groupKey : groupKeys) {
            const Group *group = registry.group(groupKey);
            if (group && group->members.contains(m_session.key()))
                write(IrcCommands::join(IrcRelay::sourceOf(line.user), u'#' + group->name));
        }
        return;
    }
    case Type::Left:
    case Type::Renamed:
        return writeShared(envelope.irc(IrcMessage::Tags::None), Transport::Urgency::MayWait);
    case Type::Away:
    case Type::Back:
        if (m_capAwayNotify)
            writeShared(envelope.irc(IrcMessage::Tags::None), Transport::Urgency::MayWait);
        return;
    case Type::Typing:
        if (m_capMessageTags)
            writeShared(envelope.irc(IrcMessage::Tags::All), Transport::Urgency::Now);
        return;
    case Type::Made:
    case Type::Invited:
    case Type::Parted:
        return groupNews(line);
    case Type::Notice:
        return notice(line.text);
    default:
        return;
    }
}

void IrcDialect::groupNews(const ServerLine &line)
{
    const QString channel = u'#' + line.group;
    const QString key = NameRules::key(line.user);
    switch (line.type) {
    case Type::Made:
        return joined(channel);
    case Type::Invited:
        if (key == m_session.key())
            return joined(channel);
        if (m_network.registry.user(key))
            write(IrcCommands::join(IrcRelay::sourceOf(line.user), channel));
        return;
    case Type::Parted:
        if (m_network.registry.user(key))
            write(IrcCommands::part(IrcRelay::sourceOf(line.user), channel, {}));
        return;
    default:
        return;
    }
}

void IrcDialect::welcome()
{
    m_welcomed = true;
    const IrcReplies r = replies();
    write(r.welcome(m_network.welcome));
    write(r.motd({}));
    const QStringList mine = channels();
    for (const QString &channel : mine)
        joined(channel);
    if (!m_held.isEmpty())
        m_session.writeBytes(std::exchange(m_held, {}));
}

void IrcDialect::joined(const QString &channel)
{
    write(IrcCommands::join(self(), channel));
    names(channel);
}

void IrcDialect::names(const QString &channel)
{
    const IrcReplies r = replies();
    const Registry &registry = m_network.registry;
    QStringList nicks;
    QString shown = channel;
    if (isEveryone(channel)) {
        shown = IrcNames::everyoneChannel();
        const QList<const User *> users = registry.users();
        for (const User *user : users)
            nicks.append(user->name());
    } else if (IrcNames::isChannel(channel)) {
        const Group *group = registry.group(NameRules::key(channel.mid(1)));
        if (!group || !group->members.contains(m_session.key()))
            return write(r.endOfNames(channel.isEmpty() ? u"*"_s : channel));
        shown = u'#' + group->name;
        for (auto it = group->members.cbegin(); it != group->members.cend(); ++it) {
            if (registry.user(it.key()))
                nicks.append(it.value().name);
        }
    } else {
        return write(r.endOfNames(channel.isEmpty() ? u"*"_s : channel));
    }
    std::sort(nicks.begin(), nicks.end(), [](const QString &a, const QString &b) {
        return NameRules::key(a) < NameRules::key(b);
    });
    write(r.names(shown, nicks, !isEveryone(channel)));
}

void IrcDialect::who(const QString &mask)
{
    const IrcReplies r = replies();
    const Registry &registry = m_network.registry;
    QString channel = u"*"_s;
    QList<const User *> users;
    if (isEveryone(mask)) {
        channel = IrcNames::everyoneChannel();
        users = registry.users();
    } else if (IrcNames::isChannel(mask)) {
        const Group *group = registry.group(NameRules::key(mask.mid(1)));
        if (group && group->members.contains(m_session.key())) {
            channel = u'#' + group->name;
            for (auto it = group->members.cbegin(); it != group->members.cend(); ++it) {
                if (const User *user = registry.user(it.key()))
                    users.append(user);
            }
        }
    } else if (const User *user = registry.user(NameRules::key(mask))) {
        users.append(user);
    }
    std::sort(users.begin(), users.end(),
              [](const User *a, const User *b) { return a->key() < b->key(); });
    for (const User *user : std::as_const(users)) {
        const QString name = user->name();
        write(r.whoReply({ channel, name, IrcRelay::userHost(), name, user->isAway(), {}, name }));
    }
    write(r.endOfWho(mask.isEmpty() ? u"*"_s : mask));
}

void IrcDialect::whois(const QString &nick)
{
    const IrcReplies r = replies();
    const User *user = m_network.registry.user(NameRules::key(nick));
    if (!user) {
        write(r.noSuchNick(nick));
        return write(r.endOfWhois(nick));
    }
    const QString name = user->name();
    write(r.whoisUser(name, name, IrcRelay::userHost(), name));
    write(r.whoisServer(name, u"Chinwag"_s));
    if (user->isAway())
        write(r.away(name, user->awayText()));
    if (user->isAccount())
        write(r.whoisAccount(name, name));
    write(r.endOfWhois(name));
}

void IrcDialect::list()
{
    const IrcReplies r = replies();
    const Registry &registry = m_network.registry;
    write(r.listStart());
    write(r.list(IrcNames::everyoneChannel(), registry.userCount(), u"Everyone"_s));
    const QMap<QString, QString> groups = registry.groupsOf(m_session.key());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (const Group *group = registry.group(it.key()))
            write(r.list(u'#' + group->name, int(group->members.size()), {}));
    }
    write(r.listEnd());
}

void IrcDialect::notice(const QString &text)
{
    write(IrcCommands::notice(IrcSource::ofServer(m_network.serverName), nick(), text));
}

void IrcDialect::write(const IrcMessage &message)
{
    m_session.writeBytes(message.encode(tagSet()));
}

void IrcDialect::write(const QList<IrcMessage> &messages)
{
    const IrcMessage::Tags which = tagSet();
    QByteArray bytes;
    for (const IrcMessage &message : messages)
        bytes += message.encode(which);
    m_session.writeBytes(bytes);
}

void IrcDialect::writeShared(const QByteArray &bytes, Transport::Urgency urgency)
{
    if (bytes.isEmpty())
        return;
    if (m_welcomed)
        return m_session.writeBytes(bytes, urgency);
    if (m_heldOverflowed)
        return;
    m_held += bytes;
    // Bounded as a slow reader's queue is (the messages held for an account fit): a client that
    // signed in and does not finish registering is closed, from the event loop, since this may
    // be the middle of a fan-out.
    if (m_held.size() > m_network.limits.maxQueuedHardBytes) {
        m_held.clear();
        m_heldOverflowed = true;
        QMetaObject::invokeMethod(
                &m_session,
                [session = &m_session] {
                    session->close(Replies::tooMuchBeforeWelcome(), Replies::slowReader());
                },
                Qt::QueuedConnection);
    }
}

QString IrcDialect::nick() const
{
    if (m_session.isRegistered())
        return m_session.name();
    return m_nick.isEmpty() ? u"*"_s : m_nick;
}

IrcSource IrcDialect::self() const
{
    return IrcRelay::sourceOf(nick());
}

IrcReplies IrcDialect::replies() const
{
    return IrcReplies(m_network.serverName, nick());
}

IrcMessage::Tags IrcDialect::tagSet() const
{
    return m_capMessageTags   ? IrcMessage::Tags::All
            : m_capServerTime ? IrcMessage::Tags::ServerTime
                              : IrcMessage::Tags::None;
}

QStringList IrcDialect::channels() const
{
    QStringList channels{ IrcNames::everyoneChannel() };
    const QMap<QString, QString> groups = m_network.registry.groupsOf(m_session.key());
    for (const QString &name : groups)
        channels.append(u'#' + name);
    return channels;
}

} // namespace Chinwag
