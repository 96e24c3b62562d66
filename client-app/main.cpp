// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatclient.h"
#include "chatsession.h"
#include "chatwindow.h"
#include "displaycheck.h"
#include "keychainpasswordstore.h"
#include "languageoption.h"
#include "launchoptions.h"
#include "savedpasswords.h"
#include "translationloader.h"
#include "trustedcertificates.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Without a display QApplication would abort at once: --help and --version still work then,
    // and anything else says why the window cannot open.
    const bool display = DisplayCheck::available(argc, argv);
    const std::unique_ptr<QCoreApplication> app(display ? new QApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(u"Chinwag"_s);
    QCoreApplication::setApplicationName(u"chinwag-client"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHINWAG_VERSION));
    if (display) {
        QApplication::setApplicationDisplayName(u"Chinwag"_s);
        QApplication::setDesktopFileName(u"chinwag-client"_s);
        QApplication::setWindowIcon(QIcon(u":/icons/chinwag-client.svg"_s));
    }
    TranslationLoader translations;
    translations.load(LanguageOption::requestedLocale(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Chinwag's desktop chat client."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(LanguageOption());
    LaunchOptions::addTo(parser);
    parser.process(*app);
    if (!display) {
        std::fprintf(stderr, "chinwag-client: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                             "main",
                             "There is no display to open a window on: neither DISPLAY nor "
                             "WAYLAND_DISPLAY is set.")));
        return 1;
    }

    QSettings settings;
    KeychainPasswordStore keychain;
    SavedPasswords passwords(&keychain, &settings);
    // Before the settings are read: an older version's clear-text password leaves the file.
    passwords.migrate();
    const auto options = LaunchOptions::from(parser, ConnectSettings::load(settings),
                                             qEnvironmentVariable("CHINWAG_ACCOUNT_PASSWORD"));
    if (const auto *error = std::get_if<QString>(&options)) {
        std::fprintf(stderr, "chinwag-client: %s\n", qUtf8Printable(*error));
        return 1;
    }

    ChatClient client;
    TrustedCertificates trusted(&settings);
    client.setTrustedCertificates(&trusted);
    ChatSession session(&client);
    session.setSettings(&settings);
    ChatWindow window(&session, &settings, &passwords);
    window.start(std::get<LaunchOptions>(options));
    return QCoreApplication::exec();
}
