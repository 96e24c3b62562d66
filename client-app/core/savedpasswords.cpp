// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedpasswords.h"

#include <namerules.h>

#include <QSettings>

#include <algorithm>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Outcome = PasswordStore::Outcome;

namespace {
// Where versions before the keychain kept the server's password, in clear text.
const QString LegacyPasswordKey = u"connection/password"_s;
} // namespace

SavedPasswords::SavedPasswords(PasswordStore *store, QSettings *settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings)
{
    connect(store, &PasswordStore::readFinished, this, &SavedPasswords::handleRead);
    connect(store, &PasswordStore::writeFinished, this,
            [this](const QString &, Outcome outcome) { handleWritten(outcome); });
    connect(store, &PasswordStore::removeFinished, this, [this](const QString &, Outcome outcome) {
        if (outcome == Outcome::Unavailable)
            noteOutcome(outcome);
    });
}

QString SavedPasswords::serverKey(const QString &host, quint16 port)
{
    return u"server %1 %2"_s.arg(host).arg(port);
}

QString SavedPasswords::accountKey(const QString &host, quint16 port, const QString &name)
{
    return u"account %1 %2 %3"_s.arg(host).arg(port).arg(NameRules::key(name));
}

void SavedPasswords::migrate()
{
    if (!m_settings || !m_settings->contains(LegacyPasswordKey))
        return;
    const QString password = m_settings->value(LegacyPasswordKey).toString();
    const ConnectSettings remembered = ConnectSettings::load(*m_settings);
    m_settings->remove(LegacyPasswordKey);
    m_settings->setValue(u"connection/rememberPassword"_s, !password.isEmpty());
    m_settings->sync();
    if (password.isEmpty())
        return;
    const QString key = serverKey(remembered.host, remembered.port);
    m_migrated.insert(key, password);
    m_store->write(key, password);
}

void SavedPasswords::fill(const ConnectSettings &settings)
{
    ++m_fill;
    m_filling = settings;
    m_fillPending = 0;
    const QString server = serverKey(settings.host, settings.port);
    if (settings.serverPassword.isEmpty()) {
        if (m_migrated.contains(server)) {
            m_filling.serverPassword = m_migrated.value(server);
        } else {
            m_reads.append({ m_fill, server });
            ++m_fillPending;
            m_store->read(server);
        }
    }
    if (settings.isAccount() && settings.accountPassword.isEmpty() && !settings.name.isEmpty()) {
        const QString account = accountKey(settings.host, settings.port, settings.name);
        m_reads.append({ m_fill, account });
        ++m_fillPending;
        m_store->read(account);
    }
    if (m_fillPending == 0)
        finishFill();
}

void SavedPasswords::keep(const ConnectSettings &settings)
{
    const QString server = serverKey(settings.host, settings.port);
    const QString account = accountKey(settings.host, settings.port, settings.name);
    if (!settings.rememberPassword) {
        m_migrated.remove(server);
        m_kept.remove(server);
        m_store->remove(server);
        if (settings.isAccount()) {
            m_kept.remove(account);
            m_store->remove(account);
        }
        return;
    }
    const bool wanted = !settings.serverPassword.isEmpty()
            || (settings.isAccount() && !settings.accountPassword.isEmpty());
    if (!m_available) {
        if (wanted)
            Q_EMIT notKept();
        return;
    }
    if (settings.serverPassword.isEmpty())
        m_store->remove(server);
    else
        write(server, settings.serverPassword);
    if (settings.isAccount() && !settings.accountPassword.isEmpty())
        write(account, settings.accountPassword);
}

void SavedPasswords::write(const QString &key, const QString &password)
{
    // Every reconnect signs in again: the keychain is written only when something changed.
    if (m_kept.value(key) == password)
        return;
    m_kept.insert(key, password);
    m_store->write(key, password);
}

void SavedPasswords::forgetAccount(const ConnectSettings &settings)
{
    const QString key = accountKey(settings.host, settings.port, settings.name);
    m_kept.remove(key);
    m_store->remove(key);
}

void SavedPasswords::handleRead(const QString &key, Outcome outcome, const QString &password)
{
    const auto asked = std::find_if(m_reads.begin(), m_reads.end(),
                                    [&key](const Read &read) { return read.key == key; });
    if (asked == m_reads.end())
        return;
    const Read read = *asked;
    m_reads.erase(asked);
    noteOutcome(outcome);
    if (read.fill != m_fill)
        return;
    if (outcome == Outcome::Done) {
        if (key.startsWith(u"server "_s))
            m_filling.serverPassword = password;
        else
            m_filling.accountPassword = password;
        m_kept.insert(key, password);
        m_filling.rememberPassword = true;
    }
    if (--m_fillPending == 0)
        finishFill();
}

void SavedPasswords::handleWritten(Outcome outcome)
{
    const bool wasAvailable = m_available;
    noteOutcome(outcome);
    if (outcome == Outcome::Unavailable && wasAvailable)
        Q_EMIT notKept();
}

void SavedPasswords::noteOutcome(Outcome outcome)
{
    const bool available = outcome != Outcome::Unavailable;
    // Once there was no keychain, a later answer that happens to work changes nothing: the
    // user has been told that passwords are not remembered.
    if (available || !m_available)
        return;
    m_available = false;
    Q_EMIT keychainUnavailable();
}

void SavedPasswords::finishFill()
{
    Q_EMIT filled(m_filling);
}

} // namespace Chinwag
