// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandhandler.h"

#include "history.h"
#include "messageidsource.h"
#include "namerules.h"
#include "registry.h"
#include "replies.h"
#include "router.h"
#include "serverlog.h"
#include "session.h"

#include <algorithm>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Type = Command::Type;

namespace {

// Wrong passwords come one per connection: one record a second at most, so that someone who
// tries many cannot flush the log.
constexpr qint64 WrongPasswordLogMSecs = 1000;

bool allowedBeforeRegistration(Type type)
{
    switch (type) {
    case Type::Name:
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

QList<Envelope> welcomeEnvelopes(qsizetype maxLineBytes)
{
    QList<Envelope> envelopes;
    const QList<ServerLine> lines = Replies::welcome(maxLineBytes);
    for (const ServerLine &line : lines)
        envelopes.append(Envelope(line));
    return envelopes;
}

bool byKey(const Session *a, const Session *b)
{
    return a->key() < b->key();
}

} // namespace

CommandHandler::CommandHandler(Registry &registry, Router &router, MessageIdSource &ids,
                               History *history, ServerLog &log, const Limits &limits,
                               const ServerPassword &password)
    : m_registry(registry),
      m_router(router),
      m_ids(ids),
      m_history(history),
      m_log(log),
      m_limits(limits),
      m_password(password),
      m_welcome(welcomeEnvelopes(limits.maxLineBytes))
{
    m_clock.start();
}

void CommandHandler::greet(Session &session)
{
    for (const Envelope &line : m_welcome)
        session.deliver(line);
}

void CommandHandler::handle(Session &session, const Command &command)
{
    if (!session.isRegistered() && !allowedBeforeRegistration(command.type)) {
        session.send(Replies::notRegistered());
        return;
    }
    switch (command.type) {
    case Type::Name:
        return name(session, command.user);
    case Type::Pass:
        return pass(session, command.text);
    case Type::MsgAll:
        return msgAll(session, command.text);
    case Type::MsgInd:
        return msgInd(session, command.user, command.text);
    case Type::SendGroup:
        return sendGroup(session, command.group, command.text);
    case Type::List:
        return list(session);
    case Type::MakeGroup:
        return makeGroup(session, command.group, command.users);
    case Type::Invite:
        return invite(session, command.group, command.user);
    case Type::Leave:
        return leave(session, command.group);
    case Type::Groups:
        return groups(session);
    case Type::Members:
        return members(session, command.group);
    case Type::Away:
        return away(session, command.text);
    case Type::Back:
        return back(session);
    case Type::Typing:
        return typing(session, command.conversation);
    case Type::History:
        return history(session, command);
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
    // By now the session is closing; whether it was registered is the registry's to say.
    if (m_registry.user(session.key()) != &session)
        return;
    const QStringList groupKeys = session.groups().keys();
    for (const QString &key : groupKeys)
        leaveGroup(session, *m_registry.group(key));
    m_registry.removeUser(session);
    m_router.toEveryone(Envelope(ServerLine::left(session.name(), why)));
}

void CommandHandler::name(Session &session, const QString &name)
{
    // Before NAME_TAKEN: who is online is none of a stranger's business.
    if (!session.isRegistered() && m_password.isSet() && !session.isPasswordAccepted())
        return session.send(Replies::passwordRequired());
    const Session *holder = m_registry.user(NameRules::key(name));
    if (holder && holder != &session)
        return session.send(Replies::nameTaken(name));
    if (!session.isRegistered()) {
        m_registry.registerUser(session, name);
        session.send(ServerLine::okName(name));
        welcomeName(session);
        m_router.toEveryone(Envelope(ServerLine::joined(name)), &session);
        m_log.add(LogRecord::Kind::Register,
                  tr("%1 registered as %2").arg(session.endpoint(), name));
        return;
    }
    const QString oldName = session.name();
    if (name == oldName)
        return session.send(ServerLine::okName(name));
    m_registry.renameUser(session, name);
    m_router.toEveryone(Envelope(ServerLine::renamed(oldName, name)), &session);
    m_log.add(LogRecord::Kind::Rename, tr("%1 is now called %2").arg(oldName, name));
    session.send(ServerLine::okName(name));
    welcomeName(session);
}

void CommandHandler::pass(Session &session, const QString &password)
{
    if (session.isRegistered() || m_password.matches(password)) {
        session.acceptPassword();
        return session.send(ServerLine::ok(Type::Pass));
    }
    int held = 0;
    if (m_wrongPasswords.admit(m_clock.elapsed(), WrongPasswordLogMSecs, &held)) {
        m_log.add(LogRecord::Kind::Security,
                  held == 0 ? tr("%1 gave a wrong password").arg(session.endpoint())
                            : tr("%1 gave a wrong password (and %n more wrong password(s) "
                                 "since the last record)",
                                 nullptr, held)
                                      .arg(session.endpoint()));
    }
    session.send(Replies::badPassword());
    session.close(Replies::wrongPassword(), Replies::passwordRefused());
}

void CommandHandler::welcomeName(Session &session)
{
    if (!m_history)
        return;
    m_history->remember(session.key(), session.name());
    const QList<ChatMessage> held = m_history->takeHeld(session.key());
    if (held.isEmpty())
        return;
    for (const ChatMessage &message : held)
        session.deliver(Envelope(ServerLine::msg(message)));
    m_log.add(LogRecord::Kind::Register,
              tr("%n held message(s) delivered to %1", nullptr, int(held.size()))
                      .arg(session.name()));
}

void CommandHandler::msgAll(Session &session, const QString &text)
{
    const ChatMessage message = accept(session, Conversation::everyone(), {}, text);
    m_router.toEveryone(Envelope(ServerLine::msg(message)), &session);
    session.send(ServerLine::okSent(Type::MsgAll, message.id, message.time));
}

void CommandHandler::msgInd(Session &session, const QString &user, const QString &text)
{
    const QString key = NameRules::key(user);
    if (const Session *recipient = m_registry.user(key)) {
        const ChatMessage message =
                accept(session, Conversation::direct(recipient->name()), recipient->key(), text);
        m_router.toUser(recipient->key(), Envelope(ServerLine::msg(message)));
        return session.send(ServerLine::okSent(Type::MsgInd, message.id, message.time));
    }
    // A name that has registered here before gets it when it next registers.
    if (!m_history || !m_history->isKnown(key))
        return session.send(Replies::noSuchUser(user));
    const ChatMessage message =
            accept(session, Conversation::direct(m_history->knownName(key)), key, text, true);
    session.send(ServerLine::okSent(Type::MsgInd, message.id, message.time, true));
}

void CommandHandler::sendGroup(Session &session, const QString &group, const QString &text)
{
    const Group *g = memberGroup(session, group);
    if (!g)
        return;
    const ChatMessage message = accept(session, Conversation::group(g->name), g->key, text);
    m_router.toGroup(g->key, Envelope(ServerLine::msg(message)), &session);
    session.send(ServerLine::okSent(Type::SendGroup, message.id, message.time));
}

void CommandHandler::list(Session &session)
{
    QList<Session *> users = m_registry.users().values();
    std::sort(users.begin(), users.end(), byKey);
    for (const Session *user : std::as_const(users))
        session.send(ServerLine::userEntry(user->name(), user->isAway(), user->awayText()));
    session.send(ServerLine::okCount(Type::List, quint64(users.size())));
}

void CommandHandler::makeGroup(Session &session, const QString &group, const QStringList &users)
{
    if (m_registry.group(NameRules::key(group)))
        return session.send(Replies::groupExists(group));
    QList<Session *> others;
    QStringList missing;
    QSet<QString> seen{ session.key() };
    for (const QString &user : users) {
        const QString key = NameRules::key(user);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (Session *member = m_registry.user(key))
            others.append(member);
        else
            missing.append(user);
    }
    if (!missing.isEmpty())
        return session.send(Replies::noSuchUsers(missing));
    if (others.size() + 1 > m_limits.maxMembersPerGroup)
        return session.send(Replies::groupFull(group, m_limits.maxMembersPerGroup));
    for (const Session *member : QList<Session *>{ &session } + others) {
        if (member->groups().size() >= m_limits.maxGroupsPerUser)
            return session.send(Replies::tooManyGroups(member->name(), m_limits.maxGroupsPerUser));
    }
    const Group &g = m_registry.addGroup(group, session, others, m_ids.lastId());
    QStringList names;
    for (const Session *member : std::as_const(others))
        names.append(member->name());
    m_router.toGroup(g.key, Envelope(ServerLine::made(g.name, session.name(), names)));
    session.send(ServerLine::okGroup(Type::MakeGroup, g.name));
    m_log.add(LogRecord::Kind::Group,
              names.isEmpty() ? tr("%1 made the group %2").arg(session.name(), g.name)
                              : tr("%1 made the group %2 with %3")
                                        .arg(session.name(), g.name, names.join(u", ")));
}

void CommandHandler::invite(Session &session, const QString &group, const QString &user)
{
    Group *g = memberGroup(session, group);
    if (!g)
        return;
    Session *invitee = m_registry.user(NameRules::key(user));
    if (!invitee)
        return session.send(Replies::noSuchUser(user));
    if (g->members.contains(invitee))
        return session.send(Replies::alreadyMember(g->name, invitee->name()));
    if (g->members.size() >= m_limits.maxMembersPerGroup)
        return session.send(Replies::groupFull(g->name, m_limits.maxMembersPerGroup));
    if (invitee->groups().size() >= m_limits.maxGroupsPerUser)
        return session.send(Replies::tooManyGroups(invitee->name(), m_limits.maxGroupsPerUser));
    m_registry.addMember(*g, *invitee, m_ids.lastId());
    m_router.toGroup(g->key,
                     Envelope(ServerLine::invited(g->name, invitee->name(), session.name())));
    session.send(ServerLine::okInvite(g->name, invitee->name()));
    m_log.add(LogRecord::Kind::Group,
              tr("%1 added %2 to the group %3").arg(session.name(), invitee->name(), g->name));
}

void CommandHandler::leave(Session &session, const QString &group)
{
    Group *g = memberGroup(session, group);
    if (!g)
        return;
    session.send(ServerLine::okGroup(Type::Leave, g->name));
    leaveGroup(session, *g);
}

void CommandHandler::leaveGroup(Session &session, Group &group)
{
    const QString name = group.name;
    const QString key = group.key;
    const bool gone = m_registry.removeMember(group, session);
    m_log.add(LogRecord::Kind::Group, tr("%1 left the group %2").arg(session.name(), name));
    if (gone) {
        m_log.add(LogRecord::Kind::Group,
                  tr("The group %1 is gone: it has no members left").arg(name));
        return;
    }
    m_router.toGroup(key, Envelope(ServerLine::parted(name, session.name())));
}

void CommandHandler::groups(Session &session)
{
    // The map is ordered by key: by name, without regard to case.
    const QMap<QString, QString> &mine = session.groups();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const Group *g = m_registry.group(it.key());
        session.send(ServerLine::groupEntry(g->name, g->creator, quint64(g->members.size())));
    }
    session.send(ServerLine::okCount(Type::Groups, quint64(mine.size())));
}

void CommandHandler::members(Session &session, const QString &group)
{
    const Group *g = memberGroup(session, group);
    if (!g)
        return;
    QList<Session *> members = g->members.values();
    std::sort(members.begin(), members.end(), byKey);
    for (const Session *member : std::as_const(members))
        session.send(ServerLine::member(g->name, member->name()));
    session.send(ServerLine::okMembers(g->name, quint64(members.size())));
}

void CommandHandler::away(Session &session, const QString &text)
{
    m_registry.setAway(session, true, text);
    m_router.toEveryone(Envelope(ServerLine::awayNotice(session.name(), text)), &session);
    session.send(ServerLine::ok(Type::Away));
}

void CommandHandler::back(Session &session)
{
    if (session.isAway()) {
        m_registry.setAway(session, false, {});
        m_router.toEveryone(Envelope(ServerLine::back(session.name())), &session);
    }
    session.send(ServerLine::ok(Type::Back));
}

void CommandHandler::typing(Session &session, const Conversation &conversation)
{
    switch (conversation.kind) {
    case Conversation::Kind::Everyone:
        if (session.typingThrottle().admit(conversation, m_clock.elapsed()))
            m_router.toEveryone(Envelope(ServerLine::typing(conversation, session.name())),
                                &session);
        break;
    case Conversation::Kind::Direct: {
        const Session *recipient = m_registry.user(NameRules::key(conversation.name));
        if (!recipient)
            return session.send(Replies::noSuchUser(conversation.name));
        if (session.typingThrottle().admit(conversation, m_clock.elapsed()))
            m_router.toUser(recipient->key(),
                            Envelope(ServerLine::typing(Conversation::direct(recipient->name()),
                                                        session.name())));
        break;
    }
    case Conversation::Kind::Group: {
        const Group *g = memberGroup(session, conversation.name);
        if (!g)
            return;
        if (session.typingThrottle().admit(conversation, m_clock.elapsed()))
            m_router.toGroup(
                    g->key,
                    Envelope(ServerLine::typing(Conversation::group(g->name), session.name())),
                    &session);
        break;
    }
    }
    session.send(ServerLine::ok(Type::Typing));
}

void CommandHandler::history(Session &session, const Command &command)
{
    if (!m_history)
        return session.send(Replies::historyUnavailable());
    // The reply names the conversation as its owner spells it, where the server knows that.
    Conversation shown = command.conversation;
    HistoryQuery query;
    switch (command.conversation.kind) {
    case Conversation::Kind::Everyone:
        query = HistoryQuery::everyone();
        break;
    case Conversation::Kind::Direct: {
        const QString peerKey = NameRules::key(command.conversation.name);
        query = HistoryQuery::direct(session.key(), peerKey);
        if (const Session *peer = m_registry.user(peerKey))
            shown.name = peer->name();
        else if (m_history->isKnown(peerKey))
            shown.name = m_history->knownName(peerKey);
        break;
    }
    case Conversation::Kind::Group: {
        const Group *g = memberGroup(session, command.conversation.name);
        if (!g)
            return;
        // Only what was said since this member last joined, never an earlier group's.
        query = HistoryQuery::group(g->key, g->joinedAfter.value(&session, m_ids.lastId()));
        shown.name = g->name;
        break;
    }
    }
    query.before = command.before;
    query.limit = command.limit;
    const QList<ChatMessage> messages = m_history->read(query);
    for (const ChatMessage &message : messages)
        session.send(ServerLine::hist(message));
    session.send(ServerLine::okHistory(shown, quint64(messages.size())));
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

Group *CommandHandler::memberGroup(Session &session, const QString &group)
{
    Group *g = m_registry.group(NameRules::key(group));
    if (!g) {
        session.send(Replies::noSuchGroup(group));
        return nullptr;
    }
    if (!g->members.contains(&session)) {
        session.send(Replies::notAMember(g->name));
        return nullptr;
    }
    return g;
}

ChatMessage CommandHandler::accept(Session &session, const Conversation &to, const QString &toKey,
                                   const QString &text, bool held)
{
    const MessageIdSource::Stamp stamp = m_ids.next();
    ++m_messagesAccepted;
    session.countMessageIn();
    ChatMessage message{ stamp.id, stamp.time, to, session.name(), text };
    if (m_history)
        m_history->record({ message, session.key(), toKey, held });
    return message;
}

} // namespace Chinwag
