// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcommands.h"

#include "groupcommands.h"
#include "messageidsource.h"
#include "namerules.h"
#include "passwordhasher.h"
#include "registrationcommands.h"
#include "registry.h"
#include "replies.h"
#include "serverlog.h"
#include "session.h"
#include "signinthrottle.h"
#include "store.h"

#include <QDateTime>

namespace Chinwag {

using Type = Command::Type;

AccountCommands::AccountCommands(const ChatContext &context, RegistrationCommands &registration,
                                 GroupCommands &groups)
    : m_context(context), m_registration(registration), m_groups(groups)
{
    m_clock.start();
}

bool AccountCommands::mayTry(Session &session, const QString &accountKey)
{
    const auto verdict =
            m_context.throttle.check(session.peerAddress().toString(), accountKey, now());
    if (verdict.waitMSecs == 0)
        return true;
    session.send(verdict.lockedOut ? Replies::lockedOut(verdict.waitMSecs)
                                   : Replies::throttled(verdict.waitMSecs));
    return false;
}

void AccountCommands::wrongPassword(Session &session, const QString &accountName)
{
    const QString key = NameRules::key(accountName);
    const bool lockedOut = m_context.throttle.failed(session.peerAddress().toString(), key, now());
    m_context.log.add(
            LogRecord::Kind::Security,
            tr("%1 gave a wrong password for the account %2").arg(session.endpoint(), accountName));
    if (lockedOut)
        m_context.log.add(LogRecord::Kind::Security,
                          tr("Sign-in to %1 or from %2 is locked out for %n minute(s) after "
                             "repeated wrong passwords",
                             nullptr, int(m_context.throttle.policy().lockoutMSecs / 60'000))
                                  .arg(accountName, session.peerAddress().toString()));
    session.send(Replies::accountPasswordWrong());
}

void AccountCommands::signUp(Session &session, const QString &name, const QString &password)
{
    Store *store = m_context.store;
    if (!store)
        return session.send(Replies::noAccounts());
    if (session.isRegistered())
        return session.send(Replies::alreadyRegistered());
    if (!m_registration.mayRegister(session))
        return;
    const QString key = NameRules::key(name);
    const auto refusal = [this, store, key, name]() -> std::optional<ServerLine> {
        if (m_context.registry.user(key))
            return Replies::nameTaken(name);
        if (store->account(key))
            return Replies::nameOwned(name);
        return std::nullopt;
    };
    if (const auto refused = refusal())
        return session.send(*refused);
    QPointer<Session> waiting(&session);
    const bool queued = m_context.hasher.hash(
            password, [this, store, waiting, key, name, refusal](const QByteArray &hash) {
                if (!waiting || waiting->state() != Session::State::Connected)
                    return;
                Session &session = *waiting;
                if (hash.isEmpty())
                    session.send(Replies::busy());
                else if (const auto refused = refusal())
                    session.send(*refused);
                else {
                    const qint64 time = QDateTime::currentMSecsSinceEpoch();
                    const Account account{ key,  name, hash, time, time, m_context.ids.lastId(),
                                           false };
                    store->saveAccount(account);
                    m_context.log.add(LogRecord::Kind::Register,
                                      tr("%1 made the account %2").arg(session.endpoint(), name));
                    m_registration.signedIn(session, account, Type::SignUp);
                }
                session.resume();
            });
    if (!queued)
        return session.send(Replies::busy());
    session.suspend();
}

void AccountCommands::signIn(Session &session, const QString &name, const QString &password)
{
    Store *store = m_context.store;
    if (!store)
        return session.send(Replies::noAccounts());
    if (session.isRegistered())
        return session.send(Replies::alreadyRegistered());
    if (!m_registration.mayRegister(session))
        return;
    const QString key = NameRules::key(name);
    if (!mayTry(session, key))
        return;
    const Account *account = store->account(key);
    if (!account) {
        // Counted like a wrong password, so that guessing names costs as much as passwords.
        m_context.throttle.failed(session.peerAddress().toString(), key, now());
        return session.send(Replies::noSuchAccount(name));
    }
    const auto refusal = [this, store, key]() -> std::optional<ServerLine> {
        const Account *account = store->account(key);
        if (!account)
            return Replies::noSuchAccount(key);
        if (account->locked)
            return Replies::accountLocked(account->name);
        const User *online = m_context.registry.user(key);
        if (online && int(online->sessions().size()) >= m_context.limits.maxSessionsPerAccount)
            return Replies::tooManySessions(m_context.limits.maxSessionsPerAccount);
        return std::nullopt;
    };
    if (const auto refused = refusal())
        return session.send(*refused);
    QPointer<Session> waiting(&session);
    const QByteArray hash = account->passwordHash;
    const QString accountName = account->name;
    const bool queued = m_context.hasher.verify(
            hash, password, [this, store, waiting, key, hash, accountName, refusal](bool matches) {
                if (!waiting || waiting->state() != Session::State::Connected)
                    return;
                Session &session = *waiting;
                const Account *account = store->account(key);
                // A password changed meanwhile makes the old one wrong.
                if (!matches || (account && account->passwordHash != hash))
                    wrongPassword(session, accountName);
                else if (const auto refused = refusal())
                    session.send(*refused);
                else {
                    m_context.throttle.succeeded(session.peerAddress().toString(), key);
                    m_registration.signedIn(session, *account, Type::SignIn);
                }
                session.resume();
            });
    if (!queued)
        return session.send(Replies::busy());
    session.suspend();
}

void AccountCommands::claim(Session &session, const QString &password)
{
    Store *store = m_context.store;
    if (!store)
        return session.send(Replies::noAccounts());
    if (session.user()->isAccount())
        return session.send(Replies::alreadySignedIn(session.name()));
    QPointer<Session> waiting(&session);
    const bool queued =
            m_context.hasher.hash(password, [this, store, waiting](const QByteArray &hash) {
                if (!waiting || !waiting->isRegistered())
                    return;
                Session &session = *waiting;
                User &user = *session.user();
                if (hash.isEmpty()) {
                    session.send(Replies::busy());
                } else if (user.isAccount() || store->account(user.key())) {
                    session.send(Replies::alreadySignedIn(user.name()));
                } else {
                    const qint64 time = QDateTime::currentMSecsSinceEpoch();
                    // What reached the guest since it registered stays its own.
                    store->saveAccount({ user.key(), user.name(), hash, time, time,
                                         user.historyAfter(), false });
                    m_context.registry.makeAccount(user, user.historyAfter());
                    const QStringList groupKeys = m_context.registry.groupsOf(user.key()).keys();
                    for (const QString &groupKey : groupKeys)
                        m_groups.persist(*m_context.registry.group(groupKey));
                    session.send(ServerLine::okAccount(Type::Claim, user.name()));
                    m_context.log.add(LogRecord::Kind::Register,
                                      tr("%1 made the name %2 an account")
                                              .arg(session.endpoint(), user.name()));
                }
                session.resume();
            });
    if (!queued)
        return session.send(Replies::busy());
    session.suspend();
}

void AccountCommands::changePassword(Session &session, const QString &oldPassword,
                                     const QString &newPassword)
{
    Store *store = m_context.store;
    const Account *account = store ? store->account(session.key()) : nullptr;
    if (!session.user()->isAccount() || !account)
        return session.send(Replies::notSignedIn());
    if (!mayTry(session, account->key))
        return;
    QPointer<Session> waiting(&session);
    const QString key = account->key;
    const QByteArray oldHash = account->passwordHash;
    const bool queued = m_context.hasher.change(
            oldHash, oldPassword, newPassword,
            [this, store, waiting, key, oldHash](bool matches, const QByteArray &hash) {
                if (!waiting || !waiting->isRegistered())
                    return;
                Session &session = *waiting;
                const Account *account = store->account(key);
                if (!account)
                    session.send(Replies::notSignedIn());
                else if (!matches || account->passwordHash != oldHash)
                    wrongPassword(session, account->name);
                else if (hash.isEmpty())
                    session.send(Replies::busy());
                else {
                    Account changed = *account;
                    changed.passwordHash = hash;
                    store->saveAccount(changed);
                    m_context.throttle.succeeded(session.peerAddress().toString(), key);
                    session.send(ServerLine::ok(Type::Password));
                    m_context.log.add(LogRecord::Kind::Security,
                                      tr("%1 changed the password of the account %2")
                                              .arg(session.endpoint(), changed.name));
                }
                session.resume();
            });
    if (!queued)
        return session.send(Replies::busy());
    session.suspend();
}

void AccountCommands::deleteAccount(Session &session, const QString &password)
{
    Store *store = m_context.store;
    const Account *account = store ? store->account(session.key()) : nullptr;
    if (!session.user()->isAccount() || !account)
        return session.send(Replies::notSignedIn());
    if (!mayTry(session, account->key))
        return;
    QPointer<Session> waiting(&session);
    const QString key = account->key;
    const bool queued = m_context.hasher.verify(
            account->passwordHash, password, [this, store, waiting, key](bool matches) {
                if (!waiting || !waiting->isRegistered())
                    return;
                Session &session = *waiting;
                const Account *account = store->account(key);
                if (!account) {
                    session.send(Replies::notSignedIn());
                    return session.resume();
                }
                if (!matches) {
                    wrongPassword(session, account->name);
                    return session.resume();
                }
                session.send(ServerLine::ok(Type::DeleteAccount));
                m_context.log.add(
                        LogRecord::Kind::Register,
                        tr("%1 deleted the account %2").arg(session.endpoint(), account->name));
                session.resume();
                removeAccount(key, Replies::accountDeleted(), Replies::accountGone());
            });
    if (!queued)
        return session.send(Replies::busy());
    session.suspend();
}

bool AccountCommands::setLocked(const QString &accountKey, bool locked)
{
    Store *store = m_context.store;
    const Account *account = store ? store->account(accountKey) : nullptr;
    if (!account)
        return false;
    Account changed = *account;
    changed.locked = locked;
    store->saveAccount(changed);
    m_context.log.add(LogRecord::Kind::Security,
                      locked ? tr("The operator locked the account %1").arg(changed.name)
                             : tr("The operator unlocked the account %1").arg(changed.name));
    if (locked) {
        if (const User *user = m_context.registry.user(accountKey)) {
            const std::vector<Session *> sessions = user->sessions();
            for (Session *session : sessions)
                session->close(Replies::accountLockedOut(), Replies::accountLockedReason());
        }
    }
    return true;
}

bool AccountCommands::remove(const QString &accountKey)
{
    Store *store = m_context.store;
    const Account *account = store ? store->account(accountKey) : nullptr;
    if (!account)
        return false;
    m_context.log.add(LogRecord::Kind::Register,
                      tr("The operator deleted the account %1").arg(account->name));
    removeAccount(accountKey, Replies::accountDeleted(), Replies::accountGone());
    return true;
}

void AccountCommands::removeAccount(const QString &accountKey, const ServerLine &bye,
                                    const QString &why)
{
    Registry &registry = m_context.registry;
    const QString name = m_context.store->account(accountKey)->name;
    const QStringList groupKeys = registry.groupsOf(accountKey).keys();
    for (const QString &groupKey : groupKeys)
        m_groups.leaveGroup(accountKey, name, *registry.group(groupKey));
    m_context.store->deleteAccount(accountKey);
    if (User *user = registry.user(accountKey)) {
        const std::vector<Session *> sessions = user->sessions();
        for (Session *session : sessions)
            session->close(bye, why);
    }
}

} // namespace Chinwag
