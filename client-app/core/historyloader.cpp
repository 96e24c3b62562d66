// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyloader.h"

#include "chatclient.h"
#include "clientlog.h"
#include "conversationkey.h"
#include "conversationlistmodel.h"
#include "errormessages.h"
#include "messagemodel.h"
#include "readmarkers.h"

#include <namerules.h>

namespace Chinwag {

HistoryLoader::HistoryLoader(ChatClient *client, ConversationListModel *conversations,
                             const ReadMarkers *readMarkers, SeenCheck isSeen, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_conversations(conversations),
      m_readMarkers(readMarkers),
      m_isSeen(std::move(isSeen))
{
    connect(client, &ChatClient::stateChanged, this, &HistoryLoader::handleStateChanged);
    connect(client, &ChatClient::historyReceived, this, &HistoryLoader::handleHistory);
    connect(client, &ChatClient::commandFailed, this,
            [this](const Command &command, const ProtocolError &error) {
                if (command.type == Command::Type::History)
                    handleFailure(command.conversation, error);
            });
}

void HistoryLoader::fetch(const Conversation &conversation)
{
    if (!m_client->isOnline() || m_unavailable || !m_conversations->contains(conversation))
        return;
    // A group's history is its members' only.
    if (conversation.kind == Conversation::Kind::Group && !m_conversations->isActive(conversation))
        return;
    State &state = stateOf(conversation);
    if (state.fetched)
        return;
    state.fetched = true;
    state.complete = false;
    state.seenBefore = m_readMarkers->lastSeen(conversation);
    setLoading(conversation, true);
    m_client->requestHistory(conversation);
}

void HistoryLoader::loadOlder(const Conversation &conversation)
{
    const MessageModel *messages = m_conversations->messages(conversation);
    if (!messages || !m_client->isOnline() || m_unavailable)
        return;
    State &state = stateOf(conversation);
    const quint64 oldest = messages->oldestId();
    if (!state.fetched || state.loading || state.complete || oldest <= 1)
        return;
    setLoading(conversation, true);
    m_client->requestHistory(conversation, oldest, Protocol::DefaultHistoryLimit);
}

bool HistoryLoader::isLoading(const Conversation &conversation) const
{
    return m_states.value(conversationKey(conversation)).loading;
}

bool HistoryLoader::hasOlder(const Conversation &conversation) const
{
    const State state = m_states.value(conversationKey(conversation));
    return state.fetched && !state.complete;
}

void HistoryLoader::noteReadPosition(const Conversation &conversation, quint64 readId)
{
    State &state = stateOf(conversation);
    if (state.fetched)
        state.seenBefore = std::max(state.seenBefore, readId);
}

void HistoryLoader::clear()
{
    m_states.clear();
}

HistoryLoader::State &HistoryLoader::stateOf(const Conversation &conversation)
{
    return m_states[conversationKey(conversation)];
}

void HistoryLoader::setLoading(const Conversation &conversation, bool loading)
{
    State &state = stateOf(conversation);
    if (state.loading == loading)
        return;
    state.loading = loading;
    Q_EMIT loadingChanged(conversation, loading);
}

void HistoryLoader::handleStateChanged()
{
    const bool online = m_client->isOnline();
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        return;
    // The next connection fetches the history again, for what was said meanwhile.
    m_unavailable = false;
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        it->fetched = false;
        it->loading = false;
    }
}

void HistoryLoader::handleHistory(const Conversation &conversation,
                                  const QList<ChatMessage> &messages, quint64 before, int limit)
{
    setLoading(conversation, false);
    State &state = stateOf(conversation);
    state.complete = messages.size() < limit;
    MessageModel *model = m_conversations->messages(conversation);
    if (!model)
        return;
    const QString me = NameRules::key(m_client->name());
    QList<MessageEntry> entries;
    entries.reserve(messages.size());
    for (const ChatMessage &message : messages) {
        MessageEntry entry;
        entry.message = message;
        if (NameRules::key(message.from) == me)
            entry.delivery = MessageEntry::Delivery::Sent;
        entries.append(entry);
    }
    const QList<MessageEntry> added = model->mergeHistory(entries);
    if (!added.isEmpty())
        m_conversations->noteActivity(conversation, added.constLast().message.id);
    // The newest page may hold what the user has not seen: the marker goes before the first of
    // it, and elsewhere it counts as unread. A conversation never read before has no marker.
    const quint64 seen = state.seenBefore;
    if (before == 0 && seen > 0) {
        quint64 firstUnseen = 0;
        for (const MessageEntry &entry : added) {
            if (entry.isOwn() || entry.message.id <= seen)
                continue;
            if (firstUnseen == 0)
                firstUnseen = entry.message.id;
            // An account's unread counts are the server's (CONVERSATIONS).
            if (!m_isSeen(conversation) && !m_client->isAccount())
                m_conversations->countMessage(conversation);
        }
        if (firstUnseen != 0 && (model->unreadMarker() == 0 || firstUnseen < model->unreadMarker()))
            model->setUnreadMarker(firstUnseen);
    }
    Q_EMIT loaded(conversation, int(added.size()));
}

void HistoryLoader::handleFailure(const Conversation &conversation, const ProtocolError &error)
{
    setLoading(conversation, false);
    if (error.code == ErrorCode::UnknownCommand) {
        // An older server without history: the conversations start empty, as they did.
        m_unavailable = true;
        qCInfo(lcClient).noquote() << tr("The server keeps no history: %1").arg(error.sentence);
    } else {
        stateOf(conversation).complete = true;
        Q_EMIT failed(conversation,
                      tr("The earlier messages could not be loaded: %1")
                              .arg(ErrorMessages::describe(error)));
    }
    Q_EMIT loaded(conversation, 0);
}

} // namespace Chinwag
