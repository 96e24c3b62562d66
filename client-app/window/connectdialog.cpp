// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "newpasswordcheck.h"
#include "passwordedit.h"

#include <errormessages.h>
#include <namerules.h>
#include <passwordrules.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Accounts = ClientConnection::Accounts;

namespace {

const QString ErrorStyle = u"color: #c62828;"_s;

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_tls(new QCheckBox(tr("Use &TLS: encrypt the connection"), this)),
      m_signIn(new QRadioButton(tr("S&ign in"), this)),
      m_signUp(new QRadioButton(tr("Create an &account"), this)),
      m_guest(new QRadioButton(tr("Continue as a &guest"), this)),
      m_name(new QLineEdit(this)),
      m_hint(hintLabel(u"nameHint"_s, this)),
      m_accountPassword(new PasswordEdit(u"accountPassword"_s, this)),
      m_repeatPassword(new PasswordEdit(u"repeatPassword"_s, this)),
      m_accountHint(hintLabel(u"accountHint"_s, this)),
      m_password(new PasswordEdit(u"password"_s, this)),
      m_rememberPassword(new QCheckBox(tr("R&emember the passwords in the keychain"), this)),
      m_keychainHint(hintLabel(u"keychainHint"_s, this)),
      m_passwordHint(hintLabel(u"passwordHint"_s, this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_form(new QFormLayout)
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a Chinwag Server"));
    setMinimumWidth(400);

    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("host name or address"));
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_port->setMaximumWidth(90);
    m_tls->setObjectName(u"tls"_s);
    m_signIn->setObjectName(u"signInChoice"_s);
    m_signUp->setObjectName(u"signUpChoice"_s);
    m_guest->setObjectName(u"guestChoice"_s);
    m_signIn->setToolTip(tr("Your account keeps your name, your conversations and your groups, "
                            "on every device."));
    m_guest->setToolTip(tr("A guest's name is free for others once the guest leaves, and nothing "
                           "is kept for it."));
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("how others will see you"));
    m_name->setMaxLength(4 * Protocol::MaxNameLength);
    m_accountPassword->setPlaceholderText(tr("your account's password"));
    m_repeatPassword->setPlaceholderText(tr("the same again"));
    m_password->setPlaceholderText(tr("only if the server has one"));
    m_rememberPassword->setObjectName(u"rememberPassword"_s);
    m_rememberPassword->setToolTip(tr("The passwords are kept in the desktop's keychain, never "
                                      "in the settings file. Without this, they are asked for "
                                      "again next time."));
    m_keychainHint->setText(tr("No keychain is available on this desktop: passwords are not "
                               "remembered, and are asked for again next time."));
    m_keychainHint->hide();
    m_passwordHint->setText(tr("Without TLS, the passwords travel unencrypted."));
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle);
    m_error->hide();

    QPushButton *connectButton = m_buttons->button(QDialogButtonBox::Ok);
    connectButton->setObjectName(u"connectButton"_s);
    connectButton->setIcon(
            QIcon::fromTheme(u"network-connect"_s, QIcon(u":/icons/actions/connect.svg"_s)));

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_signIn);
    choices->addWidget(m_signUp);
    choices->addWidget(m_guest);
    choices->addStretch();

    m_form->addRow(tr("&Server:"), m_host);
    m_form->addRow(tr("&Port:"), m_port);
    m_form->addRow(QString(), m_tls);
    m_form->addRow(QString(), choices);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), m_hint);
    m_form->addRow(tr("Pass&word:"), m_accountPassword);
    m_form->addRow(tr("&Repeat:"), m_repeatPassword);
    m_form->addRow(QString(), m_accountHint);
    m_form->addRow(tr("Ser&ver's password:"), m_password);
    m_form->addRow(QString(), m_rememberPassword);
    m_form->addRow(QString(), m_keychainHint);
    m_form->addRow(QString(), m_passwordHint);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Chat with everyone on a server, with one person, or in private "
                                "groups."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *choice : { m_signIn, m_signUp, m_guest }) {
        connect(choice, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                setRegistration(registration());
        });
    }
    for (QLineEdit *edit : { m_host, m_name, m_accountPassword, m_repeatPassword, m_password })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    for (QLineEdit *edit : { m_name, m_accountPassword, m_repeatPassword, m_password })
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_tls, &QCheckBox::toggled, this, &ConnectDialog::validate);
    setRegistration(Registration::Guest);
}

void ConnectDialog::setSettings(const ConnectSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_name->setText(settings.name);
    m_tls->setChecked(settings.tls);
    setRegistration(settings.registration);
    m_accountPassword->setText(settings.accountPassword);
    m_repeatPassword->clear();
    m_password->setText(settings.serverPassword);
    m_rememberPassword->setChecked(settings.rememberPassword && m_keychain);
    m_error->hide();
    updateChoices();
    if (settings.host.isEmpty())
        m_host->setFocus();
    else if (settings.isAccount() && !settings.name.isEmpty())
        m_accountPassword->setFocus();
    else
        m_name->setFocus();
}

ConnectSettings ConnectDialog::settings() const
{
    ConnectSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.name = m_name->text().trimmed();
    settings.tls = m_tls->isChecked();
    settings.registration = registration();
    if (settings.isAccount())
        settings.accountPassword = m_accountPassword->text();
    settings.serverPassword = m_password->text();
    settings.rememberPassword = m_rememberPassword->isChecked();
    return settings;
}

