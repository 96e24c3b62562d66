// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisurl.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Chinwag {

RedisUrl RedisUrl::parse(const QString &text)
{
    RedisUrl result;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // Quoted without its user part, which may hold a password; one that is not a URL, from
    // after its last @.
    const QString shown = url.isValid() ? url.toDisplayString(QUrl::RemoveUserInfo)
                                        : text.trimmed().section(u'@', -1);
    if (!url.isValid() || url.isRelative()) {
        result.m_error = tr("\"%1\" is not a URL such as redis://127.0.0.1:6379").arg(shown);
    } else if (url.scheme() == u"rediss"_s) {
        result.m_error = tr("%1: TLS to Redis is not supported (Debian's hiredis 0.14 has no "
                            "TLS); use redis:// on a trusted network")
                                 .arg(shown);
    } else if (url.scheme() != u"redis"_s) {
        result.m_error = tr("%1 is not a Redis URL: it must start with redis://").arg(shown);
    } else if (url.host().isEmpty()) {
        result.m_error = tr("%1 names no host").arg(shown);
    } else if (!url.userInfo().isEmpty()) {
        result.m_error = tr("%1: a user or password for Redis is not supported yet").arg(shown);
    } else if (!url.path().isEmpty() && url.path() != u"/"_s) {
        result.m_error = tr("%1: a path (a database number) is not supported; the cluster uses "
                            "database 0")
                                 .arg(shown);
    } else if (url.hasQuery() || url.hasFragment()) {
        result.m_error = tr("%1: options after ? or # are not supported").arg(shown);
    } else if (url.port() == 0) {
        result.m_error = tr("%1: port 0 is no port to connect to").arg(shown);
    } else {
        result.m_host = url.host();
        result.m_port = url.port() < 0 ? DefaultPort : quint16(url.port());
        result.m_error.clear();
    }
    return result;
}

QString RedisUrl::address() const
{
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return host + u':' + QString::number(m_port);
}

} // namespace Chinwag
