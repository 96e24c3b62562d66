// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Chinwag {

// An account as the store keeps it: the name it owns, the Argon2id hash of its password (in
// libsodium's string form, which carries its own parameters), and what the operator sees.
struct Account
{
    QString key; // NameRules::key(name)
    QString name;
    QByteArray passwordHash;
    qint64 createdMSecs = 0; // UTC
    qint64 lastSeenMSecs = 0; // UTC: its last sign-in or sign-out
    // The last message id issued before the account owned its name: its direct history starts
    // after it, so that nothing said to an earlier holder of the name is its to read.
    quint64 historyAfter = 0;
    bool locked = false; // by the operator: nobody may sign in to it
};

} // namespace Chinwag
