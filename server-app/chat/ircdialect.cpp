// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircdialect.h"

#include "irccommands.h"
#include "ircnames.h"
#include "ircnetwork.h"
#include "irctext.h"
#include "namerules.h"
#include "passwordrules.h"
#include "registry.h"
#include "textrules.h"

#include <algorithm>
#include <variant>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

// AUTHENTICATE carries at most 400 bytes a line; a line of 400 says more is coming.
constexpr qsizetype SaslChunkBytes = 400;
// An authorization name, a name and a password of 128 characters, in base64, fit in far less.
constexpr qsizetype MaxSaslBytes = 4 * SaslChunkBytes;

bool allowedBeforeWelcome(const QByteArray &command)
{
    static const QByteArrayList allowed{ "CAP",          "PASS", "NICK", "USER",
                                         "AUTHENTICATE", "PING", "PONG", "QUIT" };
    return allowed.contains(command);
}

} // namespace

IrcDialect::IrcDialect(Session &session, Session::Handler &handler, const IrcNetwork &network)
    : m_session(session), m_handler(handler), m_network(network)
{
}

QString IrcDialect::name() const
{
    return u"IRC"_s;
}

QStringList IrcDialect::capabilities(bool sasl)
{
    QStringList caps{ u"away-notify"_s, u"echo-message"_s, u"message-tags"_s, u"server-time"_s };
    if (sasl)
        caps.prepend(u"sasl"_s);
    return caps;
}

void IrcDialect::lineReceived(QByteArrayView line)
{
    auto parsed = IrcMessage::parse(line);
    if (const auto *error = std::get_if<IrcError>(&parsed)) {
        if (const auto reply = replies().refusal(*error))
            write(*reply);
        return;
    }
    handle(std::get<IrcMessage>(parsed));
}

void IrcDialect::lineTooLong()
{
    write(replies().inputTooLong());
}

void IrcDialect::handle(const IrcMessage &m)
{
    const QByteArray &command = m.command;
    if (!m_welcomed && !allowedBeforeWelcome(command))
        return write(replies().notRegistered());
    if (command == "PING") {
        if (m.params.isEmpty())
            return write(replies().needMoreParams(u"PING"_s));
        return write(IrcCommands::pong(m_network.serverName, m.params.first()));
    }
    if (command == "PONG")
        return;
    if (command == "CAP")
        return cap(m);
    if (command == "AUTHENTICATE")
        return authenticate(m);
    if (command == "NICK")
        return nick(m);
    if (command == "USER")
        return user(m);
    if (command == "PASS")
        return pass(m);
    if (command == "QUIT")
        return m_handler.handle(m_session, Command::close());
    if (command == "PRIVMSG" || command == "NOTICE")
        return text(m, command == "NOTICE");
    if (command == "TAGMSG")
        return tagmsg(m);
    if (command == "JOIN")
        return join(m);
    if (command == "PART")
        return part(m);
    if (command == "AWAY")
        return away(m);
    if (command == "NAMES")
        return names(m.params.value(0).section(u',', 0, 0));
    if (command == "WHO")
        return who(m.params.value(0));
    if (command == "WHOIS") {
        if (m.params.isEmpty())
            return write(replies().noNicknameGiven());
        // WHOIS [server] nick: the nick is last.
        return whois(m.params.last().section(u',', 0, 0));
    }
    if (command == "LIST")
        return list();
    if (command == "MODE")
        return mode(m);
    if (command == "MOTD")
        return write(replies().motd({}));
    write(replies().unknownCommand(QString::fromLatin1(command)));
}

