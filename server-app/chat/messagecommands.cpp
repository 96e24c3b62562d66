// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagecommands.h"

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

namespace Chinwag {

using Type = Command::Type;

MessageCommands::MessageCommands(const ChatContext &context) : m_context(context)
{
    m_clock.start();
}

void MessageCommands::msgAll(Session &session, const QString &text)
{
    const ChatMessage message = accept(session, Conversation::everyone(), {}, text);
    m_context.router.toEveryone(Envelope(ServerLine::msg(message)), &session);
    session.send(ServerLine::okSent(Type::MsgAll, message.id, message.time));
}

void MessageCommands::msgInd(Session &session, const QString &user, const QString &text)
{
    const QString key = NameRules::key(user);
    Store *store = m_context.store;
    if (const User *recipient = m_context.registry.user(key)) {
        const ChatMessage message =
                accept(session, Conversation::direct(recipient->name()), recipient->key(), text);
        const Envelope envelope(ServerLine::msg(message));
        m_context.router.toUser(recipient->key(), envelope);
        if (recipient != session.user())
            m_context.router.toUser(session.key(), envelope, &session);
        return session.send(ServerLine::okSent(Type::MsgInd, message.id, message.time));
    }
    // An account gets it when it next signs in; a guest's name is anyone's once it is gone.
    const Account *account = store ? store->account(key) : nullptr;
    if (!account)
        return session.send(store ? Replies::notHeldForGuest(user) : Replies::noSuchUser(user));
    const Limits &limits = m_context.limits;
    if (store->heldCount(key) >= limits.maxHeldPerAccount
        || store->heldBytes(key) + text.toUtf8().size() > limits.maxHeldBytesPerAccount)
        return session.send(Replies::heldFull(account->name, limits.maxHeldPerAccount,
                                              limits.maxHeldBytesPerAccount));
    const ChatMessage message =
            accept(session, Conversation::direct(account->name), key, text, true);
    m_context.router.toUser(session.key(), Envelope(ServerLine::msg(message)), &session);
    session.send(ServerLine::okSent(Type::MsgInd, message.id, message.time, true));
}

void MessageCommands::sendGroup(Session &session, const QString &group, const QString &text)
{
    const Group *g = GroupCommands::memberGroup(m_context.registry, session, group);
    if (!g)
        return;
    const ChatMessage message = accept(session, Conversation::group(g->name), g->key, text);
    m_context.router.toGroup(g->key, Envelope(ServerLine::msg(message)), &session);
    session.send(ServerLine::okSent(Type::SendGroup, message.id, message.time));
}

void MessageCommands::typing(Session &session, const Conversation &conversation)
{
    Router &router = m_context.router;
    switch (conversation.kind) {
    case Conversation::Kind::Everyone:
        if (session.typingThrottle().admit(conversation, m_clock.elapsed()))
            router.toEveryone(Envelope(ServerLine::typing(conversation, session.name())), &session);
        break;
    case Conversation::Kind::Direct: {
        const User *recipient = m_context.registry.user(NameRules::key(conversation.name));
        if (!recipient)
            return session.send(Replies::noSuchUser(conversation.name));
        if (session.typingThrottle().admit(conversation, m_clock.elapsed()))
            router.toUser(recipient->key(),
                          Envelope(ServerLine::typing(Conversation::direct(recipient->name()),
                                                      session.name())));
        break;
    }
    case Conversation::Kind::Group: {
        const Group *g = GroupCommands::memberGroup(m_context.registry, session, conversation.name);
        if (!g)
            return;
        if (session.typingThrottle().admit(conversation, m_clock.elapsed()))
            router.toGroup(
                    g->key,
                    Envelope(ServerLine::typing(Conversation::group(g->name), session.name())),
                    &session);
        break;
    }
    }
    session.send(ServerLine::ok(Type::Typing));
}

ChatMessage MessageCommands::accept(Session &session, const Conversation &to, const QString &toKey,
                                    const QString &text, bool held)
{
    const MessageIdSource::Stamp stamp = m_context.ids.next();
    ++m_messagesAccepted;
    session.countMessageIn();
    ChatMessage message{ stamp.id, stamp.time, to, session.name(), text };
    if (Store *store = m_context.store) {
        store->record({ message, session.key(), toKey, held });
        // What one sends, one has read, on every device.
        if (session.user()->isAccount())
            store->setReadPosition(session.key(), Store::conversationKey(to.kind, toKey),
                                   message.id);
    }
    return message;
}

} // namespace Chinwag
