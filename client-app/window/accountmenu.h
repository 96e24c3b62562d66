// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QSettings;

namespace Chinwag {

class ChatClient;
class ChatSession;
class SavedPasswords;

// The Account menu: change the password, sign out, delete the account, while signed in to an
// account. Signing out and a deleted account forget the account's remembered password and the
// conversations; the window then asks whom to sign in as.
class AccountMenu : public QMenu
{
    Q_OBJECT

public:
    // Without SavedPasswords, no password is remembered to forget.
    AccountMenu(ChatSession *session, SavedPasswords *passwords, QSettings *settings,
                QWidget *parent = nullptr);

    void showChangePasswordDialog();
    void showDeleteAccountDialog();
    void signOut();

Q_SIGNALS:
    // A sentence for the status bar.
    void statusMessage(const QString &text);
    void signedOut();
    void accountDeleted();

private:
    void updateActions();
    // Forgets what belonged to the account on this computer; the next sign-in is asked for.
    void leaveAccount(bool deleted);

    ChatSession *m_session;
    ChatClient *m_client;
    SavedPasswords *m_passwords;
    QSettings *m_settings;
    QAction *m_changePassword;
    QAction *m_signOut;
    QAction *m_delete;
};

} // namespace Chinwag
