// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QByteArray>
#include <QObject>

#include <cstdio>

namespace Chinwag {

class ServerLog;

// Prints the server's log as headless mode shows it, one line per record with its local time,
// "2026-11-25 12:00:00.123 My server has started on 127.0.0.1:7000", flushed at once so that a
// pipe or a journal sees each line as it happens.
class ConsoleLog : public QObject
{
    Q_OBJECT

public:
    ConsoleLog(ServerLog &log, FILE *stream, QObject *parent = nullptr);

    static QByteArray format(const LogRecord &record);

private:
    void print(const LogRecord &record);

    FILE *m_stream;
};

} // namespace Chinwag
