// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversationsummary.h"
#include "historyloader.h"

#include <QObject>

namespace Chinwag {

class ChatClient;
class ConversationListModel;
class ReadMarkers;
class ReadPositions;

// An account's conversations kept the same on every device: on each sign-in the server's list
// (CONVERSATIONS) restores them, with their unread counts and read positions; what the user
// reads goes to the server (ReadPositions), and what another device read (READ) clears the
// unread count here; a message the account sent, here or elsewhere, counts as read up to it.
// Nothing of this happens for a guest.
class AccountSync : public QObject
{
    Q_OBJECT

public:
    AccountSync(ChatClient *client, ConversationListModel *conversations, ReadMarkers *readMarkers,
                HistoryLoader *history, HistoryLoader::SeenCheck isSeen, QObject *parent = nullptr);

    ReadPositions *readPositions() const { return m_readPositions; }

    // The user has read the conversation up to the message `id`.
    void noteRead(const Conversation &conversation, quint64 id);
    // The account sent the message `id` to the conversation, from this device or, when
    // `elsewhere`, from another: then what came before it counts as read here too.
    void noteSent(const Conversation &conversation, quint64 id, bool elsewhere);
    // Another user's chat begins.
    void clear();

private:
    void handleConversations(const QList<ConversationSummary> &conversations);
    void handleReadElsewhere(const Conversation &conversation, quint64 readId);

    ChatClient *m_client;
    ConversationListModel *m_conversations;
    ReadMarkers *m_readMarkers;
    HistoryLoader *m_history;
    HistoryLoader::SeenCheck m_isSeen;
    ReadPositions *m_readPositions;
};

} // namespace Chinwag
