// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocollimits.h"

#include <QString>

class QSettings;

namespace Chinwag {

// Where to connect and as whom: what the connect dialog asks for, the command line gives and
// QSettings remembers. The password is remembered only when the user asks for it.
struct ConnectSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = Protocol::DefaultPort;
    QString name;
    bool tls = false;
    // The server's password (PASS), if it has one; sent before NAME.
    QString password;
    bool rememberPassword = false;

    bool isComplete() const { return !host.isEmpty() && port != 0 && !name.isEmpty(); }
    bool isSameServer(const ConnectSettings &other) const
    {
        return host == other.host && port == other.port && tls == other.tls;
    }

    // The last values used, or the defaults.
    static ConnectSettings load(const QSettings &settings);
    // The password only if rememberPassword is set; else one remembered before is forgotten.
    void save(QSettings &settings) const;

    friend bool operator==(const ConnectSettings &a, const ConnectSettings &b)
    {
        return a.host == b.host && a.port == b.port && a.name == b.name && a.tls == b.tls
                && a.password == b.password && a.rememberPassword == b.rememberPassword;
    }
    friend bool operator!=(const ConnectSettings &a, const ConnectSettings &b) { return !(a == b); }
};

} // namespace Chinwag
