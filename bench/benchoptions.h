// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>

namespace Chinwag {

// What one run of chinwag-bench does, from its command line (`chinwag-bench --help`).
struct BenchOptions
{
    QByteArray dialect = "chinwag"; // or "irc"
    QByteArray host = "127.0.0.1";
    quint16 port = 0; // 0: the dialect's usual port
    int clients = 100;
    int senders = 10; // 0: register the clients, measure that, and stop
    qsizetype bytes = 50; // of each message's text
    bool group = true; // Chinwag: SENDGROUP to a group of all clients, else MSGALL
    double rate = 0; // messages per second from all senders together; 0: as fast as they can
    quint32 window = 32; // messages a sender may have on their way to some recipient
    double warmupSeconds = 1;
    double durationSeconds = 5;
    double drainSeconds = 10;
    double setupSeconds = 300;
    int connectWindow = 8; // clients connecting at one time, until the server greets them
    // Every client connects at once, as clients do after a server restart: the listen backlog
    // and the accept path are measured, not the server's pace of greeting.
    bool unpaced = false;
    // Latency ends when the kernel received the line (SO_TIMESTAMPNS), not when the bench got
    // round to reading it among all its clients.
    bool arrivalStamps = true;
    qint64 serverPid = 0; // for the server's memory and CPU time, from /proc
    QString label; // copied to the RESULT line, to tell runs apart
    bool accounts = false; // Chinwag: each client makes an account (SIGNUP) instead of NAME
    QByteArray namePrefix = "b"; // of the clients' names

    // The options, or what is wrong with the command line; --help and --version exit.
    static std::variant<BenchOptions, QString> parse(const QStringList &arguments);
};

} // namespace Chinwag
