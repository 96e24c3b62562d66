// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectsettings.h"
#include "passwordstore.h"

#include <QHash>
#include <QObject>
#include <QList>

class QSettings;

namespace Chinwag {

// The passwords the user asked to remember, in a PasswordStore (the keychain) and never in the
// settings file: the server's password per server, the account's per server and account. A
// clear-text server password that an older version left in the settings file is moved to the
// store once (migrate()) and removed from the file whether or not the store can keep it.
class SavedPasswords : public QObject
{
    Q_OBJECT

public:
    SavedPasswords(PasswordStore *store, QSettings *settings, QObject *parent = nullptr);

    static QString serverKey(const QString &host, quint16 port);
    static QString accountKey(const QString &host, quint16 port, const QString &name);

    // False once the store said that there is no keychain: nothing is remembered then.
    bool isAvailable() const { return m_available; }

    // Moves the clear-text password of an older version out of the settings file.
    void migrate();
    // Looks up the passwords remembered for the settings' server and account; filled() brings
    // the settings with them, a password already given staying as it is. A later fill()
    // replaces one still under way.
    void fill(const ConnectSettings &settings);
    // After a sign-in: keeps the passwords if the user asked for it, else forgets them.
    void keep(const ConnectSettings &settings);
    // Forgets the account's password: the user signed out, or the account is deleted.
    void forgetAccount(const ConnectSettings &settings);

Q_SIGNALS:
    void filled(const Chinwag::ConnectSettings &settings);
    // The store said that there is no keychain: from now on nothing is remembered.
    void keychainUnavailable();
    // keep() was asked to remember a password, and there is no keychain to keep it in.
    void notKept();

private:
    void write(const QString &key, const QString &password);
    void handleRead(const QString &key, PasswordStore::Outcome outcome, const QString &password);
    void handleWritten(PasswordStore::Outcome outcome);
    void noteOutcome(PasswordStore::Outcome outcome);
    void finishFill();

    struct Read
    {
        int fill; // which fill() asked
        QString key;
    };

    PasswordStore *m_store;
    QSettings *m_settings;
    bool m_available = true;
    // The migrated password, for this run even when the store cannot keep it; by key.
    QHash<QString, QString> m_migrated;
    // What the store holds, as far as this run wrote or read it; by key.
    QHash<QString, QString> m_kept;
    QList<Read> m_reads; // the reads not yet answered
    int m_fill = 0;
    int m_fillPending = 0;
    ConnectSettings m_filling;
};

} // namespace Chinwag
