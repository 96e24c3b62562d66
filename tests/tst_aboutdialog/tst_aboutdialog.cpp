// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "translationloader.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using Chinwag::AboutDialog;

namespace {

QString labelText(const QDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

QStringList tabTitles(const QDialog &dialog)
{
    QStringList titles;
    if (const auto *tabs = dialog.findChild<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
    }
    return titles;
}

} // namespace

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheAppsNameVersionAndPurpose();
    void namesTheLicenseAndShowsItsText();
    void showsTheQtVersion();
    void speaksTheLoadedLanguage();
    void closesWithItsCloseButton();

private:
    const QString m_name = u"Chinwag Test"_s;
    const QString m_description = u"Checks the About dialog."_s;
    const QIcon m_icon = QIcon(u":/icons/chinwag-client.svg"_s);
};

void tst_AboutDialog::showsTheAppsNameVersionAndPurpose()
{
    AboutDialog dialog(m_name, m_description, m_icon);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.windowTitle(), u"About Chinwag Test"_s);
    QCOMPARE(labelText(dialog, u"nameLabel"_s), m_name);
    QCOMPARE(labelText(dialog, u"versionLabel"_s), u"Version " CHINWAG_VERSION ""_s);
    QCOMPARE(labelText(dialog, u"descriptionLabel"_s), m_description);
}

void tst_AboutDialog::namesTheLicenseAndShowsItsText()
{
    AboutDialog dialog(m_name, m_description, m_icon);

    QVERIFY(labelText(dialog, u"licenseLabel"_s).contains(u"GPL-3.0-or-later"_s));
    const auto *license = dialog.findChild<QPlainTextEdit *>(u"licenseText"_s);
    QVERIFY(license);
    QVERIFY(license->isReadOnly());
    const QString text = license->toPlainText();
    QVERIFY(text.contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(text.contains(u"Version 3, 29 June 2007"_s));
    QVERIFY(text.contains(u"END OF TERMS AND CONDITIONS"_s));
}

void tst_AboutDialog::showsTheQtVersion()
{
    AboutDialog dialog(m_name, m_description, m_icon);

    QVERIFY(labelText(dialog, u"qtVersionLabel"_s).contains(QLatin1StringView(qVersion())));
}

void tst_AboutDialog::speaksTheLoadedLanguage()
{
    Chinwag::TranslationLoader loader;
    QVERIFY(loader.load(QLocale(QLocale::German)));

    AboutDialog dialog(m_name, m_description, m_icon);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.windowTitle(), u"Über Chinwag Test"_s);
    QCOMPARE(tabTitles(dialog), QStringList({ u"Ü&ber"_s, u"&Lizenz"_s }));
    QVERIFY(labelText(dialog, u"licenseLabel"_s)
                    .startsWith(u"Dieses Programm ist freie Software"_s));
    // Qt's own catalogue translates the standard button.
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), u"Schließen"_s);
    QLocale::setDefault(QLocale::c());
}

void tst_AboutDialog::closesWithItsCloseButton()
{
    AboutDialog dialog(m_name, m_description, m_icon);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);

    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);

    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
