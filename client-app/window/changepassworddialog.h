// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Chinwag {

class ChatClient;

// Changes the account's password: the old one, and the new one twice, checked by the shared
// password rules as they are typed. It stays open until the server has answered, and shows why
// it refused.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(ChatClient *client, QWidget *parent = nullptr);

private:
    void validate();
    void submit();

    ChatClient *m_client;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_waiting = false;
};

} // namespace Chinwag
