// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Chinwag {

// The server's password (PASS), kept only as its SHA-256 digest. A guess is compared in time
// that does not depend on where it differs, or on the password's length.
class ServerPassword
{
public:
    // An empty password is none: every PASS is accepted.
    explicit ServerPassword(const QString &password);

    bool isSet() const { return !m_digest.isEmpty(); }
    bool matches(const QString &guess) const;

private:
    static QByteArray digest(const QString &text);

    QByteArray m_digest;
};

} // namespace Chinwag
