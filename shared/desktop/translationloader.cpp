// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace Chinwag {

namespace {
const auto catalogueDirectory = u":/i18n"_s;
const auto cataloguePrefix = u"chinwag_"_s;
const auto catalogueSuffix = u".qm"_s;
} // namespace

bool TranslationLoader::load(const QLocale &locale)
{
    QCoreApplication::removeTranslator(&m_chinwag);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(locale);

    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages, most specific
    // first, so de_AT finds chinwag_de.qm.
    const bool found = m_chinwag.load(locale, u"chinwag"_s, u"_"_s, catalogueDirectory);
    if (found)
        QCoreApplication::installTranslator(&m_chinwag);
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return found || locale.language() == QLocale::English;
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(catalogueDirectory)
                                      .entryList({ cataloguePrefix + u'*' + catalogueSuffix },
                                                 QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(cataloguePrefix.size(),
                                  file.size() - cataloguePrefix.size() - catalogueSuffix.size()));
    return languages;
}

} // namespace Chinwag
