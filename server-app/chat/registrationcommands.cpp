// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationcommands.h"

#include "envelope.h"
#include "groupcommands.h"
#include "messageidsource.h"
#include "namerules.h"
#include "registry.h"
#include "replies.h"
#include "router.h"
#include "serverlog.h"
#include "session.h"
#include "store.h"

#include <QDateTime>

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

bool RegistrationCommands::mayRegister(Session &session)
{
    if (session.isRegistered() || !m_password.isSet() || session.isPasswordAccepted())
        return true;
    session.send(Replies::passwordRequired());
    return false;
}

void RegistrationCommands::name(Session &session, const QString &name)
{
    // Before NAME_TAKEN: who is online is none of a stranger's business.
    if (!mayRegister(session))
        return;
    Registry &registry = m_context.registry;
    const QString key = NameRules::key(name);
    User *user = session.user();
    if (user && user->isAccount()) {
        if (key != user->key())
            return session.send(Replies::accountNameFixed(user->name()));
        return session.send(ServerLine::okName(user->name()));
    }
    if (!user && m_context.accountsRequired)
        return session.send(Replies::accountsRequired());
    const User *holder = registry.user(key);
    if (holder && holder != user)
        return session.send(Replies::nameTaken(name));
    if (m_context.store && m_context.store->account(key))
        return session.send(Replies::nameOwned(name));
    if (!user) {
        registry.registerSession(session, name, false, m_context.ids.lastId());
        session.send(ServerLine::okName(name));
        m_context.router.toEveryone(Envelope(ServerLine::joined(name)), &session);
        m_context.log.add(LogRecord::Kind::Register,
                          tr("%1 registered as %2").arg(session.endpoint(), name));
        return;
    }
    const QString oldName = user->name();
    if (name == oldName)
        return session.send(ServerLine::okName(name));
    registry.renameUser(*user, name);
    m_context.router.toEveryone(Envelope(ServerLine::renamed(oldName, name)), &session);
    m_context.log.add(LogRecord::Kind::Rename, tr("%1 is now called %2").arg(oldName, name));
    session.send(ServerLine::okName(name));
}

void RegistrationCommands::signedIn(Session &session, const Account &account, Command::Type command)
{
    User &user =
            m_context.registry.registerSession(session, account.name, true, account.historyAfter);
    session.send(ServerLine::okAccount(command, account.name));
    const bool first = user.sessions().size() == 1;
    if (first)
        m_context.router.toEveryone(Envelope(ServerLine::joined(account.name)), &session);
    m_context.log.add(LogRecord::Kind::Register,
                      first ? tr("%1 signed in as %2").arg(session.endpoint(), account.name)
                            : tr("%1 signed in as %2 (%3 connections)")
                                      .arg(session.endpoint(), account.name)
                                      .arg(user.sessions().size()));
    touch(account.key);
    deliverHeld(user);
}

void RegistrationCommands::deliverHeld(User &user)
{
    Store *store = m_context.store;
    if (!store || !user.isAccount())
        return;
    const QList<ChatMessage> held = store->takeHeld(user.key());
    if (held.isEmpty())
        return;
    for (const ChatMessage &message : held) {
        const Envelope envelope(ServerLine::msg(message));
        for (Session *session : user.sessions())
            session->deliver(envelope);
    }
    m_context.log.add(
            LogRecord::Kind::Register,
            tr("%n held message(s) delivered to %1", nullptr, int(held.size())).arg(user.name()));
}

void RegistrationCommands::touch(const QString &accountKey)
{
    if (!m_context.store)
        return;
    if (const Account *account = m_context.store->account(accountKey)) {
        Account seen = *account;
        seen.lastSeenMSecs = QDateTime::currentMSecsSinceEpoch();
        m_context.store->saveAccount(seen);
    }
}

void RegistrationCommands::depart(Session &session, const QString &why)
{
    User *user = session.user();
    if (!user)
        return;
    Registry &registry = m_context.registry;
    const bool last = user->sessions().size() == 1;
    // An account stays in its groups while it is away; a guest's membership ends here.
    if (last && !user->isAccount()) {
        const QStringList groupKeys = registry.groupsOf(user->key()).keys();
        for (const QString &key : groupKeys)
            m_groups.leaveGroup(user->key(), user->name(), *registry.group(key));
    }
    if (last && user->isAccount())
        touch(user->key());
    const std::unique_ptr<User> gone = registry.unregisterSession(session);
    if (gone)
        m_context.router.toEveryone(Envelope(ServerLine::left(gone->name(), why)));
}

} // namespace Chinwag
