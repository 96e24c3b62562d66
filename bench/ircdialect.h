// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

namespace Chinwag {

// Just enough IRC (RFC 2812) to measure an IRC server with the same run: NICK and USER to
// register (done at the 001 welcome); then, as the group setup, every client joins #bench (done
// at the end of the channel's NAMES list, 366); PRIVMSG #bench for every message; PONG for
// every PING.
class IrcDialect : public Dialect
{
public:
    QByteArray name() const override { return "irc"; }
    QByteArray onConnected(int client) const override;
    QByteArray onGreeted(int) const override { return {}; }
    Reading read(QByteArrayView line) override;
    QByteArray message(QByteArrayView text) const override;
    bool acknowledgesMessages() const override { return false; }
    quint64 presenceLines(quint64) const override { return 0; }
    QByteArrayList groupSetup(int client, int clients) const override;
    quint64 membershipLines(int clients) const override;
};

} // namespace Chinwag
