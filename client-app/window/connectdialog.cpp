// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include <errormessages.h>
#include <namerules.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_name(new QLineEdit(this)),
      m_tls(new QCheckBox(tr("Use &TLS: encrypt the connection"), this)),
      m_password(new QLineEdit(this)),
      m_rememberPassword(new QCheckBox(tr("R&emember the password on this computer"), this)),
      m_hint(new QLabel(this)),
      m_passwordHint(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a Chinwag Server"));
    setMinimumWidth(380);

    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("host name or address"));
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_port->setMaximumWidth(90);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("how others will see you"));
    m_name->setMaxLength(4 * Protocol::MaxNameLength);

    m_tls->setObjectName(u"tls"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server has one"));
    m_rememberPassword->setObjectName(u"rememberPassword"_s);
    m_rememberPassword->setToolTip(tr("The password is kept unencrypted in this user's settings "
                                      "file. Without this, it is asked for again next time."));
    m_passwordHint->setObjectName(u"passwordHint"_s);
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    m_passwordHint->setText(tr("Without TLS, the password travels unencrypted."));

    m_hint->setObjectName(u"nameHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    QPushButton *connectButton = m_buttons->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setObjectName(u"connectButton"_s);
    connectButton->setIcon(
            QIcon::fromTheme(u"network-connect"_s, QIcon(u":/icons/actions/connect.svg"_s)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_rememberPassword);
    form->addRow(QString(), m_passwordHint);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Chat with everyone on a server, with one person, or in private "
                                "groups."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_password, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_tls, &QCheckBox::toggled, this, &ConnectDialog::validate);
    validate();
}

void ConnectDialog::setSettings(const ConnectSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_name->setText(settings.name);
    m_tls->setChecked(settings.tls);
    m_password->setText(settings.password);
    m_rememberPassword->setChecked(settings.rememberPassword);
    m_error->hide();
    (settings.host.isEmpty() ? m_host : m_name)->setFocus();
}

ConnectSettings ConnectDialog::settings() const
{
    ConnectSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.name = m_name->text().trimmed();
    settings.tls = m_tls->isChecked();
    settings.password = m_password->text();
    settings.rememberPassword = m_rememberPassword->isChecked();
    return settings;
}

void ConnectDialog::setError(const QString &error, Field field)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    QLineEdit *edit = field == Field::Password ? m_password : m_name;
    edit->setFocus();
    edit->selectAll();
}

void ConnectDialog::validate()
{
    const QString name = m_name->text().trimmed();
    const bool nameOk = NameRules::isValid(name);
    m_hint->setText(name.isEmpty() || nameOk ? tr(
                            "1 to 32 letters, digits, '_', '-' or '.', starting with a letter.")
                                             : ErrorMessages::describe({ ErrorCode::BadName, {} }));
    m_hint->setStyleSheet(name.isEmpty() || nameOk ? QString() : u"color: #c62828;"_s);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(nameOk && !m_host->text().trimmed().isEmpty());
    m_passwordHint->setVisible(!m_password->text().isEmpty() && !m_tls->isChecked());
    m_rememberPassword->setEnabled(!m_password->text().isEmpty());
}

} // namespace Chinwag
