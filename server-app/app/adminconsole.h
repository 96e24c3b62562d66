// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineframer.h"

#include <QCoreApplication>
#include <QObject>
#include <QSocketNotifier>

#include <cstdio>

namespace Chinwag {

class ChatServer;

// The operator's commands typed on a headless server's console (its standard input), one a line:
// `accounts` lists the accounts, `lock <name>`, `unlock <name>` and `delete <name>` act on one,
// `help` lists these. Answers go to `out`; what the commands do is in the log as well. Reading
// is driven by the event loop and never waits; at the end of the input (/dev/null, a closed
// pipe) the console stops listening.
class AdminConsole : public QObject
{
    Q_OBJECT

public:
    AdminConsole(ChatServer &server, int inputFd, FILE *out, QObject *parent = nullptr);

    // One command, as if typed.
    void execute(const QString &line);

private:
    void readInput();
    void print(const QString &text);

    ChatServer &m_server;
    const int m_fd;
    FILE *m_out;
    QSocketNotifier m_notifier;
    LineFramer m_framer;
};

} // namespace Chinwag
