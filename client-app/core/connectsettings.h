// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocollimits.h"

#include <QString>

class QSettings;

namespace Chinwag {

// Where to connect and as whom: what the connect dialog asks for, the command line gives and
// QSettings remembers. A value, so that later options (TLS, a password) travel with the rest.
struct ConnectSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = Protocol::DefaultPort;
    QString name;

    bool isComplete() const { return !host.isEmpty() && port != 0 && !name.isEmpty(); }

    // The last values used, or the defaults.
    static ConnectSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const ConnectSettings &a, const ConnectSettings &b)
    {
        return a.host == b.host && a.port == b.port && a.name == b.name;
    }
    friend bool operator!=(const ConnectSettings &a, const ConnectSettings &b) { return !(a == b); }
};

} // namespace Chinwag
