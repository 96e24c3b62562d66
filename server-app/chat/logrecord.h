// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Chinwag {

// One line of the server's log, as the monitor's event log shows it and headless mode prints it.
struct LogRecord
{
    enum class Kind {
        Server,
        Connect,
        Disconnect,
        Register,
        Rename,
        Group,
        Kick,
        Notice,
        Error,
        Security, // a client broke a limit or a rule: flooding, timeouts, bad bytes, …
    };

    QDateTime time; // local time
    Kind kind = Kind::Server;
    QString text; // translated
};

} // namespace Chinwag
