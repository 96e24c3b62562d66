// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationcommands.h"

#include "envelope.h"
#include "groupcommands.h"
#include "history.h"
#include "messageidsource.h"
#include "namerules.h"
#include "registry.h"
#include "replies.h"
#include "router.h"
#include "serverlog.h"
#include "session.h"

namespace Chinwag {

namespace {
// Wrong passwords come one per connection: one record a second at most, so that someone who
// tries many cannot flush the log.
constexpr qint64 WrongPasswordLogMSecs = 1000;
} // namespace

RegistrationCommands::RegistrationCommands(const ChatContext &context, GroupCommands &groups,
                                           const ServerPassword &password)
    : m_context(context), m_groups(groups), m_password(password)
{
    m_clock.start();
}

void RegistrationCommands::pass(Session &session, const QString &password)
{
    if (session.isRegistered() || m_password.matches(password)) {
        session.acceptPassword();
        return session.send(ServerLine::ok(Command::Type::Pass));
    }
    int held = 0;
    if (m_wrongPasswords.admit(m_clock.elapsed(), WrongPasswordLogMSecs, &held)) {
        m_context.log.add(LogRecord::Kind::Security,
                          held == 0 ? tr("%1 gave a wrong password").arg(session.endpoint())
                                    : tr("%1 gave a wrong password (and %n more wrong "
                                         "password(s) since the last record)",
                                         nullptr, held)
                                              .arg(session.endpoint()));
    }
    session.send(Replies::badPassword());
    session.close(Replies::wrongPassword(), Replies::passwordRefused());
}

void RegistrationCommands::name(Session &session, const QString &name)
{
    // Before NAME_TAKEN: who is online is none of a stranger's business.
    if (!session.isRegistered() && m_password.isSet() && !session.isPasswordAccepted())
        return session.send(Replies::passwordRequired());
    Registry &registry = m_context.registry;
    const User *holder = registry.user(NameRules::key(name));
    if (holder && holder != session.user())
        return session.send(Replies::nameTaken(name));
    if (!session.isRegistered()) {
        registry.registerSession(session, name, false, m_context.ids.lastId());
        session.send(ServerLine::okName(name));
        welcome(session);
        m_context.router.toEveryone(Envelope(ServerLine::joined(name)), &session);
        m_context.log.add(LogRecord::Kind::Register,
                          tr("%1 registered as %2").arg(session.endpoint(), name));
        return;
    }
    User &user = *session.user();
    const QString oldName = user.name();
    if (name == oldName)
        return session.send(ServerLine::okName(name));
    registry.renameUser(user, name);
    m_context.router.toEveryone(Envelope(ServerLine::renamed(oldName, name)), &session);
    m_context.log.add(LogRecord::Kind::Rename, tr("%1 is now called %2").arg(oldName, name));
    session.send(ServerLine::okName(name));
    welcome(session);
}

void RegistrationCommands::welcome(Session &session)
{
    History *history = m_context.history;
    if (!history)
        return;
    history->remember(session.key(), session.name());
    const QList<ChatMessage> held = history->takeHeld(session.key());
    if (held.isEmpty())
        return;
    for (const ChatMessage &message : held)
        session.deliver(Envelope(ServerLine::msg(message)));
    m_context.log.add(LogRecord::Kind::Register,
                      tr("%n held message(s) delivered to %1", nullptr, int(held.size()))
                              .arg(session.name()));
}

void RegistrationCommands::depart(Session &session, const QString &why)
{
    User *user = session.user();
    if (!user)
        return;
    Registry &registry = m_context.registry;
    if (user->sessions().size() == 1) {
        const QStringList groupKeys = registry.groupsOf(user->key()).keys();
        for (const QString &key : groupKeys)
            m_groups.leaveGroup(*user, *registry.group(key));
    }
    const std::unique_ptr<User> gone = registry.unregisterSession(session);
    if (gone)
        m_context.router.toEveryone(Envelope(ServerLine::left(gone->name(), why)));
}

} // namespace Chinwag
