// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {
const QString IdleMinutesKey = u"presence/idleMinutes"_s;
const QString AwayTextKey = u"presence/awayText"_s;
} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_idleMinutes(new QSpinBox(this)),
      m_awayText(new QLineEdit(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_idleMinutes->setObjectName(u"idleMinutes"_s);
    m_idleMinutes->setRange(0, MaxIdleMinutes);
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(idleMinutes(*settings));
    m_awayText->setObjectName(u"awayText"_s);
    m_awayText->setText(awayText(*settings));
    m_awayText->setPlaceholderText(tr("What the others read while you are away"));

    auto *form = new QFormLayout;
    form->addRow(tr("Set me away after this long without input:"), m_idleMinutes);
    form->addRow(tr("Away message:"), m_awayText);
    auto *hint = new QLabel(tr("Typing, clicking or moving the mouse in Chinwag brings you back."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int PreferencesDialog::idleMinutes(const QSettings &settings)
{
    return qBound(0, settings.value(IdleMinutesKey, DefaultIdleMinutes).toInt(), MaxIdleMinutes);
}

QString PreferencesDialog::awayText(const QSettings &settings)
{
    const QString text = settings.value(AwayTextKey).toString().trimmed();
    return text.isEmpty() ? tr("away from the keyboard") : text;
}

void PreferencesDialog::save()
{
    m_settings->setValue(IdleMinutesKey, m_idleMinutes->value());
    m_settings->setValue(AwayTextKey, m_awayText->text().trimmed());
}

} // namespace Chinwag