void IrcDialect::cap(const IrcMessage &m)
{
    if (m.params.isEmpty())
        return write(replies().needMoreParams(u"CAP"_s));
    const QString sub = m.params.first().toUpper();
    const QStringList offered = capabilities(m_network.store != nullptr);
    const QString server = m_network.serverName;
    if (sub == u"LS") {
        m_negotiating = !m_welcomed;
        QStringList caps = offered;
        // CAP LS 302 lists the values too.
        if (m.params.value(1).toInt() >= 302 && caps.contains(u"sasl"_s))
            caps.replace(caps.indexOf(u"sasl"_s), u"sasl=PLAIN"_s);
        return write(IrcCommands::cap(server, nick(), u"LS"_s, caps));
    }
    if (sub == u"LIST") {
        QStringList enabled;
        const bool flags[] = { m_capSasl, m_capAwayNotify, m_capEcho, m_capMessageTags,
                               m_capServerTime };
        const QStringList all = capabilities(true);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (flags[i])
                enabled.append(all.at(i));
        }
        return write(IrcCommands::cap(server, nick(), u"LIST"_s, enabled));
    }
    if (sub == u"REQ") {
        m_negotiating = !m_welcomed;
        const QStringList asked = m.params.value(1).split(u' ', Qt::SkipEmptyParts);
        for (const QString &cap : asked) {
            if (!offered.contains(cap.startsWith(u'-') ? cap.mid(1) : cap))
                return write(IrcCommands::cap(server, nick(), u"NAK"_s, asked));
        }
        for (const QString &cap : asked) {
            const bool on = !cap.startsWith(u'-');
            const QString name = on ? cap : cap.mid(1);
            bool &flag = name == u"sasl"      ? m_capSasl
                    : name == u"away-notify"  ? m_capAwayNotify
                    : name == u"echo-message" ? m_capEcho
                    : name == u"message-tags" ? m_capMessageTags
                                              : m_capServerTime;
            flag = on;
        }
        return write(IrcCommands::cap(server, nick(), u"ACK"_s, asked));
    }
    if (sub == u"END") {
        if (m_welcomed)
            return;
        m_negotiating = false;
        return tryToRegister();
    }
    write(replies().unknownError(u"CAP"_s, u"unknown CAP subcommand"_s));
}

void IrcDialect::authenticate(const IrcMessage &m)
{
    if (m.params.isEmpty())
        return write(replies().needMoreParams(u"AUTHENTICATE"_s));
    if (!m_capSasl)
        return write(replies().saslFail());
    if (m_welcomed || m_session.isRegistered())
        return write(replies().saslAlready());
    if (m_saslState == Sasl::Checking)
        return;
    const QString data = m.params.first();
    if (data == u"*") {
        m_saslState = Sasl::None;
        m_sasl.clear();
        return write(replies().saslAborted());
    }
    if (m_saslState == Sasl::None) {
        if (data.compare(u"PLAIN", Qt::CaseInsensitive) != 0) {
            write(replies().saslMechs({ u"PLAIN"_s }));
            return write(replies().saslFail());
        }
        m_saslState = Sasl::Data;
        return write(IrcCommands::authenticate(u"+"_s));
    }
    if (data != u"+")
        m_sasl += data.toLatin1();
    if (m_sasl.size() > MaxSaslBytes) {
        m_saslState = Sasl::None;
        m_sasl.clear();
        return write(replies().saslTooLong());
    }
    if (data.size() == SaslChunkBytes)
        return; // more to come
    finishSasl();
}

void IrcDialect::finishSasl()
{
    const auto decoded =
            QByteArray::fromBase64Encoding(m_sasl, QByteArray::AbortOnBase64DecodingErrors);
    m_sasl.clear();
    m_saslState = Sasl::None;
    // PLAIN: authorization name, NUL, name, NUL, password.
    const QList<QByteArray> parts = decoded ? decoded.decoded.split('\0') : QList<QByteArray>();
    // Each part is held to what a Chinwag line may hold, as SIGNIN's fields are.
    if (parts.size() != 3 || std::any_of(parts.cbegin(), parts.cend(), [](const QByteArray &part) {
            return TextRules::check(part) != TextRules::Verdict::Ok;
        }))
        return write(replies().saslFail());
    const QString authorization = QString::fromUtf8(parts.at(0));
    const QString name = QString::fromUtf8(parts.at(1));
    const QString password = QString::fromUtf8(parts.at(2));
    if (!NameRules::isValid(name)
        || (!authorization.isEmpty() && NameRules::key(authorization) != NameRules::key(name))
        || PasswordRules::check(password, PasswordRules::Purpose::Given))
        return write(replies().saslFail());
    m_saslState = Sasl::Checking;
    issue(Command::signIn(name, password), { Pending::Kind::SignIn, {}, name, {}, {} });
}

