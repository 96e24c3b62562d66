// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommandline.h"

#include "history.h"

#include <cstring>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

// A line limit must leave room for a whole chat message line, with its sender, conversation,
// id and time, within what a client accepts from the server.
constexpr qsizetype MinLineBytes = 256;
constexpr qsizetype MaxLineBytes = Protocol::MaxServerLineBytes - 1024;

} // namespace

ServerCommandLine::ServerCommandLine()
    : m_headless(u"headless"_s, tr("Run without the monitor window; print the log to stdout.")),
      m_maxLine(u"max-line"_s,
                tr("The longest line a client may send, in bytes (default: %1).")
                        .arg(Limits().maxLineBytes),
                tr("bytes")),
      m_data(u"data"_s,
             tr("The file that keeps the history and the messages held for offline users "
                "(default: %1). %2 keeps them only while the server runs.")
                     .arg(History::defaultPath(), History::temporaryPath()),
             tr("path")),
      m_noHistory(u"no-history"_s,
                  tr("Keep no history: HISTORY is refused, and messages to offline users are "
                     "not held.")),
      m_platform(u"platform"_s, QString(), u"name"_s)
{
    m_parser.setApplicationDescription(tr(
            "The Chinwag chat server, with a monitor window of its clients, groups and traffic."));
    // So that Qt's own "-platform offscreen" reads as one option, also without a window.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_headless);
    m_parser.addOption(m_maxLine);
    m_parser.addOption(m_data);
    m_parser.addOption(m_noHistory);
    m_platform.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(m_platform);
    m_parser.addPositionalArgument(u"host"_s, tr("The address to listen on (default: 127.0.0.1)."),
                                   u"[host]"_s);
    m_parser.addPositionalArgument(u"port"_s,
                                   tr("The port to listen on (default: %1; 0 picks a free one).")
                                           .arg(Protocol::DefaultPort),
                                   u"[port]"_s);
}

std::optional<ServerOptions> ServerCommandLine::process(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(u"help"_s))
        m_parser.showHelp(0);
    if (m_parser.isSet(u"version"_s))
        m_parser.showVersion();

    ServerOptions options;
    options.headless = m_parser.isSet(m_headless);
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 2)
        return fail(tr("Too many arguments: give at most a host and a port."));
    if (!positional.isEmpty()) {
        const QString &host = positional.at(0);
        if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
            options.address = QHostAddress(QHostAddress::LocalHost);
        else if (!options.address.setAddress(host))
            return fail(tr("\"%1\" is not an IP address.").arg(host));
    }
    if (positional.size() == 2) {
        bool ok = false;
        options.port = positional.at(1).toUShort(&ok);
        if (!ok)
            return fail(tr("\"%1\" is not a port: use a number from 0 to 65535.")
                                .arg(positional.at(1)));
    }
    if (m_parser.isSet(m_maxLine)) {
        bool ok = false;
        const qlonglong bytes = m_parser.value(m_maxLine).toLongLong(&ok);
        if (!ok || bytes < MinLineBytes || bytes > MaxLineBytes)
            return fail(tr("--max-line takes a number of bytes from %1 to %2.")
                                .arg(MinLineBytes)
                                .arg(MaxLineBytes));
        options.config.limits.maxLineBytes = bytes;
    }
    if (m_parser.isSet(m_noHistory)) {
        if (m_parser.isSet(m_data))
            return fail(tr("--data and --no-history exclude each other."));
        options.config.dataPath.clear();
    } else if (m_parser.isSet(m_data)) {
        options.config.dataPath = m_parser.value(m_data);
        if (options.config.dataPath.isEmpty())
            return fail(tr("--data takes the path of a file."));
    } else {
        options.config.dataPath = History::defaultPath();
    }
    return options;
}

std::optional<ServerOptions> ServerCommandLine::fail(const QString &error)
{
    m_error = error;
    return std::nullopt;
}

bool ServerCommandLine::runsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--headless") == 0)
            return true;
        if (std::strcmp(argument, "-platform") == 0 || std::strcmp(argument, "--platform") == 0
            || std::strncmp(argument, "-platform=", 10) == 0
            || std::strncmp(argument, "--platform=", 11) == 0)
            return false;
    }
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace Chinwag
