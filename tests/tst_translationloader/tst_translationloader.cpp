// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using Chinwag::TranslationLoader;

namespace {

// A string of Chinwag's own catalogue, and one of Qt's.
QString chinwagText()
{
    return QCoreApplication::translate("Chinwag::AboutDialog", "&License");
}

QString qtText()
{
    return QCoreApplication::translate("QCommandLineParser", "Displays version information.");
}

} // namespace

class tst_TranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void loadsChinwagsCatalogueForTheLocale_data();
    void loadsChinwagsCatalogueForTheLocale();
    void loadsQtsOwnCatalogueForTheLocale();
    void keepsEnglishForAnUntranslatedLanguage();
    void replacesTheLanguageOfAnEarlierLoad();
    void makesTheLocaleTheDefault();
    void listsTheLanguagesItCanLoad();
    void forgetsItsTranslationsWhenDestroyed();
};

void tst_TranslationLoader::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void tst_TranslationLoader::loadsChinwagsCatalogueForTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"&Lizenz"_s;
    QTest::newRow("Austrian German finds German")
            << QLocale(QLocale::German, QLocale::Austria) << u"&Lizenz"_s;
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << u"&Licence"_s;
    QTest::newRow("Canadian French finds French")
            << QLocale(QLocale::French, QLocale::Canada) << u"&Licence"_s;
    QTest::newRow("English needs no catalogue")
            << QLocale(QLocale::English, QLocale::UnitedStates) << u"&License"_s;
}

void tst_TranslationLoader::loadsChinwagsCatalogueForTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);

    TranslationLoader loader;
    QVERIFY(loader.load(locale));
    QCOMPARE(chinwagText(), expected);
}

void tst_TranslationLoader::loadsQtsOwnCatalogueForTheLocale()
{
    const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    QVERIFY2(QFileInfo::exists(qtCatalogue),
             qPrintable(u"%1 is missing (Debian: qt6-translations-l10n)"_s.arg(qtCatalogue)));
    const QString english = qtText();

    TranslationLoader loader;
    loader.load(QLocale(QLocale::German, QLocale::Germany));

    QCOMPARE(qtText(), u"Zeigt Versionsinformation an."_s);
    QVERIFY(qtText() != english);
}

void tst_TranslationLoader::keepsEnglishForAnUntranslatedLanguage()
{
    TranslationLoader loader;

    QVERIFY(!loader.load(QLocale(QLocale::Japanese, QLocale::Japan)));

    QCOMPARE(chinwagText(), u"&License"_s);
}

void tst_TranslationLoader::replacesTheLanguageOfAnEarlierLoad()
{
    TranslationLoader loader;
    QVERIFY(loader.load(QLocale(QLocale::German)));
    QCOMPARE(chinwagText(), u"&Lizenz"_s);

    QVERIFY(loader.load(QLocale(QLocale::French)));
    QCOMPARE(chinwagText(), u"&Licence"_s);

    QVERIFY(loader.load(QLocale(QLocale::English)));
    QCOMPARE(chinwagText(), u"&License"_s);
    QCOMPARE(qtText(), u"Displays version information."_s);
}

void tst_TranslationLoader::makesTheLocaleTheDefault()
{
    TranslationLoader loader;

    loader.load(QLocale(QLocale::German, QLocale::Switzerland));

    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().territory(), QLocale::Switzerland);
}

void tst_TranslationLoader::listsTheLanguagesItCanLoad()
{
    QCOMPARE(TranslationLoader::availableLanguages(), QStringList({ u"de"_s, u"fr"_s }));
}

void tst_TranslationLoader::forgetsItsTranslationsWhenDestroyed()
{
    {
        TranslationLoader loader;
        loader.load(QLocale(QLocale::German));
        QCOMPARE(chinwagText(), u"&Lizenz"_s);
    }
    QCOMPARE(chinwagText(), u"&License"_s);
}

QTEST_GUILESS_MAIN(tst_TranslationLoader)
#include "tst_translationloader.moc"
