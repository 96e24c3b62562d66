// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustedcertificates.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Chinwag {

// A server's TLS certificate that could not be verified, as the user is asked about it: what
// is wrong with it, and the fingerprint the user trusted for this server before, if any. When
// that is another certificate's, the certificate has changed, which may mean that someone is in
// between; when it is this one's, this one is out of date (expired, or not valid yet), which
// trusting it once did not cover.
struct CertificateProblem
{
    enum class Dates { Valid, Expired, NotYetValid };

    QString host;
    quint16 port = 0;
    QSslCertificate certificate;
    QList<QSslError> errors;
    QByteArray trustedBefore; // TrustedCertificates::fingerprint() format; empty if none

    bool hasChanged() const
    {
        return !trustedBefore.isEmpty()
                && trustedBefore != TrustedCertificates::fingerprintOf(certificate);
    }
    bool wasTrusted() const { return !trustedBefore.isEmpty() && !hasChanged(); }
    Dates dates() const { return datesOf(errors); }
    bool isOutOfDate() const { return dates() != Dates::Valid; }

    static Dates datesOf(const QList<QSslError> &errors)
    {
        for (const QSslError &error : errors) {
            if (error.error() == QSslError::CertificateExpired)
                return Dates::Expired;
            if (error.error() == QSslError::CertificateNotYetValid)
                return Dates::NotYetValid;
        }
        return Dates::Valid;
    }
};

} // namespace Chinwag

Q_DECLARE_METATYPE(Chinwag::CertificateProblem)
