// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "consolelog.h"
#include "languageoption.h"
#include "servercommandline.h"
#include "terminationsignals.h"
#include "translationloader.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Chinwag;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chinwag-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHINWAG_VERSION));
    TranslationLoader translations;
    translations.load(LanguageOption::requestedLocale(QCoreApplication::arguments()));

    ServerCommandLine commandLine;
    commandLine.addOption(LanguageOption());
    const std::optional<ServerOptions> options = commandLine.process(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "chinwag-server: %s\n", qUtf8Printable(commandLine.errorText()));
        return 1;
    }

    ChatServer server(options->config);
    ConsoleLog console(server.log(), stdout);
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &server,
                     &ChatServer::stop);
    QObject::connect(&server, &ChatServer::stopped, &app, &QCoreApplication::quit);
    if (!server.listen(options->address, options->port)) {
        std::fprintf(stderr, "chinwag-server: %s\n",
                     qUtf8Printable(
                             QCoreApplication::translate("main", "cannot listen on %1 port %2: %3")
                                     .arg(options->address.toString())
                                     .arg(options->port)
                                     .arg(server.errorString())));
        return 1;
    }
    return QCoreApplication::exec();
}
