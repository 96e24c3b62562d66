// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QHash>
#include <QWidget>

class QLabel;
class QModelIndex;

namespace Chinwag {

class ChatClient;
class ChatSession;
class ConnectionBanner;
class ConversationSearch;
class MessageComposer;
class MessageModel;
class MessageView;
class PendingLinesBar;
class SearchBar;
class TypingLabel;

// The window's middle pane: the current conversation's header, the connection banner, its
// messages (or the search over them), who is typing, the lines still to go, and the composer.
// It keeps what was typed and not sent per conversation, asks for older history at the top, and
// asks before a long paste goes out as many messages. Its focus is the composer's.
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(ChatSession *session, QWidget *parent = nullptr);

    // A paste of more lines than this asks before sending them.
    static constexpr int ConfirmLines = 20;
    // The conversation's name as the user reads it: "Everyone", a peer's name, "#group".
    static QString titleOf(const Conversation &conversation);

    Conversation conversation() const { return m_current; }
    // Shows a conversation whose messages the session has; the one shown before keeps its draft.
    void setConversation(const Conversation &conversation);
    // Ctrl+F: the search bar over the current conversation.
    void showSearch();

Q_SIGNALS:
    // The banner's button: the user wants to connect, perhaps elsewhere.
    void connectRequested();

private:
    void createLayout();
    void submit(const QString &text);
    void resend(const QModelIndex &index);
    void updateHeader();
    void updateComposer();
    // Brings the first unread message to the top when the newest would hide it.
    void showFirstUnread(const MessageModel *messages);
    // The names Tab completes in the current conversation.
    QStringList completionNames() const;

    ChatSession *m_session;
    ChatClient *m_client;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ConnectionBanner *m_banner = nullptr;
    MessageView *m_messages = nullptr;
    SearchBar *m_searchBar = nullptr;
    ConversationSearch *m_search = nullptr;
    TypingLabel *m_typing = nullptr;
    PendingLinesBar *m_pending = nullptr;
    MessageComposer *m_composer = nullptr;

    Conversation m_current;
    // What was typed and not sent, per conversation.
    QHash<Conversation, QString> m_drafts;
};

} // namespace Chinwag
