// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmessage.h>
#include <conversation.h>
#include <protocolerror.h>

#include <QHash>
#include <QObject>

#include <functional>

namespace Chinwag {

class ChatClient;
class ConversationListModel;
class ReadMarkers;

// The history of each conversation, as the session shows it: the newest page fetched once per
// connection when the conversation is first shown, older pages on request until the server has
// no more, each merged into the conversation's messages by id. The "new messages" marker goes
// before the first message of the newest page that the user had not seen when it was asked for
// (ReadMarkers, or the account's read position on the server once it is known); a guest's
// messages missed while away count as unread.
class HistoryLoader : public QObject
{
    Q_OBJECT

public:
    // Whether the user sees what arrives in a conversation now.
    using SeenCheck = std::function<bool(const Conversation &)>;

    HistoryLoader(ChatClient *client, ConversationListModel *conversations,
                  const ReadMarkers *readMarkers, SeenCheck isSeen, QObject *parent = nullptr);

    // Asks for the newest page once per connection; a group's only while the user is in it.
    void fetch(const Conversation &conversation);
    // Asks for the messages before the oldest one loaded, unless they are all here or on their
    // way.
    void loadOlder(const Conversation &conversation);
    bool isLoading(const Conversation &conversation) const;
    // Whether the server may hold older messages than those loaded.
    bool hasOlder(const Conversation &conversation) const;
    // The server says how far the account has read: a newest page on its way puts its marker
    // there.
    void noteReadPosition(const Conversation &conversation, quint64 readId);
    // Another user's chat begins.
    void clear();

Q_SIGNALS:
    // Past messages were merged into a conversation (`added` of them new), or could not be.
    void loaded(const Chinwag::Conversation &conversation, int added);
    void loadingChanged(const Chinwag::Conversation &conversation, bool loading);
    // Why the history could not be loaded, for a person.
    void failed(const Chinwag::Conversation &conversation, const QString &why);

private:
    struct State
    {
        bool fetched = false; // the newest page was asked for on this connection
        bool loading = false;
        bool complete = false; // the server has nothing older
        quint64 seenBefore = 0; // what the user had seen when the newest page was asked for
    };

    State &stateOf(const Conversation &conversation);
    void setLoading(const Conversation &conversation, bool loading);
    void handleStateChanged();
    void handleHistory(const Conversation &conversation, const QList<ChatMessage> &messages,
                       quint64 before, int limit);
    void handleFailure(const Conversation &conversation, const ProtocolError &error);

    ChatClient *m_client;
    ConversationListModel *m_conversations;
    const ReadMarkers *m_readMarkers;
    SeenCheck m_isSeen;
    QHash<QString, State> m_states; // by conversationKey()
    bool m_unavailable = false; // the server keeps none
    bool m_online = false;
};

} // namespace Chinwag
