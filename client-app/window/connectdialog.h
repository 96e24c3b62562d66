// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <connectsettings.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Chinwag {

// Asks where to connect and as whom. A name is checked by the shared name rules as it is typed;
// a name the server refused brings the dialog back with the server's reason and the name
// selected.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectSettings &settings);
    ConnectSettings settings() const;
    // Shows why the last attempt failed, and selects the name to be changed.
    void setError(const QString &error);

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_name;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Chinwag
