// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpassword.h"

#include <QCryptographicHash>

namespace Chinwag {

ServerPassword::ServerPassword(const QString &password)
    : m_digest(password.isEmpty() ? QByteArray() : digest(password))
{
}

bool ServerPassword::matches(const QString &guess) const
{
    if (!isSet())
        return true;
    const QByteArray other = digest(guess);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < m_digest.size(); ++i)
        difference |= static_cast<unsigned char>(m_digest[i] ^ other[i]);
    return difference == 0;
}

QByteArray ServerPassword::digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Chinwag
