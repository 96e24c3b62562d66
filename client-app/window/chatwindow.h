// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectdialog.h"

#include <certificateproblem.h>
#include <chatmessage.h>
#include <connectsettings.h>
#include <conversation.h>

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QSettings;
class QSplitter;

namespace Chinwag {

class AutoAway;
class ChatClient;
class ChatSession;
class ConnectionBanner;
class ConversationSearch;
class GroupPanel;
class MessageComposer;
class MessageModel;
class MessageView;
class Notifier;
class PendingLinesBar;
class SearchBar;
class TypingLabel;
struct LaunchOptions;

// The chat window: the conversations on the left, the current one in the middle with its input,
// who is online and the current group on the right, and the connection in the status bar. It
// binds widgets to the session's models and the client's signals, and never touches a socket.
// It also sets the user away after the idle time chosen in the preferences, and back on input.
class ChatWindow : public QMainWindow
{
    Q_OBJECT

public:
    ChatWindow(ChatSession *session, QSettings *settings, QWidget *parent = nullptr);
    ~ChatWindow() override;

    // Connects at once when the command line gave host, port and name; else asks.
    void start(const LaunchOptions &options);
    Conversation currentConversation() const { return m_current; }

    // A paste of more lines than this asks before sending them.
    static constexpr int ConfirmLines = 20;

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
    void createActions();
    void createLayout();
    void bindClient();
    void askToConnect(const ConnectSettings &settings, const QString &error,
                      ConnectDialog::Field field = ConnectDialog::Field::Name);
    // The client's question about a certificate, put to the user.
    void askToTrust(const CertificateProblem &problem);
    void restoreLayout();
    void saveLayout();

    void showConversation(const Conversation &conversation);
    void submit(const QString &text);
    void resend(const QModelIndex &index);
    void notifyOfMessage(const Conversation &conversation, const ChatMessage &message);
    void updateHeader();
    void updateStatus();
    void updateTitle();
    void updateComposer();
    QString titleOf(const Conversation &conversation) const;
    // Brings the first unread message to the top when the newest would hide it.
    void showFirstUnread(const MessageModel *messages);
    // The names Tab completes in the current conversation.
    QStringList completionNames() const;
    void setAwayByHand(bool away);

    ChatSession *m_session;
    ChatClient *m_client;
    QSettings *m_settings;
    Notifier *m_notifier;

    QSplitter *m_splitter = nullptr;
    QListView *m_conversationList = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ConnectionBanner *m_banner = nullptr;
    MessageView *m_messages = nullptr;
    SearchBar *m_searchBar = nullptr;
    ConversationSearch *m_search = nullptr;
    TypingLabel *m_typing = nullptr;
    PendingLinesBar *m_pending = nullptr;
    MessageComposer *m_composer = nullptr;
    GroupPanel *m_groupPanel = nullptr;
    QLabel *m_onlineTitle = nullptr;
    QListView *m_users = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_newGroupAction = nullptr;
    QAction *m_awayAction = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    AutoAway *m_autoAway = nullptr;

    Conversation m_current;
    // What was typed and not sent, per conversation.
    QHash<Conversation, QString> m_drafts;
};

} // namespace Chinwag
