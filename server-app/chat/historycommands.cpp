// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommands.h"

#include "groupcommands.h"
#include "messageidsource.h"
#include "namerules.h"
#include "registry.h"
#include "replies.h"
#include "session.h"
#include "store.h"

namespace Chinwag {

void HistoryCommands::history(Session &session, const Command &command)
{
    Store *store = m_context.store;
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
        // Nothing from before this user held its name: not a guest's before it registered,
        // not an account's before it owned the name.
        query.after = session.user()->historyAfter();
        if (const User *peer = m_context.registry.user(peerKey))
            shown.name = peer->name();
        else if (const Account *account = store->account(peerKey))
            shown.name = account->name;
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
