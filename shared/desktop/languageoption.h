// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Chinwag {

// --lang <language>, the same in both apps. The language is needed before the app's own parser
// exists, because that parser's --help text is translated: requestedLocale() reads just this
// option from the raw arguments; then the app adds a LanguageOption, made after the translations
// are loaded, to its parser so that --help lists it in that language and the parser accepts it.
class LanguageOption : public QCommandLineOption
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::LanguageOption)

public:
    LanguageOption();

    // The locale --lang asks for in arguments (the application's, with the program name first),
    // or the system's when there is none.
    static QLocale requestedLocale(const QStringList &arguments);
};

} // namespace Chinwag
