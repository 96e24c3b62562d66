// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaycheck.h"

#include <QTest>

#include <vector>

using namespace Chinwag;
using namespace Qt::StringLiterals;

class tst_DisplayCheck : public QObject
{
    Q_OBJECT

private slots:
    void available_data();
    void available();
};

void tst_DisplayCheck::available_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QByteArray>("display");
    QTest::addColumn<QByteArray>("wayland");
    QTest::addColumn<QByteArray>("platform");
    QTest::addColumn<bool>("available");
    QTest::newRow("X11") << QByteArrayList() << ":0"_ba
                         << ""_ba
                         << ""_ba << true;
    QTest::newRow("Wayland") << QByteArrayList() << ""_ba
                             << "wayland-0"_ba
                             << ""_ba << true;
    QTest::newRow("nothing") << QByteArrayList() << ""_ba
                             << ""_ba
                             << ""_ba << false;
    QTest::newRow("nothing but arguments")
            << QByteArrayList{ "--headless", "localhost", "7000" } << ""_ba
            << ""_ba
            << ""_ba << false;
    QTest::newRow("-platform offscreen") << QByteArrayList{ "-platform", "offscreen" } << ""_ba
                                         << ""_ba
                                         << ""_ba << true;
    QTest::newRow("--platform=offscreen") << QByteArrayList{ "--platform=offscreen" } << ""_ba
                                          << ""_ba
                                          << ""_ba << true;
    QTest::newRow("QT_QPA_PLATFORM") << QByteArrayList() << ""_ba
                                     << ""_ba
                                     << "offscreen"_ba << true;
}

void tst_DisplayCheck::available()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QByteArray, display);
    QFETCH(QByteArray, wayland);
    QFETCH(QByteArray, platform);
    QFETCH(bool, available);
    const QByteArrayList names{ "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" };
    QByteArrayList saved;
    for (const QByteArray &name : names)
        saved.append(qgetenv(name.constData()));
    const auto set = [](const QByteArray &name, const QByteArray &value) {
        if (value.isEmpty())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), value);
    };
    set(names[0], display);
    set(names[1], wayland);
    set(names[2], platform);
    QByteArrayList argv{ "chinwag-client" };
    argv += arguments;
    std::vector<char *> pointers;
    for (QByteArray &argument : argv)
        pointers.push_back(argument.data());
    const bool result = DisplayCheck::available(int(pointers.size()), pointers.data());
    for (qsizetype i = 0; i < names.size(); ++i)
        set(names[i], saved[i]);
    QCOMPARE(result, available);
}

QTEST_GUILESS_MAIN(tst_DisplayCheck)
#include "tst_displaycheck.moc"
