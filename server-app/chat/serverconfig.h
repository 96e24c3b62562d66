// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocollimits.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Chinwag {

// What an operator sets on a server, apart from where it listens (ChatServer::listen()).
struct ServerConfig
{
    Limits limits;
    // Where the history is kept (History::open()): a SQLite file; History::temporaryPath(),
    // ":memory:", for a history that ends with the server, as tests and embedders want; empty
    // for none at all: HISTORY is refused and nothing is held for offline names.
    QString dataPath = QStringLiteral(":memory:");
    // What PASS must give before NAME; empty for none.
    QString password;
    // With a certificate (the server's first, then the chain) and its key, the server speaks
    // TLS only; without, plain TCP.
    QList<QSslCertificate> tlsCertificates;
    QSslKey tlsKey;

    bool usesTls() const { return !tlsCertificates.isEmpty(); }
};

} // namespace Chinwag
