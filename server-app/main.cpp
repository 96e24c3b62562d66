// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminconsole.h"
#include "chatserver.h"
#include "consolelog.h"
#include "displaycheck.h"
#include "languageoption.h"
#include "monitorwindow.h"
#include "servercommandline.h"
#include "terminationsignals.h"
#include "translationloader.h"

#include <QApplication>
#include <QSettings>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

#include <sys/resource.h>
#include <unistd.h>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "chinwag-server: %s\n", qUtf8Printable(message));
}

// Every connection is a file descriptor: the soft limit (often 1024) would cap the server far
// below --max-clients, so it takes what the hard limit allows.
void raiseFileLimit()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // A file-size limit reached (ulimit -f) is then a failed write the history survives and
    // retries, as a full disk is, rather than a signal that kills the server.
    std::signal(SIGXFSZ, SIG_IGN);
    // Without a display there is no window to show: run headless rather than fail.
    const bool headless =
            ServerCommandLine::asksHeadless(argc, argv) || !DisplayCheck::available(argc, argv);
    const std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv)
                                                         : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(u"chinwag-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHINWAG_VERSION));
    TranslationLoader translations;
    translations.load(LanguageOption::requestedLocale(QCoreApplication::arguments()));

    ServerCommandLine commandLine;
    commandLine.addOption(LanguageOption());
    const std::optional<ServerOptions> options = commandLine.process(QCoreApplication::arguments());
    if (!options) {
        printError(commandLine.errorText());
        return 1;
    }

    raiseFileLimit();
    ChatServer server(options->config);
    // The console shows the log headless, and also beside an invisible (offscreen) window.
    std::optional<ConsoleLog> console;
    if (headless || QGuiApplication::platformName() == u"offscreen"_s)
        console.emplace(server.log(), stdout);

    // A termination signal, or closing the window, stops the server gracefully, then quits.
    TerminationSignals termination;
    bool quitting = false;
    const auto stopAndQuit = [&server, &quitting] {
        quitting = true;
        server.stop();
    };
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &server, stopAndQuit);
    QObject::connect(&server, &ChatServer::stopped, &server, [&quitting] {
        if (quitting)
            QCoreApplication::quit();
    });

    if (headless) {
        if (!options->headless)
            printError(QCoreApplication::translate("main", "no display: running headless"));
        // The window shows this, and runs without a history; headless, nobody would see it.
        if (!server.historyError().isEmpty()) {
            printError(server.historyError());
            return 1;
        }
        if (!server.listen(options->address, options->port)) {
            printError(QCoreApplication::translate("main", "cannot listen on %1 port %2: %3")
                               .arg(options->address.toString())
                               .arg(options->port)
                               .arg(server.errorString()));
            return 1;
        }
        AdminConsole admin(server, STDIN_FILENO, stdout);
        return QCoreApplication::exec();
    }

    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(qApp, &QGuiApplication::lastWindowClosed, &server, stopAndQuit);
    // Beside the client's settings, in ~/.config/Chinwag/. No organization name is set for the
    // application: it would move the history's default folder.
    QSettings settings(u"Chinwag"_s, u"chinwag-server"_s);
    MonitorWindow window(server, &settings);
    // A termination signal also closes the window, so that its layout is kept.
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &window,
                     &QWidget::close);
    window.show();
    window.startListening(options->address, options->port);
    return QCoreApplication::exec();
}
