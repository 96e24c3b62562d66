// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <connectsettings.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Chinwag {

// Asks where to connect and as whom, whether over TLS, and the server's password if it has one.
// A name is checked by the shared name rules as it is typed; a name or a password the server
// refused brings the dialog back with the server's reason and that field selected.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { Name, Password };

    explicit ConnectDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectSettings &settings);
    ConnectSettings settings() const;
    // Shows why the last attempt failed, and selects the field to be changed.
    void setError(const QString &error, Field field = Field::Name);

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_name;
    QCheckBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_rememberPassword;
    QLabel *m_hint;
    QLabel *m_passwordHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Chinwag
