// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageoption.h"

#include "translationloader.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Chinwag {

LanguageOption::LanguageOption()
    : QCommandLineOption(
            u"lang"_s,
            tr("Language of the user interface: %1 (default: the system's).")
                    .arg((QStringList{ u"en"_s } + TranslationLoader::availableLanguages())
                                 .join(u", "_s)),
            tr("language"))
{
}

QLocale LanguageOption::requestedLocale(const QStringList &arguments)
{
    // A parser that knows only --lang reads it exactly as the app's parser will; the other
    // options are the app's to check, so this parser's complaints about them are ignored.
    const LanguageOption option;
    QCommandLineParser parser;
    parser.addOption(option);
    parser.parse(arguments);
    return parser.isSet(option) ? QLocale(parser.value(option)) : QLocale::system();
}

} // namespace Chinwag
