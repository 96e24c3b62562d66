// SPDX-License-Identifier: GPL-3.0-or-later
// LaunchOptions: what the command line asks, over what the client remembers. A password
// remembered for one server never goes to another, and an account is signed in to only where it
// was used, unless --account asks for it.
#include <launchoptions.h>

#include <QCommandLineParser>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;
using Registration = ConnectSettings::Registration;

namespace {
const QString Password = u"open sesame"_s;
} // namespace

class tst_LaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void commandLineTlsAndRememberedPassword_data();
    void commandLineTlsAndRememberedPassword();
    void commandLineSignsInWhereTheAccountWasUsed_data();
    void commandLineSignsInWhereTheAccountWasUsed();
};

void tst_LaunchOptions::commandLineTlsAndRememberedPassword_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("keepsPassword");

    // Remembered: chat.example.org 7000 over TLS, with its password.
    QTest::newRow("nothing given") << QStringList() << true << true;
    QTest::newRow("--tls alone") << QStringList{ u"--tls"_s } << true << true;
    QTest::newRow("the same server with --tls")
            << QStringList{ u"--tls"_s, u"chat.example.org"_s, u"7000"_s, u"anna"_s } << true
            << true;
    QTest::newRow("the same server without --tls")
            << QStringList{ u"chat.example.org"_s, u"7000"_s, u"anna"_s } << false << false;
    QTest::newRow("another host") << QStringList{ u"--tls"_s, u"example.org"_s } << true << false;
    QTest::newRow("another port") << QStringList{ u"--tls"_s, u"chat.example.org"_s, u"7001"_s }
                                  << true << false;
}

void tst_LaunchOptions::commandLineTlsAndRememberedPassword()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, tls);
    QFETCH(bool, keepsPassword);

    ConnectSettings remembered;
    remembered.host = u"chat.example.org"_s;
    remembered.port = 7000;
    remembered.name = u"anna"_s;
    remembered.tls = true;
    remembered.serverPassword = Password;
    remembered.rememberPassword = true;
    QCommandLineParser parser;
    LaunchOptions::addTo(parser);
    QVERIFY(parser.parse(QStringList{ u"chinwag-client"_s } + arguments));

    const auto options = LaunchOptions::from(parser, remembered);
    QVERIFY(std::holds_alternative<LaunchOptions>(options));
    const ConnectSettings settings = std::get<LaunchOptions>(options).settings;
    QCOMPARE(settings.tls, tls);
    // A password remembered for one server is never sent to another.
    QCOMPARE(settings.serverPassword, keepsPassword ? Password : QString());
    QCOMPARE(settings.rememberPassword, keepsPassword);
}

void tst_LaunchOptions::commandLineSignsInWhereTheAccountWasUsed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("account");

    // Remembered: anna's account on chat.example.org 7000.
    QTest::newRow("nothing given") << QStringList() << true;
    QTest::newRow("the same server and name")
            << QStringList{ u"chat.example.org"_s, u"7000"_s, u"Anna"_s } << true;
    QTest::newRow("another name") << QStringList{ u"chat.example.org"_s, u"7000"_s, u"bob"_s }
                                  << false;
    QTest::newRow("another server")
            << QStringList{ u"example.org"_s, u"7000"_s, u"anna"_s } << false;
    QTest::newRow("--account elsewhere")
            << QStringList{ u"--account"_s, u"example.org"_s, u"7000"_s, u"bob"_s } << true;
}

void tst_LaunchOptions::commandLineSignsInWhereTheAccountWasUsed()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, account);

    ConnectSettings remembered;
    remembered.host = u"chat.example.org"_s;
    remembered.port = 7000;
    remembered.name = u"anna"_s;
    remembered.registration = Registration::SignIn;
    QCommandLineParser parser;
    LaunchOptions::addTo(parser);
    QVERIFY(parser.parse(QStringList{ u"chinwag-client"_s } + arguments));
    const auto options = LaunchOptions::from(parser, remembered, Password);
    QVERIFY(std::holds_alternative<LaunchOptions>(options));
    const ConnectSettings settings = std::get<LaunchOptions>(options).settings;
    QCOMPARE(settings.isAccount(), account);
    // The password from the environment goes only with an account.
    QCOMPARE(settings.accountPassword, account ? Password : QString());
}

QTEST_GUILESS_MAIN(tst_LaunchOptions)
#include "tst_launchoptions.moc"
