// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageoption.h"
#include "translationloader.h"

#include <QCommandLineParser>
#include <QTest>

using namespace Qt::StringLiterals;
using Chinwag::LanguageOption;

class tst_LanguageOption : public QObject
{
    Q_OBJECT

private slots:
    void readsTheRequestedLanguage_data();
    void readsTheRequestedLanguage();
    void fallsBackToTheSystemLanguage_data();
    void fallsBackToTheSystemLanguage();
    void isAcceptedByTheAppsParser();
    void namesTheLanguagesInItsHelp();
    void isDescribedInTheLoadedLanguage();
};

void tst_LanguageOption::readsTheRequestedLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QLocale::Language>("expected");

    QTest::newRow("separate value")
            << QStringList{ u"app"_s, u"--lang"_s, u"de"_s } << QLocale::German;
    QTest::newRow("value after =") << QStringList{ u"app"_s, u"--lang=fr"_s } << QLocale::French;
    QTest::newRow("with a territory")
            << QStringList{ u"app"_s, u"--lang"_s, u"de_AT"_s } << QLocale::German;
    QTest::newRow("among the app's own options and arguments")
            << QStringList{ u"app"_s, u"--port"_s,     u"7000"_s,     u"--lang"_s,
                            u"fr"_s,  u"--headless"_s, u"127.0.0.1"_s }
            << QLocale::French;
    QTest::newRow("after an option it does not know")
            << QStringList{ u"app"_s, u"-x"_s, u"--lang"_s, u"de"_s } << QLocale::German;
    QTest::newRow("the last one wins")
            << QStringList{ u"app"_s, u"--lang=fr"_s, u"--lang=de"_s } << QLocale::German;
}

void tst_LanguageOption::readsTheRequestedLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QLocale::Language, expected);

    QCOMPARE(LanguageOption::requestedLocale(arguments).language(), expected);
}

void tst_LanguageOption::fallsBackToTheSystemLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("no arguments") << QStringList{ u"app"_s };
    QTest::newRow("other options only")
            << QStringList{ u"app"_s, u"--headless"_s, u"--port"_s, u"7000"_s };
    QTest::newRow("a positional argument that says lang")
            << QStringList{ u"app"_s, u"lang"_s, u"de"_s };
}

void tst_LanguageOption::fallsBackToTheSystemLanguage()
{
    QFETCH(QStringList, arguments);

    QCOMPARE(LanguageOption::requestedLocale(arguments), QLocale::system());
}

void tst_LanguageOption::isAcceptedByTheAppsParser()
{
    QCommandLineParser parser;
    const LanguageOption option;
    parser.addOption(option);
    parser.addPositionalArgument(u"host"_s, u"The host."_s);

    QVERIFY2(parser.parse({ u"app"_s, u"--lang"_s, u"fr"_s, u"example.org"_s }),
             qPrintable(parser.errorText()));

    QCOMPARE(parser.value(option), u"fr"_s);
    QCOMPARE(parser.positionalArguments(), QStringList{ u"example.org"_s });
}

void tst_LanguageOption::namesTheLanguagesInItsHelp()
{
    const LanguageOption option;

    QCOMPARE(option.names(), QStringList{ u"lang"_s });
    QVERIFY(!option.valueName().isEmpty());
    for (const QString &language : { u"en"_s, u"de"_s, u"fr"_s })
        QVERIFY2(option.description().contains(language), qPrintable(option.description()));
}

void tst_LanguageOption::isDescribedInTheLoadedLanguage()
{
    Chinwag::TranslationLoader loader;
    loader.load(QLocale(QLocale::German));

    const LanguageOption option;

    QVERIFY2(option.description().startsWith(u"Sprache der Benutzeroberfläche"_s),
             qPrintable(option.description()));
    QCOMPARE(option.valueName(), u"Sprache"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(tst_LanguageOption)
#include "tst_languageoption.moc"
