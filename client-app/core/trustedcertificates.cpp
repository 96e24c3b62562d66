// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustedcertificates.h"

#include <QSettings>
#include <QSslCertificate>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {
const QString Group = u"trustedCertificates"_s;
} // namespace

TrustedCertificates::TrustedCertificates(QSettings *settings) : m_settings(settings) { }

QByteArray TrustedCertificates::fingerprint(const QString &host, quint16 port) const
{
    const QString server = key(host, port);
    if (m_settings)
        return m_settings->value(Group + u'/' + server).toByteArray();
    return m_trusted.value(server);
}

bool TrustedCertificates::isTrusted(const QString &host, quint16 port,
                                    const QSslCertificate &certificate) const
{
    const QByteArray trusted = fingerprint(host, port);
    return !trusted.isEmpty() && trusted == fingerprintOf(certificate);
}

void TrustedCertificates::trust(const QString &host, quint16 port,
                                const QSslCertificate &certificate)
{
    const QString server = key(host, port);
    if (m_settings)
        m_settings->setValue(Group + u'/' + server, fingerprintOf(certificate));
    else
        m_trusted.insert(server, fingerprintOf(certificate));
}

QByteArray TrustedCertificates::fingerprintOf(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
}

QString TrustedCertificates::key(const QString &host, quint16 port)
{
    // '/' would open a group in QSettings; a host name holds none, an address neither.
    return QString(host).replace(u'/', u'_').toLower() + u'_' + QString::number(port);
}

} // namespace Chinwag