void ConnectDialog::setAccounts(Accounts accounts)
{
    m_accounts = accounts;
    updateChoices();
}

void ConnectDialog::setKeychainAvailable(bool available)
{
    m_keychain = available;
    m_keychainHint->setVisible(!available);
    if (!available)
        m_rememberPassword->setChecked(false);
    validate();
}

void ConnectDialog::setError(const QString &error, Field field)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    // Without an error, the field setSettings() chose keeps the focus: the password, for an
    // account that is remembered.
    if (error.isEmpty())
        return;
    QLineEdit *edit = field == Field::ServerPassword ? m_password
            : field == Field::AccountPassword && registration() != Registration::Guest
            ? m_accountPassword
            : m_name;
    edit->setFocus();
    edit->selectAll();
}

void ConnectDialog::showRefusal(const ProtocolError &error)
{
    const QString name = m_name->text().trimmed();
    switch (error.code) {
    case ErrorCode::NameOwned:
        // The name is someone's account: perhaps the user's own.
        if (m_accounts != Accounts::None)
            setRegistration(Registration::SignIn);
        setError(tr("The name %1 belongs to an account. If it is yours, enter its password and "
                    "sign in; otherwise choose another name.")
                         .arg(name),
                 Field::AccountPassword);
        return;
    case ErrorCode::NoSuchAccount:
        setError(tr("There is no account named %1 on this server. To make one, choose \"Create "
                    "an account\".")
                         .arg(name));
        return;
    case ErrorCode::AccountsRequired:
        setAccounts(Accounts::Required);
        break;
    case ErrorCode::NoAccounts:
        setAccounts(Accounts::None);
        break;
    default:
        break;
    }
    Field field = Field::Name;
    switch (error.code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::InvalidPassword:
    case ErrorCode::Throttled:
    case ErrorCode::Locked:
        field = Field::AccountPassword;
        break;
    case ErrorCode::PasswordRequired:
    case ErrorCode::BadPassword:
        field = Field::ServerPassword;
        break;
    default:
        break;
    }
    setError(ErrorMessages::describe(error), field);
}

void ConnectDialog::setRegistration(Registration registration)
{
    QRadioButton *choice = registration == Registration::SignIn ? m_signIn
            : registration == Registration::SignUp              ? m_signUp
                                                                : m_guest;
    if (!choice->isChecked())
        choice->setChecked(true); // toggled() comes back here
    const bool account = registration != Registration::Guest;
    m_form->setRowVisible(m_accountPassword, account);
    m_form->setRowVisible(m_repeatPassword, registration == Registration::SignUp);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(registration == Registration::SignIn           ? tr("Sign In")
                              : registration == Registration::SignUp ? tr("Create Account")
                                                                     : tr("&Connect"));
    validate();
}

ConnectDialog::Registration ConnectDialog::registration() const
{
    if (m_signIn->isChecked())
        return Registration::SignIn;
    if (m_signUp->isChecked())
        return Registration::SignUp;
    return Registration::Guest;
}

void ConnectDialog::updateChoices()
{
    // A server's SUPPORTS line says what it offers; before it has spoken, everything is.
    m_guest->setVisible(m_accounts != Accounts::Required);
    m_signIn->setVisible(m_accounts != Accounts::None);
    m_signUp->setVisible(m_accounts != Accounts::None);
    if (m_accounts == Accounts::Required && registration() == Registration::Guest)
        setRegistration(Registration::SignIn);
    else if (m_accounts == Accounts::None && registration() != Registration::Guest)
        setRegistration(Registration::Guest);
}

void ConnectDialog::validate()
{
    const QString name = m_name->text().trimmed();
    const bool nameOk = NameRules::isValid(name);
    m_hint->setText(name.isEmpty() || nameOk ? tr(
                            "1 to 32 letters, digits, '_', '-' or '.', starting with a letter.")
                                             : ErrorMessages::describe({ ErrorCode::BadName, {} }));
    m_hint->setStyleSheet(name.isEmpty() || nameOk ? QString() : ErrorStyle);

    const Registration how = registration();
    const QString password = m_accountPassword->text();
    bool passwordOk = true;
    QString accountHint;
    bool accountProblem = false;
    if (how == Registration::SignUp) {
        const NewPasswordCheck check = NewPasswordCheck::of(password, m_repeatPassword->text());
        passwordOk = check.acceptable;
        accountHint = check.hint;
        accountProblem = check.problem;
    } else if (how == Registration::SignIn) {
        passwordOk = !PasswordRules::check(password, PasswordRules::Purpose::Given);
        accountProblem = !passwordOk && !password.isEmpty();
        if (accountProblem)
            accountHint = ErrorMessages::describe({ ErrorCode::InvalidPassword, {} });
    }
    m_accountHint->setText(accountHint);
    m_accountHint->setVisible(!accountHint.isEmpty());
    m_accountHint->setStyleSheet(accountProblem ? ErrorStyle : QString());

    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(nameOk && passwordOk && !m_host->text().trimmed().isEmpty());
    const bool anyPassword =
            !m_password->text().isEmpty() || (how != Registration::Guest && !password.isEmpty());
    m_passwordHint->setVisible(anyPassword && !m_tls->isChecked());
    m_rememberPassword->setEnabled(anyPassword && m_keychain);
}

} // namespace Chinwag
