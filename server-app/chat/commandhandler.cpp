// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandhandler.h"

#include "protocollimits.h"
#include "replies.h"

namespace Chinwag {

using Type = Command::Type;

namespace {

bool allowedBeforeRegistration(Type type)
{
    switch (type) {
    case Type::Name:
    case Type::SignUp:
    case Type::SignIn:
    case Type::Pass:
    case Type::Help:
    case Type::Ping:
    case Type::Pong:
    case Type::Close:
        return true;
    default:
        return false;
    }
}

QList<Envelope> welcomeEnvelopes(const ChatContext &context)
{
    using namespace Qt::StringLiterals;
    const QString accounts = !context.store ? u"none"_s
            : context.accountsRequired      ? u"required"_s
                                            : u"optional"_s;
    QList<Envelope> envelopes;
    const QList<ServerLine> lines = Replies::welcome(context.limits.maxLineBytes, accounts);
    for (const ServerLine &line : lines)
        envelopes.append(Envelope(line));
    return envelopes;
}

} // namespace

CommandHandler::CommandHandler(const ChatContext &context, const ServerPassword &password)
    : m_welcome(welcomeEnvelopes(context)),
      m_groups(context),
      m_registration(context, m_groups, password),
      m_accounts(context, m_registration, m_groups),
      m_conversations(context),
      m_messages(context),
      m_presence(context),
      m_history(context)
{
}

void CommandHandler::greet(Session &session)
{
    for (const Envelope &line : m_welcome)
        session.deliver(line);
}

void CommandHandler::handle(Session &session, const Command &command)
{
    if (!session.isRegistered() && !allowedBeforeRegistration(command.type))
        return session.send(Replies::notRegistered());
    switch (command.type) {
    case Type::Name:
        return m_registration.name(session, command.user);
    case Type::Pass:
        return m_registration.pass(session, command.text);
    case Type::SignUp:
        return m_accounts.signUp(session, command.user, command.text);
    case Type::SignIn:
        return m_accounts.signIn(session, command.user, command.text);
    case Type::Claim:
        return m_accounts.claim(session, command.text);
    case Type::Password:
        return m_accounts.changePassword(session, command.text, command.newPassword);
    case Type::DeleteAccount:
        return m_accounts.deleteAccount(session, command.text);
    case Type::Conversations:
        return m_conversations.conversations(session);
    case Type::Read:
        return m_conversations.read(session, command.conversation, command.id);
    case Type::MsgAll:
        return m_messages.msgAll(session, command.text);
    case Type::MsgInd:
        return m_messages.msgInd(session, command.user, command.text);
    case Type::SendGroup:
        return m_messages.sendGroup(session, command.group, command.text);
    case Type::List:
        return m_presence.list(session);
    case Type::MakeGroup:
        return m_groups.makeGroup(session, command.group, command.users, false);
    case Type::PublicGroup:
        return m_groups.makeGroup(session, command.group, command.users, true);
    case Type::Join:
        return m_groups.join(session, command.group);
    case Type::Directory:
        return m_groups.directory(session, command.group);
    case Type::Visibility:
        return m_groups.setVisibility(session, command.group, command.isPublic);
    case Type::Kick:
        return m_groups.kick(session, command.group, command.user, command.text);
    case Type::Invite:
        return m_groups.invite(session, command.group, command.user);
    case Type::Leave:
        return m_groups.leave(session, command.group);
    case Type::Groups:
        return m_groups.groups(session);
    case Type::Members:
        return m_groups.members(session, command.group);
    case Type::Away:
        return m_presence.away(session, command.text);
    case Type::Back:
        return m_presence.back(session);
    case Type::Typing:
        return m_messages.typing(session, command.conversation);
    case Type::History:
        return m_history.history(session, command);
    case Type::Help:
        return help(session, command.text);
    case Type::Ping:
        return session.send(ServerLine::pong(command.text));
    case Type::Pong:
        return;
    case Type::Close:
        return session.close(Replies::goodbye(session.name()), Replies::quit());
    }
}

void CommandHandler::depart(Session &session, const QString &why)
{
    m_registration.depart(session, why);
}

void CommandHandler::help(Session &session, const QString &topic)
{
    const QString word = topic.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (word.isEmpty()) {
        const QList<ServerLine> lines = Replies::help();
        for (const ServerLine &line : lines)
            session.send(line);
    } else if (const auto type = Command::typeOf(word.toUtf8())) {
        session.send(Replies::helpFor(*type));
    } else {
        // The codec's own refusal of that word as a command, so that it is worded once.
        const auto refusal = Command::parse(word.toUtf8());
        return session.send(ServerLine::error(std::get<ProtocolError>(refusal)));
    }
    session.send(ServerLine::ok(Type::Help));
}

} // namespace Chinwag
