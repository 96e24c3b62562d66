// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messageentry.h"

#include <chatmessage.h>
#include <command.h>
#include <conversation.h>

#include <QObject>

namespace Chinwag {

class ChatClient;
class ConversationListModel;
class UserListModel;

// What the user sees of a chat, kept up to date from the client's signals: the conversations
// with their messages and unread counts, the users online and the members of each group. It
// routes each event to the conversation it belongs to and writes the system lines.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    explicit ChatSession(ChatClient *client, QObject *parent = nullptr);

    ChatClient *client() const { return m_client; }
    ConversationListModel *conversations() const { return m_conversations; }
    UserListModel *users() const { return m_users; }

    // Sends each non-blank line of `text` to the conversation as its own message, in order;
    // returns how many were sent.
    int sendText(const Conversation &to, const QString &text);
    // Adds the conversation if it is new.
    void openConversation(const Conversation &conversation);

    // The conversation a message belongs to, seen from `me`: a direct message is in the
    // conversation with the other user.
    static Conversation conversationOf(const ChatMessage &message, const QString &me);

Q_SIGNALS:
    // Someone else's message arrived in a conversation.
    void messageArrived(const Chinwag::Conversation &conversation,
                        const Chinwag::ChatMessage &message);

private:
    void handleStateChanged();
    void handleRegistered(const QString &name);
    void handleMessage(const ChatMessage &message);
    void handleOutgoing(const MessageEntry &entry);
    void handleJoined(const QString &user);
    void handleLeft(const QString &user, const QString &reason);
    void handleRenamed(const QString &oldName, const QString &newName);
    void handleAway(const QString &user, bool away, const QString &text);
    void handleGroupMade(const QString &group, const QString &creator, const QStringList &members);
    void handleInvited(const QString &group, const QString &user, const QString &inviter);
    void handleParted(const QString &group, const QString &user);
    void handleMembers(const QString &group, const QStringList &members);
    void handleCommandFailed(const Command &command, const ProtocolError &error);

    void addLine(const Conversation &conversation, const QString &text,
                 MessageEntry::Kind kind = MessageEntry::Kind::System);
    // Everyone, and the direct conversation with the user if there is one.
    void addUserLine(const QString &user, const QString &text);
    QString displayName(const QString &user) const;
    bool isMe(const QString &user) const;

    ChatClient *m_client;
    ConversationListModel *m_conversations;
    UserListModel *m_users;
    bool m_online = false;
    bool m_registeredBefore = false;
};

} // namespace Chinwag
