// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chinwag {

namespace {

QString licenseText()
{
    QFile file(u":/legal/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

QLabel *wrappedLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &applicationName, const QString &description,
                         const QIcon &icon, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About %1").arg(applicationName));

    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(icon.pixmap(64));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *nameLabel = wrappedLabel(applicationName, u"nameLabel"_s);
    QFont nameFont = nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    nameLabel->setFont(nameFont);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(nameLabel);
    textColumn->addWidget(wrappedLabel(tr("Version %1").arg(QLatin1StringView(CHINWAG_VERSION)),
                                       u"versionLabel"_s));
    textColumn->addWidget(wrappedLabel(description, u"descriptionLabel"_s));
    textColumn->addWidget(
            wrappedLabel(tr("Copyright © the Chinwag developers."), u"copyrightLabel"_s));
    textColumn->addWidget(wrappedLabel(
            tr("This program is free software: you can redistribute it and/or modify it under the "
               "terms of the GNU General Public License, version 3 or (at your option) any later "
               "version (GPL-3.0-or-later). It comes with absolutely no warranty; see the License "
               "tab."),
            u"licenseLabel"_s));
    textColumn->addWidget(wrappedLabel(
            tr("Built with Qt %1, running on Qt %2.")
                    .arg(QLatin1StringView(QT_VERSION_STR), QLatin1StringView(qVersion())),
            u"qtVersionLabel"_s));
    textColumn->addStretch();

    auto *aboutPage = new QWidget;
    auto *aboutLayout = new QHBoxLayout(aboutPage);
    aboutLayout->addWidget(iconLabel);
    aboutLayout->addLayout(textColumn, 1);

    auto *licenseView = new QPlainTextEdit(licenseText());
    licenseView->setObjectName(u"licenseText"_s);
    licenseView->setReadOnly(true);
    licenseView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    licenseView->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *tabs = new QTabWidget;
    tabs->addTab(aboutPage, tr("&About"));
    tabs->addTab(licenseView, tr("&License"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    // Wide enough for the license's 80 columns without a horizontal scroll bar.
    const int licenseWidth = licenseView->fontMetrics().horizontalAdvance(QString(82, u'M'));
    resize(licenseWidth + 2 * layout->contentsMargins().left(), licenseWidth * 2 / 3);
}

} // namespace Chinwag
