// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsync.h"

#include "chatclient.h"
#include "clientlog.h"
#include "conversationkey.h"
#include "conversationlistmodel.h"
#include "messagemodel.h"
#include "readmarkers.h"
#include "readpositions.h"

namespace Chinwag {

AccountSync::AccountSync(ChatClient *client, ConversationListModel *conversations,
                         ReadMarkers *readMarkers, HistoryLoader *history,
                         HistoryLoader::SeenCheck isSeen, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_conversations(conversations),
      m_readMarkers(readMarkers),
      m_history(history),
      m_isSeen(std::move(isSeen)),
      m_readPositions(new ReadPositions(client, this))
{
    connect(client, &ChatClient::conversationsListed, this, &AccountSync::handleConversations);
    connect(client, &ChatClient::readElsewhere, this, &AccountSync::handleReadElsewhere);
}

void AccountSync::noteRead(const Conversation &conversation, quint64 id)
{
    // The server takes read positions only for the groups the account is in.
    if (m_client->isAccount()
        && (conversation.kind != Conversation::Kind::Group
            || m_conversations->isActive(conversation)))
        m_readPositions->advance(conversation, id);
}

void AccountSync::noteSent(const Conversation &conversation, quint64 id, bool elsewhere)
{
    if (!m_client->isAccount())
        return;
    // What one sends, one has read: the server moved the position on every device.
    m_readPositions->learn(conversation, id);
    if (!elsewhere)
        return;
    m_readMarkers->setLastSeen(conversation, id);
    m_conversations->setUnread(conversation, 0);
    if (MessageModel *messages = m_conversations->messages(conversation))
        messages->setUnreadMarker(0);
}

void AccountSync::clear()
{
    m_readPositions->clear();
}

void AccountSync::handleConversations(const QList<ConversationSummary> &conversations)
{
    int unread = 0;
    for (const ConversationSummary &summary : conversations) {
        const Conversation &conversation = summary.conversation;
        m_conversations->ensure(conversation);
        if (conversation.kind == Conversation::Kind::Group) {
            // The account is in it: the server said so.
            m_conversations->setActive(conversation, true);
            if (conversationKey(conversation) == conversationKey(m_conversations->current()))
                m_history->fetch(conversation);
        }
        m_conversations->noteActivity(conversation, summary.lastId);
        m_readMarkers->setLastSeen(conversation, summary.readId);
        m_readPositions->learn(conversation, summary.readId);
        // A history asked for before this answer puts its marker at the server's position.
        m_history->noteReadPosition(conversation, summary.readId);
        m_conversations->setUnread(conversation, m_isSeen(conversation) ? 0 : summary.unread);
        unread += summary.unread;
    }
    qCInfo(lcClient).noquote() << tr("Restored %1 conversations from the server, %2 unread "
                                     "messages")
                                          .arg(conversations.size())
                                          .arg(unread);
}

void AccountSync::handleReadElsewhere(const Conversation &conversation, quint64 readId)
{
    m_readPositions->learn(conversation, readId);
    m_readMarkers->setLastSeen(conversation, readId);
    MessageModel *messages = m_conversations->messages(conversation);
    if (!messages)
        return;
    int unread = 0;
    for (int row = 0; row < messages->rowCount(); ++row) {
        const MessageEntry &entry = messages->entry(row);
        if (entry.kind == MessageEntry::Kind::Chat && !entry.isOwn() && entry.message.id > readId)
            ++unread;
    }
    m_conversations->setUnread(conversation, unread);
    if (unread == 0)
        messages->setUnreadMarker(0);
}

} // namespace Chinwag
