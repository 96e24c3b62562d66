// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakepasswordstore.h"

#include <QTimer>

using Outcome = Chinwag::PasswordStore::Outcome;

Outcome FakePasswordStore::outcome(bool found) const
{
    if (!m_available)
        return Outcome::Unavailable;
    return found ? Outcome::Done : Outcome::NotFound;
}

void FakePasswordStore::read(const QString &key)
{
    const Outcome result = outcome(m_entries.contains(key));
    const QString password = result == Outcome::Done ? m_entries.value(key) : QString();
    QTimer::singleShot(
            0, this, [this, key, result, password] { Q_EMIT readFinished(key, result, password); });
}

void FakePasswordStore::write(const QString &key, const QString &password)
{
    ++m_writes;
    if (m_available)
        m_entries.insert(key, password);
    const Outcome result = outcome(true);
    QTimer::singleShot(0, this, [this, key, result] { Q_EMIT writeFinished(key, result); });
}

void FakePasswordStore::remove(const QString &key)
{
    const Outcome result = outcome(m_entries.remove(key) > 0);
    QTimer::singleShot(0, this, [this, key, result] { Q_EMIT removeFinished(key, result); });
}
