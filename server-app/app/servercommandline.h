// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace Chinwag {

// What `chinwag-server [options] [host] [port]` asks for.
struct ServerOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = Protocol::DefaultPort;
    bool headless = false;
    ServerConfig config;
};

// The server's command line, as the exercise had it (`myserver.py host port`) plus options:
// --headless, --data, --no-history, every limit of Limits (docs/SECURITY.md), --password,
// --tls-cert and --tls-key, --irc-port, and what the application adds (such as --lang).
class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::ServerCommandLine)

public:
    // Where the password may come from instead of --password, which is seen by every local user
    // in the list of processes.
    static constexpr const char *PasswordVariable = "CHINWAG_PASSWORD";

    ServerCommandLine();

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // The options, or nothing with errorText() saying what is wrong. --help and --version print
    // their text and end the program, as QCommandLineParser does. `environment` may hold the
    // password (PasswordVariable); --password wins over it.
    std::optional<ServerOptions>
    process(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString errorText() const { return m_error; }

    // Whether --headless is given, read before the application object exists.
    static bool asksHeadless(int argc, char **argv);

private:
    // An option that sets one number of Limits, within a range.
    struct LimitOption
    {
        QCommandLineOption option;
        qint64 min;
        qint64 max;
        std::function<void(ServerConfig &, qint64)> set;
    };

    void addLimit(const QString &name, const QString &description, const QString &valueName,
                  qint64 defaultValue, qint64 min, qint64 max,
                  std::function<void(ServerConfig &, qint64)> set);
    std::optional<ServerOptions> fail(const QString &error);
    bool readTls(ServerConfig &config);

    QCommandLineParser m_parser;
    QCommandLineOption m_headless;
    QCommandLineOption m_data;
    QCommandLineOption m_noHistory;
    QCommandLineOption m_accountsRequired;
    QCommandLineOption m_storeBeforeAck;
    QCommandLineOption m_password;
    QCommandLineOption m_tlsCertificate;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_ircPort;
    QCommandLineOption m_platform;
    std::vector<LimitOption> m_limits;
    QString m_error;
};

} // namespace Chinwag
