// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <passwordstore.h>

#include <QHash>

// A stand-in for the keychain: passwords in memory, answered from the event loop as the real one
// answers, in order. Without a keychain (setAvailable(false)) it keeps nothing and answers
// Unavailable, as on a desktop where no Secret Service runs.
class FakePasswordStore : public Chinwag::PasswordStore
{
    Q_OBJECT

public:
    using PasswordStore::PasswordStore;

    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QString> entries() const { return m_entries; }
    void setEntry(const QString &key, const QString &password) { m_entries.insert(key, password); }
    // How many writes were asked for.
    int writes() const { return m_writes; }

    void read(const QString &key) override;
    void write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;

private:
    Outcome outcome(bool found) const;

    bool m_available = true;
    int m_writes = 0;
    QHash<QString, QString> m_entries;
};
