// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <optional>

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
// --headless, --max-line, --data, --no-history, and what the application adds (such as --lang).
class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::ServerCommandLine)

public:
    ServerCommandLine();

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // The options, or nothing with errorText() saying what is wrong. --help and --version print
    // their text and end the program, as QCommandLineParser does.
    std::optional<ServerOptions> process(const QStringList &arguments);
    QString errorText() const { return m_error; }

    // Whether to run without a window, decided before the application object exists: when
    // --headless is given, or when there is no display and no platform was chosen.
    static bool runsHeadless(int argc, char **argv);

private:
    std::optional<ServerOptions> fail(const QString &error);

    QCommandLineParser m_parser;
    QCommandLineOption m_headless;
    QCommandLineOption m_maxLine;
    QCommandLineOption m_data;
    QCommandLineOption m_noHistory;
    QCommandLineOption m_platform;
    QString m_error;
};

} // namespace Chinwag
