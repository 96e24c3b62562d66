// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectsettings.h"

#include <QSettings>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {
const QString HostKey = u"connection/host"_s;
const QString PortKey = u"connection/port"_s;
const QString NameKey = u"connection/name"_s;
const QString TlsKey = u"connection/tls"_s;
const QString PasswordKey = u"connection/password"_s;
} // namespace

ConnectSettings ConnectSettings::load(const QSettings &settings)
{
    ConnectSettings result;
    result.host = settings.value(HostKey, result.host).toString();
    const uint port = settings.value(PortKey, result.port).toUInt();
    if (port > 0 && port <= 65535)
        result.port = quint16(port);
    result.name = settings.value(NameKey).toString();
    result.tls = settings.value(TlsKey, false).toBool();
    result.password = settings.value(PasswordKey).toString();
    result.rememberPassword = settings.contains(PasswordKey);
    return result;
}

void ConnectSettings::save(QSettings &settings) const
{
    settings.setValue(HostKey, host);
    settings.setValue(PortKey, port);
    settings.setValue(NameKey, name);
    settings.setValue(TlsKey, tls);
    if (rememberPassword && !password.isEmpty())
        settings.setValue(PasswordKey, password);
    else
        settings.remove(PasswordKey);
}

} // namespace Chinwag
