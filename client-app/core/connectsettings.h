// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocollimits.h"

#include <QString>

class QSettings;

namespace Chinwag {

// Where to connect and as whom: what the connect dialog asks for, the command line gives and
// QSettings remembers. Passwords are never written to the settings file: SavedPasswords keeps
// them in the desktop's keychain when the user asks for it.
struct ConnectSettings
{
    // How the client registers: NAME, SIGNIN or SIGNUP.
    enum class Registration { Guest, SignIn, SignUp };

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = Protocol::DefaultPort;
    QString name;
    bool tls = false;
    Registration registration = Registration::Guest;
    // The account's password, for SIGNIN and SIGNUP.
    QString accountPassword;
    // The server's password (PASS), if it has one; sent before registering.
    QString serverPassword;
    // Keep the passwords in the keychain for next time.
    bool rememberPassword = false;

    bool isAccount() const { return registration != Registration::Guest; }
    // Enough to connect: a server, a name, and for an account its password.
    bool isComplete() const
    {
        return !host.isEmpty() && port != 0 && !name.isEmpty()
                && (!isAccount() || !accountPassword.isEmpty());
    }
    bool isSameServer(const ConnectSettings &other) const
    {
        return host == other.host && port == other.port && tls == other.tls;
    }

    // The last values used, or the defaults; without passwords.
    static ConnectSettings load(const QSettings &settings);
    // Everything but the passwords. A new account is remembered as one to sign in to.
    void save(QSettings &settings) const;

    friend bool operator==(const ConnectSettings &a, const ConnectSettings &b)
    {
        return a.host == b.host && a.port == b.port && a.name == b.name && a.tls == b.tls
                && a.registration == b.registration && a.accountPassword == b.accountPassword
                && a.serverPassword == b.serverPassword && a.rememberPassword == b.rememberPassword;
    }
    friend bool operator!=(const ConnectSettings &a, const ConnectSettings &b) { return !(a == b); }
};

} // namespace Chinwag
