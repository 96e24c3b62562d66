// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QSettings;

namespace Chinwag {

class ChatClient;
class ChatSession;
class SavedPasswords;
struct LaunchOptions;

// Whom the window connects as: the command line's settings, or the connect dialog's, completed
// with the passwords SavedPasswords remembers, and kept there once the server accepted them.
// The dialog comes back with the reason when the server refuses the registration, and follows
// what the server offers. Connecting as someone else clears the session first.
class ConnectPrompt : public QObject
{
    Q_OBJECT

public:
    // Without SavedPasswords, nothing is remembered.
    ConnectPrompt(ChatSession *session, QSettings *settings, SavedPasswords *passwords,
                  QWidget *window);

    // Connects at once when the command line gave host, port and name (and an account's
    // password is known); else asks.
    void start(const LaunchOptions &options);
    // Asks where to connect and as whom, showing why the last attempt failed if it did, with
    // the field to change selected.
    void ask(const QString &error = {}, ConnectDialog::Field field = ConnectDialog::Field::Name);

Q_SIGNALS:
    // A sentence for the status bar.
    void statusMessage(const QString &text);

private:
    ConnectDialog *askWith(const ConnectSettings &settings, const QString &error = {},
                           ConnectDialog::Field field = ConnectDialog::Field::Name);
    // Calls `then` with the settings and the passwords remembered for them.
    void withPasswords(const ConnectSettings &settings,
                       std::function<void(const ConnectSettings &)> then);
    void connectAs(const ConnectSettings &settings);

    ChatSession *m_session;
    ChatClient *m_client;
    QSettings *m_settings;
    SavedPasswords *m_passwords;
    QWidget *m_window;
    QPointer<ConnectDialog> m_dialog;
    std::function<void(const ConnectSettings &)> m_afterFill;
};

} // namespace Chinwag
