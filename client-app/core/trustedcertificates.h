// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class QSettings;
class QSslCertificate;

namespace Chinwag {

// The server certificates the user chose to trust although they could not be verified, one per
// server (host and port), by SHA-256 fingerprint: a certificate is accepted silently next time
// only if it is the same one. Kept in QSettings when given one, else for as long as this lives.
class TrustedCertificates
{
public:
    explicit TrustedCertificates(QSettings *settings = nullptr);

    // The fingerprint trusted for the server, or empty.
    QByteArray fingerprint(const QString &host, quint16 port) const;
    bool isTrusted(const QString &host, quint16 port, const QSslCertificate &certificate) const;
    void trust(const QString &host, quint16 port, const QSslCertificate &certificate);

    // The certificate's SHA-256 digest as upper-case hex pairs joined by colons, as browsers
    // and `openssl x509 -fingerprint -sha256` show it.
    static QByteArray fingerprintOf(const QSslCertificate &certificate);

private:
    static QString key(const QString &host, quint16 port);

    QSettings *m_settings;
    QHash<QString, QByteArray> m_trusted;
};

} // namespace Chinwag
