// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Chinwag {

// A server's TLS certificate that could not be verified, as the user is asked about it: what
// is wrong with it, and, when the user trusted another one for this server before, that one's
// fingerprint (then the certificate has changed, which may mean that someone is in between).
struct CertificateProblem
{
    QString host;
    quint16 port = 0;
    QSslCertificate certificate;
    QList<QSslError> errors;
    QByteArray trustedBefore; // TrustedCertificates::fingerprint() format; empty if none

    bool hasChanged() const { return !trustedBefore.isEmpty(); }
};

} // namespace Chinwag

Q_DECLARE_METATYPE(Chinwag::CertificateProblem)
