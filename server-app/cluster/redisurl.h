// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Chinwag {

// Where a cluster's Redis is, as the operator writes it: redis://host[:port]. The one place
// that reads such a URL; what it does not take is refused with a reason for the command line,
// which never repeats a password the URL may hold.
class RedisUrl
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::RedisUrl)

public:
    static constexpr quint16 DefaultPort = 6379;

    static RedisUrl parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // host:port for the log, an IPv6 address in brackets.
    QString address() const;

private:
    QString m_host;
    quint16 m_port = 0;
    QString m_error = tr("no Redis URL");
};

} // namespace Chinwag
