// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <connectsettings.h>
#include <conversation.h>

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <variant>

class QCommandLineParser;

namespace Chinwag {

// What the command line asks of the client: `chinwag-client [host] [port] [name]`, as in the
// exercise. With all three it connects and registers at once; with fewer, the connect dialog
// opens with what was given over the values remembered from last time. --tls encrypts the
// connection. --account signs in to the name's account rather than registering a guest, as
// the client does by itself for the account it last signed in to on that server. A password is
// never taken from the command line, where other users of the computer can read it: the account's
// may come from the environment (CHINWAG_ACCOUNT_PASSWORD), else the keychain or the connect
// dialog gives it; the server's is the keychain's or the dialog's. --message sends a text once
// registered, to --to.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::LaunchOptions)

public:
    ConnectSettings settings;
    bool connectAtOnce = false;
    QString message;
    Conversation messageTo;

    // Adds the positional arguments and options to a parser.
    static void addTo(QCommandLineParser &parser);
    // The options from a parser that has processed the arguments, over the remembered
    // settings, with the account's password from the environment; or what is wrong with them.
    static std::variant<LaunchOptions, QString> from(const QCommandLineParser &parser,
                                                     const ConnectSettings &remembered,
                                                     const QString &accountPassword = {});
};

} // namespace Chinwag
