// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace Chinwag {

// Puts the application into one language: Chinwag's own catalogue (compiled in, :/i18n) and Qt's
// (qtbase_<lang>.qm from Qt's translations folder), so that Qt's dialogs and --help match.
// The translators live as long as the loader; keep it beside the application object in main().
class TranslationLoader
{
public:
    TranslationLoader() = default;
    Q_DISABLE_COPY_MOVE(TranslationLoader)

    // Installs the catalogues for locale, replacing those of an earlier call, and makes locale
    // the default for numbers and dates. Returns whether the user interface is now in locale's
    // language: true for English (the source language) or when Chinwag's catalogue was found;
    // otherwise the texts stay English.
    bool load(const QLocale &locale);

    // The languages besides English that Chinwag is translated into, as codes ("de", "fr").
    static QStringList availableLanguages();

private:
    QTranslator m_chinwag;
    QTranslator m_qt;
};

} // namespace Chinwag
