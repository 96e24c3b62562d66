// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"

#include <QtGlobal>

namespace Chinwag {

// Chinwag's protocol, spoken through the shared codec: Command::encode() for what the clients
// send, ServerLine for what they read (docs/PROTOCOL.md).
class ChinwagDialect : public Dialect
{
public:
    // Messages go to everyone (MSGALL) or to the group "bench" (SENDGROUP). With `accounts`,
    // each client makes an account (SIGNUP) rather than registering as a guest (NAME).
    ChinwagDialect(bool group, bool accounts) : m_group(group), m_accounts(accounts) { }

    QByteArray name() const override { return "chinwag"; }
    QByteArray onConnected(int) const override { return {}; }
    QByteArray onGreeted(int client) const override;
    Reading read(QByteArrayView line) override;
    QByteArray message(QByteArrayView text) const override;
    bool acknowledgesMessages() const override { return true; }
    quint64 presenceLines(quint64 clients) const override;
    QByteArrayList groupSetup(int client, int clients) const override;
    quint64 membershipLines(int clients) const override;

private:
    // MAKEGROUP names as many members as fit in one line; INVITE adds the others.
    int membersInMakeGroup(int clients) const;

    bool m_group;
    bool m_accounts;
    qsizetype m_maxLineBytes = 0; // from HELLO
};

} // namespace Chinwag
