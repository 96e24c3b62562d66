// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupsummary.h"
#include "messageentry.h"
#include "readmarkers.h"

#include <chatmessage.h>
#include <command.h>
#include <conversation.h>

#include <QHash>
#include <QObject>

class QSettings;

namespace Chinwag {

class AccountSync;
class ChatClient;
class ConversationListModel;
class DirectoryModel;
class HistoryLoader;
class MessagePacer;
class ReadPositions;
class TypingTracker;
class UserListModel;

// What the user sees of a chat, kept up to date from the client's signals: the conversations
// with their messages and unread counts, the users online, the members of each group with its
// owner and whether it is public, and the directory of public groups as last asked for. It
// routes each event to the conversation it belongs to and writes the system lines. Its
// HistoryLoader fetches each conversation's history once per connection when it is first shown
// (Everyone and the current one at once), pages back on request, and puts the "new messages"
// marker before the first message the user has not seen.
// Signed in to an account, its AccountSync restores the sidebar from the server's list of the
// account's conversations and keeps read positions the same on every device; a message the
// account sent from another device is shown once, as the user's own; and the account's groups
// stay across reconnects.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    explicit ChatSession(ChatClient *client, QObject *parent = nullptr);

    ChatClient *client() const { return m_client; }
    ConversationListModel *conversations() const { return m_conversations; }
    UserListModel *users() const { return m_users; }
    DirectoryModel *directory() const { return m_directory; }
    TypingTracker *typing() const { return m_typing; }
    MessagePacer *pacer() const { return m_pacer; }
    ReadPositions *readPositions() const;

    // Where the user's reading is remembered; without settings, only while this runs.
    void setSettings(QSettings *settings) { m_readMarkers.setSettings(settings); }

    // Sends each non-blank line of `text` to the conversation as its own message, in order and
    // paced by pacer(); returns how many lines there are.
    int sendText(const Conversation &to, const QString &text);
    // The non-blank lines of a text, each one message.
    static QStringList messageLines(const QString &text);
    // Adds the conversation if it is new.
    void openConversation(const Conversation &conversation);
    // The user now reads this conversation: the one they leave counts as read and loses its
    // marker, and this one's history is fetched if it was not yet on this connection.
    void setCurrentConversation(const Conversation &conversation);
    // Whether the user looks at the current conversation (the window is active): what arrives
    // there then counts as seen.
    void setReading(bool reading);
    // Everything in the conversation so far counts as seen.
    void markRead(const Conversation &conversation);
    // Forgets the conversations and what is known of the server: the user signed out, and
    // whoever signs in next starts afresh.
    void clear();

    // Asks for the messages before the oldest one loaded, unless they are all here or on
    // their way.
    void loadOlder(const Conversation &conversation);
    bool isLoadingHistory(const Conversation &conversation) const;
    // Whether the server may hold older messages than those loaded.
    bool hasOlderHistory(const Conversation &conversation) const;
    // Whether the user sees what arrives in this conversation now.
    bool isSeen(const Conversation &conversation) const;

    // The conversation a message belongs to, seen from `me`: a direct message is in the
    // conversation with the other user.
    static Conversation conversationOf(const ChatMessage &message, const QString &me);

Q_SIGNALS:
    // Someone else's message arrived in a conversation.
    void messageArrived(const Chinwag::Conversation &conversation,
                        const Chinwag::ChatMessage &message);
    // Past messages were merged into a conversation (`added` of them new), or could not be.
    void historyLoaded(const Chinwag::Conversation &conversation, int added);
    void historyLoadingChanged(const Chinwag::Conversation &conversation, bool loading);

private:
    void handleStateChanged();
    void handleRegistered(const QString &name);
    void handleMessage(const ChatMessage &message);
    void handleOutgoing(const MessageEntry &entry);
    void handleJoined(const QString &user);
    void handleLeft(const QString &user, const QString &reason);
    void handleRenamed(const QString &oldName, const QString &newName);
    void handleAway(const QString &user, bool away, const QString &text);
    // The user is in a group (again): messages can be sent there.
    void enterGroup(const Conversation &group);
    void handleGroupMade(const QString &group, const QString &creator, const QStringList &members);
    void handleInvited(const QString &group, const QString &user, const QString &inviter);
    void handleParted(const QString &group, const QString &user);
    void handleEntered(const QString &group, const QString &user);
    void handleRemoved(const QString &group, const QString &user, const QString &by,
                       const QString &reason);
    void handleDescribed(const QString &group, const QString &owner, bool isPublic);
    // The user is no longer in the group: it stays in the list, read-only.
    void leftGroup(const Conversation &group, const QString &why);
    void handleMembers(const QString &group, const QStringList &members);
    void handleGroups(const QList<GroupSummary> &groups);
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
    DirectoryModel *m_directory;
    TypingTracker *m_typing;
    MessagePacer *m_pacer;
    ReadMarkers m_readMarkers;
    HistoryLoader *m_history;
    AccountSync *m_account;
    bool m_reading = true;
    bool m_online = false;
    bool m_registeredBefore = false;
};

} // namespace Chinwag
