// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircdialect.h"

#include <algorithm>
#include <cstring>

namespace Chinwag {

namespace {

const QByteArray Channel = "#bench";

// The next space-separated field of an IRC line, moving `line` past it.
QByteArrayView nextField(QByteArrayView &line)
{
    const auto *space =
            static_cast<const char *>(std::memchr(line.data(), ' ', size_t(line.size())));
    if (!space) {
        const QByteArrayView field = line;
        line = {};
        return field;
    }
    const QByteArrayView field(line.data(), space - line.data());
    line = line.sliced(field.size() + 1);
    return field;
}

bool isNumeric(QByteArrayView command)
{
    return command.size() == 3 && std::all_of(command.begin(), command.end(), [](char c) {
               return c >= '0' && c <= '9';
           });
}

} // namespace

QByteArray IrcDialect::onConnected(int client) const
{
    const QByteArray nick = clientName(client);
    return "NICK " + nick + "\r\nUSER " + nick + " 0 * :" + nick + "\r\n";
}

QByteArrayList IrcDialect::groupSetup(int, int) const
{
    return { "JOIN " + Channel + "\r\n" };
}

Dialect::Reading IrcDialect::read(QByteArrayView line)
{
    QByteArrayView rest = line;
    if (rest.startsWith(':'))
        nextField(rest); // the prefix: who sent it
    const QByteArrayView command = nextField(rest);
    if (command == "PRIVMSG") {
        nextField(rest); // the target
        if (!rest.startsWith(':'))
            return { Event::Refused, line, {} };
        return { Event::Delivery, rest.sliced(1), {} };
    }
    if (command == "JOIN")
        return { Event::Membership, {}, {} };
    if (command == "PING")
        return { Event::Ping, {}, "PONG " + rest.toByteArray() + "\r\n" };
    if (command == "ERROR")
        return { Event::Closed, line, {} };
    if (isNumeric(command)) {
        if (command == "001")
            return { Event::Registered, {}, {} };
        if (command == "366")
            return { Event::SetupDone, {}, {} };
        // 4xx and 5xx are errors, but for a missing message of the day.
        if ((command[0] == '4' || command[0] == '5') && command != "422")
            return { Event::Refused, line, {} };
    }
    return {};
}

QByteArray IrcDialect::message(QByteArrayView text) const
{
    return "PRIVMSG " + Channel + " :" + text.toByteArray() + "\r\n";
}

quint64 IrcDialect::membershipLines(int clients) const
{
    // Each JOIN reaches the channel's members, the joiner included.
    return quint64(clients) * quint64(clients + 1) / 2;
}

} // namespace Chinwag
