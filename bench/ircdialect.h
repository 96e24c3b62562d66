// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace Chinwag {

// Just enough IRC (RFC 2812) to measure an IRC server with the same run: NICK and USER, JOIN
// #bench once welcomed, registered on the end of the channel's NAMES list (366), PRIVMSG #bench
// for every message, PONG for every PING.
class IrcDialect : public Dialect
{
public:
    QByteArray name() const override { return "irc"; }
    QByteArray onConnected(int client) const override;
    QByteArray onGreeted(int client) const override;
    Reading read(QByteArrayView line) override;
    QByteArray message(QByteArrayView text) const override;
    bool acknowledgesMessages() const override { return false; }
    quint64 presenceLines(quint64 clients) const override;
    QByteArrayList groupSetup(int) const override { return {}; }
    quint64 membershipLines(int) const override { return 0; }
};

} // namespace Chinwag
