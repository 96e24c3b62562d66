// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Chinwag {

class ChatClient;

// Asks before the account is deleted: says what goes with it and what stays, and takes the
// password as the confirmation. It stays open until the server has answered, and shows why it
// refused.
class DeleteAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteAccountDialog(ChatClient *client, QWidget *parent = nullptr);

private:
    void submit();

    ChatClient *m_client;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_delete;
};

} // namespace Chinwag