void IrcDialect::nick(const IrcMessage &m)
{
    if (m.params.isEmpty() || m.params.first().isEmpty())
        return write(replies().noNicknameGiven());
    const auto checked = IrcNames::userOfNick(m.params.first());
    if (const auto *error = std::get_if<ProtocolError>(&checked))
        return write(replies().erroneusNickname(m.params.first(), error->sentence));
    const QString &wanted = std::get<QString>(checked);
    if (m_welcomed) {
        if (wanted == m_session.name())
            return;
        return issue(Command::name(wanted),
                     { Pending::Kind::Rename, {}, m_session.name(), wanted, {} });
    }
    m_nick = wanted;
    tryToRegister();
}

void IrcDialect::user(const IrcMessage &m)
{
    if (m_welcomed || m_userGiven)
        return write(replies().alreadyRegistered());
    if (m.params.size() < 4)
        return write(replies().needMoreParams(u"USER"_s));
    m_userGiven = true;
    tryToRegister();
}

void IrcDialect::pass(const IrcMessage &m)
{
    if (m_welcomed || m_session.isRegistered())
        return write(replies().alreadyRegistered());
    if (m.params.isEmpty())
        return write(replies().needMoreParams(u"PASS"_s));
    issue(Command::pass(m.params.first()), { Pending::Kind::Pass, {}, {}, {}, {} });
}

void IrcDialect::tryToRegister()
{
    if (m_welcomed || m_registering || m_negotiating || m_saslState == Sasl::Checking
        || !m_userGiven || (m_nick.isEmpty() && !m_session.isRegistered()))
        return;
    // Signed in with SASL: the core has registered the account already.
    if (m_session.isRegistered())
        return welcome();
    m_registering = true;
    issue(Command::name(m_nick), { Pending::Kind::Register, {}, m_nick, {}, {} });
}

void IrcDialect::text(const IrcMessage &m, bool notice)
{
    const QString command = QString::fromLatin1(m.command);
    if (m.params.isEmpty())
        return notice ? void() : write(replies().noRecipient(command));
    const QString raw = m.params.value(1);
    if (raw.isEmpty())
        return notice ? void() : write(replies().noTextToSend());
    const QString target = m.params.first();
    const QString body = IrcText::toChinwag(raw);
    // A CTCP request other than ACTION (VERSION, PING, …) is not relayed, and needs no error.
    if (body.isEmpty())
        return notice || raw.startsWith(u'\x01') ? void() : write(replies().noTextToSend());
    const auto conversation = IrcNames::conversationOfTarget(target);
    if (const auto *error = std::get_if<ProtocolError>(&conversation)) {
        if (notice)
            return;
        return write(IrcNames::isChannel(target) ? replies().noSuchChannel(target, error->sentence)
                                                 : replies().noSuchNick(target));
    }
    QList<IrcTag> clientTags;
    for (const IrcTag &tag : m.tags) {
        if (tag.isClientOnly())
            clientTags.append(tag);
    }
    const Pending pending{ Pending::Kind::Message, m.command, target, body, clientTags };
    const Conversation &to = std::get<Conversation>(conversation);
    switch (to.kind) {
    case Conversation::Kind::Everyone:
        return issue(Command::msgAll(body), pending);
    case Conversation::Kind::Direct:
        return issue(Command::msgInd(to.name, body), pending);
    case Conversation::Kind::Group:
        return issue(Command::sendGroup(to.name, body), pending);
    }
}

void IrcDialect::tagmsg(const IrcMessage &m)
{
    if (m.params.isEmpty())
        return write(replies().noRecipient(u"TAGMSG"_s));
    // Chinwag has one kind of typing: active. Paused and done end by themselves.
    if (m.tag(u"+typing") != u"active"_s)
        return;
    const QString target = m.params.first();
    const auto conversation = IrcNames::conversationOfTarget(target);
    if (const auto *error = std::get_if<ProtocolError>(&conversation))
        return write(IrcNames::isChannel(target) ? replies().noSuchChannel(target, error->sentence)
                                                 : replies().noSuchNick(target));
    issue(Command::typing(std::get<Conversation>(conversation)),
          { Pending::Kind::Typing, "TAGMSG", target, {}, { { u"+typing"_s, u"active"_s } } });
}

