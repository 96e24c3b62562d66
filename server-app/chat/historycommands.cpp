// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommands.h"

#include "groupcommands.h"
#include "history.h"
#include "messageidsource.h"
#include "namerules.h"
#include "registry.h"
#include "replies.h"
#include "session.h"

namespace Chinwag {

void HistoryCommands::history(Session &session, const Command &command)
{
    History *store = m_context.history;
    if (!store)
        return session.send(Replies::historyUnavailable());
    // The reply names the conversation as its owner spells it, where the server knows that.
    Conversation shown = command.conversation;
    HistoryQuery query;
    switch (command.conversation.kind) {
    case Conversation::Kind::Everyone:
        query = HistoryQuery::everyone();
        break;
    case Conversation::Kind::Direct: {
        const QString peerKey = NameRules::key(command.conversation.name);
        query = HistoryQuery::direct(session.key(), peerKey);
        if (const User *peer = m_context.registry.user(peerKey))
            shown.name = peer->name();
        else if (store->isKnown(peerKey))
            shown.name = store->knownName(peerKey);
        break;
    }
    case Conversation::Kind::Group: {
        const Group *g =
                GroupCommands::memberGroup(m_context.registry, session, command.conversation.name);
        if (!g)
            return;
        // Only what was said since this member last joined, never an earlier group's.
        const auto member = g->members.constFind(session.key());
        query = HistoryQuery::group(g->key, member->joinedAfter);
        shown.name = g->name;
        break;
    }
    }
    query.before = command.before;
    query.limit = command.limit;
    const QList<ChatMessage> messages = store->read(query);
    for (const ChatMessage &message : messages)
        session.send(ServerLine::hist(message));
    session.send(ServerLine::okHistory(shown, quint64(messages.size())));
}

} // namespace Chinwag
