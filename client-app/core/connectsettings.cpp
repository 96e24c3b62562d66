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
const QString AccountKey = u"connection/account"_s;
const QString RememberKey = u"connection/rememberPassword"_s;
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
    result.registration =
            settings.value(AccountKey, false).toBool() ? Registration::SignIn : Registration::Guest;
    result.rememberPassword = settings.value(RememberKey, false).toBool();
    return result;
}

void ConnectSettings::save(QSettings &settings) const
{
    settings.setValue(HostKey, host);
    settings.setValue(PortKey, port);
    settings.setValue(NameKey, name);
    settings.setValue(TlsKey, tls);
    settings.setValue(AccountKey, isAccount());
    settings.setValue(RememberKey, rememberPassword);
}

} // namespace Chinwag
