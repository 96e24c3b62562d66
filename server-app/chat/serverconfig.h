// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passwordcost.h"
#include "protocollimits.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace Chinwag {

// What an operator sets on a server, apart from where it listens (ChatServer::listen()).
struct ServerConfig
{
    Limits limits;
    // Where the history is kept (SqliteStore::open()): a SQLite file; SqliteStore::temporaryPath(),
    // ":memory:", for a history that ends with the server, as tests and embedders want; empty
    // for none at all: HISTORY is refused, there are no accounts and nothing is held.
    QString dataPath = QStringLiteral(":memory:");
    // What PASS must give before NAME; empty for none.
    QString password;
    // No guests: everyone signs in to an account (it needs a store).
    bool accountsRequired = false;
    // A message is delivered and acknowledged only once it is written (docs/SECURITY.md): none
    // that was acknowledged is lost when the server is killed, at the cost of a transaction per
    // pass of the writer rather than per batch interval.
    bool storeBeforeAck = false;
    // What hashing an account's password costs (docs/SECURITY.md).
    PasswordCost passwordCost;
    // With a certificate (the server's first, then the chain) and its key, the server speaks
    // TLS only; without, plain TCP.
    QList<QSslCertificate> tlsCertificates;
    QSslKey tlsKey;
    // A second port, on the same address, whose clients speak IRC (IrcDialect); TLS too when
    // the server has a certificate. None by default.
    std::optional<quint16> ircPort;

    bool usesTls() const { return !tlsCertificates.isEmpty(); }
};

} // namespace Chinwag
