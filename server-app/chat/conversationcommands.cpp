// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationcommands.h"

#include "envelope.h"
#include "groupcommands.h"
#include "messageidsource.h"
#include "namerules.h"
#include "protocollimits.h"
#include "registry.h"
#include "replies.h"
#include "router.h"
#include "session.h"
#include "store.h"

#include <algorithm>

namespace Chinwag {

namespace {

struct Entry
{
    Conversation conversation;
    quint64 lastId = 0;
    quint64 readId = 0;
    quint64 unread = 0;
};

} // namespace

void ConversationCommands::conversations(Session &session)
{
    Store *store = m_context.store;
    const User &user = *session.user();
    if (!store || !user.isAccount())
        return session.send(Replies::notSignedIn());
    QList<Entry> entries;
    // Read up to `readFrom` at least: nothing before the account's history began, or before
    // it joined the group, is unread.
    const auto add = [&](const Conversation &conversation, const QString &key, HistoryQuery query,
                         quint64 lastId, quint64 readFrom) {
        const quint64 readId = std::max(
                readFrom, store->readPosition(user.key(), Store::conversationKey(query.kind, key)));
        query.after = readId;
        const int unread = lastId > readId ? store->count(query, Protocol::MaxUnreadCount) : 0;
        entries.append({ conversation, lastId, readId, quint64(unread) });
    };
    const auto newest = [store](HistoryQuery query) {
        query.limit = 1;
        const QList<ChatMessage> last = store->read(query);
        return last.isEmpty() ? quint64(0) : last.constLast().id;
    };
    add(Conversation::everyone(), {}, HistoryQuery::everyone(), newest(HistoryQuery::everyone()),
        user.historyAfter());
    const QMap<QString, QString> groups = m_context.registry.groupsOf(user.key());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group *g = m_context.registry.group(it.key());
        const quint64 joinedAfter = g->members.value(user.key()).joinedAfter;
        const HistoryQuery query = HistoryQuery::group(g->key, joinedAfter);
        add(Conversation::group(g->name), g->key, query, newest(query), joinedAfter);
    }
    const QList<Store::DirectPeer> peers = store->directPeers(user.key());
    for (const Store::DirectPeer &peer : peers) {
        const User *online = m_context.registry.user(peer.key);
        const QString name = online ? online->name() : peer.name;
        HistoryQuery query = HistoryQuery::direct(user.key(), peer.key);
        add(Conversation::direct(name), peer.key, query, peer.lastId, user.historyAfter());
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.lastId > b.lastId; });
    for (const Entry &e : std::as_const(entries))
        session.send(ServerLine::conversationEntry(e.conversation, e.lastId, e.readId, e.unread));
    session.send(ServerLine::okCount(Command::Type::Conversations, quint64(entries.size())));
}

void ConversationCommands::read(Session &session, const Conversation &conversation, quint64 id)
{
    Store *store = m_context.store;
    const User &user = *session.user();
    if (!store || !user.isAccount())
        return session.send(Replies::notSignedIn());
    if (id > m_context.ids.lastId())
        return session.send(Replies::noSuchMessage(id));
    Conversation shown = conversation;
    QString key;
    switch (conversation.kind) {
    case Conversation::Kind::Everyone:
        break;
    case Conversation::Kind::Direct:
        key = NameRules::key(conversation.name);
        break;
    case Conversation::Kind::Group: {
        const Group *g = GroupCommands::memberGroup(m_context.registry, session, conversation.name);
        if (!g)
            return;
        key = g->key;
        shown.name = g->name;
        break;
    }
    }
    const QString position = Store::conversationKey(conversation.kind, key);
    // An older position from a device that lags behind is not an error: the reply says where
    // the account has read to.
    if (store->setReadPosition(user.key(), position, id))
        m_context.router.toUser(user.key(), Envelope(ServerLine::read(shown, id)), &session);
    session.send(ServerLine::okRead(shown, store->readPosition(user.key(), position)));
}

} // namespace Chinwag
