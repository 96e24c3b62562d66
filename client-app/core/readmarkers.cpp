// SPDX-License-Identifier: GPL-3.0-or-later
#include "readmarkers.h"

#include "conversationkey.h"

#include <namerules.h>

#include <QSettings>
#include <QUrl>

namespace Chinwag {

using namespace Qt::StringLiterals;

void ReadMarkers::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_cache.clear();
}

void ReadMarkers::setAccount(const QString &host, quint16 port, const QString &name)
{
    // A settings key holds no '/' of its own, and a host may hold ':' (IPv6).
    const QString account = u"%1 %2 %3"_s.arg(host).arg(port).arg(NameRules::key(name));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(account));
    if (encoded == m_account)
        return;
    m_account = encoded;
    m_cache.clear();
}

QString ReadMarkers::keyOf(const Conversation &conversation) const
{
    const QByteArray where = QUrl::toPercentEncoding(conversationKey(conversation));
    return u"lastSeen/%1/%2"_s.arg(m_account, QString::fromLatin1(where));
}

quint64 ReadMarkers::lastSeen(const Conversation &conversation) const
{
    const QString key = keyOf(conversation);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;
    const quint64 id = m_settings ? m_settings->value(key).toULongLong() : 0;
    m_cache.insert(key, id);
    return id;
}

void ReadMarkers::setLastSeen(const Conversation &conversation, quint64 id)
{
    if (id <= lastSeen(conversation))
        return;
    const QString key = keyOf(conversation);
    m_cache.insert(key, id);
    if (m_settings)
        m_settings->setValue(key, id);
}

} // namespace Chinwag
