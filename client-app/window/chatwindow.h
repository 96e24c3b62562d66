// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectdialog.h"

#include <certificateproblem.h>
#include <chatmessage.h>
#include <conversation.h>

#include <QMainWindow>

class QListView;
class QSettings;
class QSplitter;

namespace Chinwag {

class AccountMenu;
class AutoAway;
class ChatClient;
class ChatSession;
class ConnectPrompt;
class ConversationPane;
class Notifier;
class PeoplePane;
class SavedPasswords;
struct LaunchOptions;

// The chat window: the conversations on the left, the current one in the middle with its input
// (ConversationPane), the current group and who is online on the right (PeoplePane), and the
// connection in the status bar. It binds widgets to the session's models and the client's
// signals, and never touches a socket.
// It also sets the user away after the idle time chosen in the preferences, and back on input;
// asks whom to connect as through ConnectPrompt, with the passwords SavedPasswords remembers
// (without it, none); and has the account's menu (AccountMenu).
class ChatWindow : public QMainWindow
{
    Q_OBJECT

public:
    ChatWindow(ChatSession *session, QSettings *settings, SavedPasswords *passwords = nullptr,
               QWidget *parent = nullptr);
    ~ChatWindow() override;

    // Connects at once when the command line gave host, port and name; else asks.
    void start(const LaunchOptions &options);
    Conversation currentConversation() const;

public Q_SLOTS:
    // Asks where to connect and as whom, showing why the last attempt failed if it did, with
    // the field to change selected.
    void showConnectDialog(const QString &error = {},
                           ConnectDialog::Field field = ConnectDialog::Field::Name);
    // Opens a conversation, adding it if it is new.
    void openConversation(const Chinwag::Conversation &conversation);
    void showNewGroupDialog();
    void showQuickSwitcher();
    // Ctrl+F: the search bar over the current conversation.
    void showSearch();
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions(SavedPasswords *passwords);
    void createLayout();
    void bindClient();
    // The client's question about a certificate, put to the user.
    void askToTrust(const CertificateProblem &problem);
    void restoreLayout();
    void saveLayout();

    void showConversation(const Conversation &conversation);
    void notifyOfMessage(const Conversation &conversation, const ChatMessage &message);
    // Disconnect and New Group only when they can be done.
    void updateActions();
    void updateTitle();
    void setAwayByHand(bool away);

    ChatSession *m_session;
    ChatClient *m_client;
    QSettings *m_settings;
    Notifier *m_notifier;
    ConnectPrompt *m_prompt;

    QSplitter *m_splitter = nullptr;
    QListView *m_conversationList = nullptr;
    ConversationPane *m_conversation = nullptr;
    PeoplePane *m_people = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_newGroupAction = nullptr;
    QAction *m_awayAction = nullptr;
    AccountMenu *m_accountMenu = nullptr;
    AutoAway *m_autoAway = nullptr;
};

} // namespace Chinwag
