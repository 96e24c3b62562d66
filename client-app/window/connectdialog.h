// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <clientconnection.h>
#include <connectsettings.h>
#include <protocolerror.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Chinwag {

// Asks where to connect and as whom: sign in to an account, create one, or continue as a guest;
// whether over TLS, and the server's password if it has one. Names and passwords are checked by
// the shared rules as they are typed. What the server refused brings the dialog back with a
// sentence that says what to do, and the field to change selected. The choices follow what the
// server offers: no guest on a server that requires accounts, no accounts on one without.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { Name, AccountPassword, ServerPassword };
    using Registration = ConnectSettings::Registration;

    explicit ConnectDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectSettings &settings);
    ConnectSettings settings() const;
    // What the server said of accounts; Unknown offers every choice.
    void setAccounts(ClientConnection::Accounts accounts);
    // Without a keychain, passwords cannot be remembered, and the dialog says so.
    void setKeychainAvailable(bool available);
    // Shows why the last attempt failed, and selects the field to be changed.
    void setError(const QString &error, Field field = Field::Name);
    // The server refused the registration: says why and what to do, in the user's language.
    void showRefusal(const ProtocolError &error);

private:
    void setRegistration(Registration registration);
    Registration registration() const;
    void updateChoices();
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QCheckBox *m_tls;
    QRadioButton *m_signIn;
    QRadioButton *m_signUp;
    QRadioButton *m_guest;
    QLineEdit *m_name;
    QLabel *m_hint;
    QLineEdit *m_accountPassword;
    QLineEdit *m_repeatPassword;
    QLabel *m_accountHint;
    QLineEdit *m_password;
    QCheckBox *m_rememberPassword;
    QLabel *m_keychainHint;
    QLabel *m_passwordHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    ClientConnection::Accounts m_accounts = ClientConnection::Accounts::Unknown;
    bool m_keychain = true;
};

} // namespace Chinwag
