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

#include <QPointer>

namespace Chinwag {

using Type = Command::Type;

MessageCommands::MessageCommands(const ChatContext &context) : m_context(context)
{
    m_clock.start();
}

void MessageCommands::msgAll(Session &session, const QString &text)
{
    const ChatMessage message = accept(session, Conversation::everyone(), {}, text);
    complete(session, message.id, [this, message](Session *sender) {
        m_context.router.toEveryone(Envelope(ServerLine::msg(message)), sender);
        if (sender)
            sender->send(ServerLine::okSent(Type::MsgAll, message.id, message.time));
    });
}

void MessageCommands::msgInd(Session &session, const QString &user, const QString &text)
{
    const QString key = NameRules::key(user);
    Store *store = m_context.store;
    if (const User *recipient = m_context.registry.user(key)) {
        const ChatMessage message =
                accept(session, Conversation::direct(recipient->name()), recipient->key(), text);
        const QString senderKey = session.key();
        complete(session, message.id,
                 [this, message, senderKey, recipientKey = recipient->key()](Session *sender) {
                     const Envelope envelope(ServerLine::msg(message));
                     m_context.router.toUser(recipientKey, envelope);
                     if (recipientKey != senderKey)
                         m_context.router.toUser(senderKey, envelope, sender);
                     if (sender)
                         sender->send(ServerLine::okSent(Type::MsgInd, message.id, message.time));
                 });
        return;
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
    complete(session, message.id, [this, message, senderKey = session.key()](Session *sender) {
        m_context.router.toUser(senderKey, Envelope(ServerLine::msg(message)), sender);
        if (sender)
            sender->send(ServerLine::okSent(Type::MsgInd, message.id, message.time, true));
    });
}

void MessageCommands::sendGroup(Session &session, const QString &group, const QString &text)
{
    const Group *g = GroupCommands::memberGroup(m_context.registry, session, group);
    if (!g)
        return;
    const ChatMessage message = accept(session, Conversation::group(g->name), g->key, text);
    complete(session, message.id, [this, message, groupKey = g->key](Session *sender) {
        m_context.router.toGroup(groupKey, Envelope(ServerLine::msg(message)), sender);
        if (sender)
            sender->send(ServerLine::okSent(Type::SendGroup, message.id, message.time));
    });
}

void MessageCommands::completeWhenStored(Session &session, quint64 id,
                                         std::function<void(Session *sender)> finish)
{
    Store *store = m_context.store;
    session.suspend();
    store->whenWritten(id, [waiting = QPointer<Session>(&session), finish = std::move(finish)] {
        finish(waiting.data());
        if (waiting)
            waiting->resume();
    });
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
