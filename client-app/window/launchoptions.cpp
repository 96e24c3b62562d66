// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchoptions.h"

#include <namerules.h>

#include <QCommandLineParser>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {
const QString MessageOption = u"message"_s;
const QString ToOption = u"to"_s;
const QString TlsOption = u"tls"_s;
const QString AccountOption = u"account"_s;
} // namespace

void LaunchOptions::addTo(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"host"_s, tr("The server's host name or address."), u"[host]"_s);
    parser.addPositionalArgument(
            u"port"_s, tr("The server's port (%1 by default).").arg(Protocol::DefaultPort),
            u"[port]"_s);
    parser.addPositionalArgument(u"name"_s,
                                 tr("Your name. With host, port and name the client connects at "
                                    "once; otherwise it asks."),
                                 u"[name]"_s);
    parser.addOption({ TlsOption,
                       tr("Encrypt the connection with TLS. Without it, a host given here is "
                          "reached unencrypted.") });
    parser.addOption({ AccountOption,
                       tr("Sign in to the account of that name: its password comes from the "
                          "environment variable CHINWAG_ACCOUNT_PASSWORD, the keychain or the "
                          "connect dialog.") });
    parser.addOption({ MessageOption, tr("Once connected, send <text>."), tr("text") });
    parser.addOption({ ToOption,
                       tr("Where --message goes: * for everyone (the default), @user or #group."),
                       tr("conversation") });
}

std::variant<LaunchOptions, QString> LaunchOptions::from(const QCommandLineParser &parser,
                                                         const ConnectSettings &remembered,
                                                         const QString &accountPassword)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() > 3)
        return tr("Too many arguments: give at most a host, a port and a name.");
    LaunchOptions options;
    options.settings = remembered;
    if (arguments.size() > 0) {
        options.settings.host = arguments.at(0);
        options.settings.tls = false;
    }
    if (parser.isSet(TlsOption))
        options.settings.tls = true;
    if (arguments.size() > 1) {
        bool ok = false;
        const uint port = arguments.at(1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return tr("The port must be a number from 1 to 65535, not \"%1\".")
                    .arg(arguments.at(1));
        options.settings.port = quint16(port);
    }
    if (arguments.size() > 2)
        options.settings.name = arguments.at(2);
    // A password remembered for one server is never given to another, and an account is
    // signed in to where it was last, unless asked for.
    const bool sameServer = options.settings.isSameServer(remembered);
    if (!sameServer) {
        options.settings.serverPassword.clear();
        options.settings.rememberPassword = false;
    }
    if (!sameServer || NameRules::key(options.settings.name) != NameRules::key(remembered.name))
        options.settings.registration = ConnectSettings::Registration::Guest;
    if (parser.isSet(AccountOption))
        options.settings.registration = ConnectSettings::Registration::SignIn;
    if (options.settings.isAccount())
        options.settings.accountPassword = accountPassword;
    options.connectAtOnce = arguments.size() == 3;

    options.message = parser.value(MessageOption);
    const QString to = parser.isSet(ToOption) ? parser.value(ToOption) : u"*"_s;
    auto conversation = Conversation::parse(to);
    if (std::holds_alternative<ProtocolError>(conversation))
        return tr("--to takes * for everyone, @user or #group, not \"%1\".").arg(to);
    options.messageTo = std::get<Conversation>(conversation);
    return options;
}

} // namespace Chinwag