void IrcDialect::join(const IrcMessage &m)
{
    if (m.params.isEmpty())
        return write(replies().needMoreParams(u"JOIN"_s));
    const QStringList wanted = m.params.first().split(u',', Qt::SkipEmptyParts);
    for (const QString &channel : wanted) {
        const auto conversation = IrcNames::conversationOfChannel(channel);
        if (const auto *error = std::get_if<ProtocolError>(&conversation)) {
            write(replies().noSuchChannel(channel, error->sentence));
            continue;
        }
        const Conversation &to = std::get<Conversation>(conversation);
        if (to.kind == Conversation::Kind::Everyone) {
            joined(IrcNames::everyoneChannel());
            continue;
        }
        const Group *group = m_network.registry.group(NameRules::key(to.name));
        if (!group)
            write(replies().noSuchChannel(channel));
        else if (!group->members.contains(m_session.key()))
            write(replies().inviteOnlyChan(u'#' + group->name));
        else
            joined(u'#' + group->name);
    }
}

void IrcDialect::part(const IrcMessage &m)
{
    if (m.params.isEmpty())
        return write(replies().needMoreParams(u"PART"_s));
    const QStringList wanted = m.params.first().split(u',', Qt::SkipEmptyParts);
    for (const QString &channel : wanted) {
        const auto conversation = IrcNames::conversationOfChannel(channel);
        if (const auto *error = std::get_if<ProtocolError>(&conversation)) {
            write(replies().noSuchChannel(channel, error->sentence));
            continue;
        }
        const Conversation &to = std::get<Conversation>(conversation);
        // Everyone's channel is everyone's: nobody leaves it but by QUIT.
        if (to.kind == Conversation::Kind::Everyone) {
            write(replies().unknownError(u"PART"_s, u"everyone is in %1"_s.arg(channel)));
            continue;
        }
        issue(Command::leave(to.name), { Pending::Kind::Part, "PART", channel, {}, {} });
    }
}

void IrcDialect::away(const IrcMessage &m)
{
    const QString text = IrcText::toChinwag(m.params.value(0));
    if (text.isEmpty())
        return issue(Command::back(), { Pending::Kind::Back, {}, {}, {}, {} });
    issue(Command::away(text), { Pending::Kind::Away, {}, {}, text, {} });
}

void IrcDialect::mode(const IrcMessage &m)
{
    if (m.params.isEmpty())
        return write(replies().needMoreParams(u"MODE"_s));
    const QString target = m.params.first();
    if (!IrcNames::isChannel(target)) {
        if (NameRules::key(target) != m_session.key())
            return write(replies().usersDontMatch());
        // There are no user modes; a client's +i on connecting changes nothing.
        return write(replies().uModeIs(u"+"_s));
    }
    const QString key = NameRules::key(target);
    const QStringList mine = channels();
    if (std::none_of(mine.cbegin(), mine.cend(),
                     [&key](const QString &channel) { return NameRules::key(channel) == key; }))
        return write(replies().notOnChannel(target));
    // A list's query (bans, exceptions, invitations) has nothing to list.
    static const QStringList lists{ u"b"_s, u"+b"_s, u"e"_s, u"I"_s };
    if (m.params.size() == 2 && lists.contains(m.params.at(1)))
        return;
    if (m.params.size() > 1)
        return write(replies().chanOPrivsNeeded(target));
    // Everyone's channel is open to everyone; a group is invite-only.
    write(replies().channelModeIs(
            target,
            NameRules::key(target) == NameRules::key(IrcNames::everyoneChannel()) ? u"+nt"_s
                                                                                  : u"+int"_s));
}

void IrcDialect::issue(const Command &command, Pending pending)
{
    m_pending.push_back(std::move(pending));
    m_handler.handle(m_session, command);
}

} // namespace Chinwag
