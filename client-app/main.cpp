// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatclient.h"
#include "chatsession.h"
#include "chatwindow.h"
#include "languageoption.h"
#include "launchoptions.h"
#include "translationloader.h"
#include "trustedcertificates.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

using namespace Chinwag;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Chinwag"_s);
    QApplication::setApplicationName(u"chinwag-client"_s);
    QApplication::setApplicationDisplayName(u"Chinwag"_s);
    QApplication::setApplicationVersion(QStringLiteral(CHINWAG_VERSION));
    QApplication::setDesktopFileName(u"chinwag-client"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/chinwag-client.svg"_s));
    TranslationLoader translations;
    translations.load(LanguageOption::requestedLocale(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Chinwag's desktop chat client."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(LanguageOption());
    LaunchOptions::addTo(parser);
    parser.process(app);

    QSettings settings;
    const auto options = LaunchOptions::from(parser, ConnectSettings::load(settings));
    if (const auto *error = std::get_if<QString>(&options)) {
        std::fprintf(stderr, "chinwag-client: %s\n", qUtf8Printable(*error));
        return 1;
    }

    ChatClient client;
    TrustedCertificates trusted(&settings);
    client.setTrustedCertificates(&trusted);
    ChatSession session(&client);
    session.setSettings(&settings);
    ChatWindow window(&session, &settings);
    window.start(std::get<LaunchOptions>(options));
    return QApplication::exec();
}
