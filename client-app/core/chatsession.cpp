// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsession.h"

#include "chatclient.h"
#include "clientlog.h"
#include "conversationkey.h"
#include "conversationlistmodel.h"
#include "errormessages.h"
#include "messagemodel.h"
#include "messagepacer.h"
#include "typingtracker.h"
#include "userlistmodel.h"

#include <namerules.h>

#include <QLocale>
#include <QRegularExpression>

namespace Chinwag {

using namespace Qt::StringLiterals;

ChatSession::ChatSession(ChatClient *client, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_conversations(new ConversationListModel(this)),
      m_users(new UserListModel(this)),
      m_typing(new TypingTracker(this)),
      m_pacer(new MessagePacer(client, this))
{
    connect(client, &ChatClient::stateChanged, this, &ChatSession::handleStateChanged);
    connect(client, &ChatClient::registered, this, &ChatSession::handleRegistered);
    connect(client, &ChatClient::messageReceived, this, &ChatSession::handleMessage);
    connect(client, &ChatClient::outgoingMessageChanged, this, &ChatSession::handleOutgoing);
    connect(client, &ChatClient::historyReceived, this, &ChatSession::handleHistory);
    connect(client, &ChatClient::usersListed, this, [this](const QList<OnlineUser> &users) {
        m_users->setUsers(users);
        // The list may say what the server knew before it heard that the user is away.
        if (m_client->isAway())
            m_users->setAway(m_client->name(), true, m_client->awayText());
    });
    connect(client, &ChatClient::awayChanged, this,
            [this](bool away, const QString &text) { handleAway(m_client->name(), away, text); });
    connect(client, &ChatClient::userTyping, m_typing, &TypingTracker::noteTyping);
    connect(client, &ChatClient::userJoined, this, &ChatSession::handleJoined);
    connect(client, &ChatClient::userLeft, this, &ChatSession::handleLeft);
    connect(client, &ChatClient::userRenamed, this, &ChatSession::handleRenamed);
    connect(client, &ChatClient::userAway, this,
            [this](const QString &user, const QString &text) { handleAway(user, true, text); });
    connect(client, &ChatClient::userBack, this,
            [this](const QString &user) { handleAway(user, false, {}); });
    connect(client, &ChatClient::groupsListed, this, [this](const QList<GroupSummary> &groups) {
        for (const GroupSummary &group : groups) {
            m_conversations->ensure(Conversation::group(group.name));
            m_conversations->setActive(Conversation::group(group.name), true);
        }
    });
    connect(client, &ChatClient::groupMade, this, &ChatSession::handleGroupMade);
    connect(client, &ChatClient::memberInvited, this, &ChatSession::handleInvited);
    connect(client, &ChatClient::memberParted, this, &ChatSession::handleParted);
    connect(client, &ChatClient::membersListed, this, &ChatSession::handleMembers);
    connect(client, &ChatClient::groupLeft, this,
            [this](const QString &group) { m_conversations->remove(Conversation::group(group)); });
    connect(client, &ChatClient::commandFailed, this, &ChatSession::handleCommandFailed);
    connect(client, &ChatClient::errorReceived, this, [this](const ProtocolError &error) {
        addLine(m_conversations->current(), ErrorMessages::describe(error),
                MessageEntry::Kind::Error);
    });
    connect(client, &ChatClient::noticeReceived, this, [this](const QString &text) {
        const QString line = tr("Notice from the server: %1").arg(text);
        addLine(Conversation::everyone(), line);
        if (m_conversations->current() != Conversation::everyone())
            addLine(m_conversations->current(), line);
    });
    connect(client, &ChatClient::nameChanged, this, [this](const QString &, const QString &name) {
        addLine(Conversation::everyone(), tr("You are now known as %1.").arg(name));
    });
    connect(client, &ChatClient::disconnectedByServer, this, [this](const ProtocolError &reason) {
        addLine(m_conversations->current(), ErrorMessages::describeDisconnect(reason),
                MessageEntry::Kind::Error);
    });
}

int ChatSession::sendText(const Conversation &to, const QString &text)
{
    const QStringList lines = messageLines(text);
    m_pacer->enqueue(to, lines);
    return int(lines.size());
}

QStringList ChatSession::messageLines(const QString &text)
{
    static const QRegularExpression lineBreak(u"\\r\\n|[\\n\\r\\x{2028}\\x{2029}]"_s);
    QStringList lines = text.split(lineBreak);
    lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    return lines;
}

void ChatSession::openConversation(const Conversation &conversation)
{
    m_conversations->ensure(conversation);
}

void ChatSession::setCurrentConversation(const Conversation &conversation)
{
    const Conversation previous = m_conversations->current();
    if (conversationKey(previous) != conversationKey(conversation)) {
        if (MessageModel *messages = m_conversations->messages(previous)) {
            markRead(previous);
            messages->setUnreadMarker(0);
        }
    }
    m_conversations->setCurrent(conversation);
    fetchHistory(conversation);
    if (m_reading)
        markRead(conversation);
}

void ChatSession::setReading(bool reading)
{
    m_reading = reading;
    if (reading)
        markRead(m_conversations->current());
}

void ChatSession::markRead(const Conversation &conversation)
{
    if (const MessageModel *messages = m_conversations->messages(conversation))
        m_readMarkers.setLastSeen(conversation, messages->newestId());
}

void ChatSession::loadOlder(const Conversation &conversation)
{
    const MessageModel *messages = m_conversations->messages(conversation);
    if (!messages || !m_client->isOnline() || m_historyUnavailable)
        return;
    HistoryState &state = historyState(conversation);
    const quint64 oldest = messages->oldestId();
    if (!state.fetched || state.loading || state.complete || oldest <= 1)
        return;
    setLoading(conversation, true);
    m_client->requestHistory(conversation, oldest, Protocol::DefaultHistoryLimit);
}

bool ChatSession::isLoadingHistory(const Conversation &conversation) const
{
    return m_history.value(conversationKey(conversation)).loading;
}

bool ChatSession::hasOlderHistory(const Conversation &conversation) const
{
    const HistoryState state = m_history.value(conversationKey(conversation));
    return state.fetched && !state.complete;
}

ChatSession::HistoryState &ChatSession::historyState(const Conversation &conversation)
{
    return m_history[conversationKey(conversation)];
}

void ChatSession::fetchHistory(const Conversation &conversation)
{
    if (!m_client->isOnline() || m_historyUnavailable || !m_conversations->contains(conversation))
        return;
    // A group's history is its members' only.
    if (conversation.kind == Conversation::Kind::Group && !m_conversations->isActive(conversation))
        return;
    HistoryState &state = historyState(conversation);
    if (state.fetched)
        return;
    state.fetched = true;
    state.complete = false;
    state.seenBefore = m_readMarkers.lastSeen(conversation);
    setLoading(conversation, true);
    m_client->requestHistory(conversation);
}

void ChatSession::setLoading(const Conversation &conversation, bool loading)
{
    HistoryState &state = historyState(conversation);
    if (state.loading == loading)
        return;
    state.loading = loading;
    Q_EMIT historyLoadingChanged(conversation, loading);
}

bool ChatSession::isSeen(const Conversation &conversation) const
{
    return m_reading
            && conversationKey(conversation) == conversationKey(m_conversations->current());
}

void ChatSession::handleHistory(const Conversation &conversation,
                                const QList<ChatMessage> &messages, quint64 before, int limit)
{
    setLoading(conversation, false);
    HistoryState &state = historyState(conversation);
    state.complete = messages.size() < limit;
    MessageModel *model = m_conversations->messages(conversation);
    if (!model)
        return;
    QList<MessageEntry> entries;
    entries.reserve(messages.size());
    for (const ChatMessage &message : messages) {
        MessageEntry entry;
        entry.message = message;
        if (isMe(message.from))
            entry.delivery = MessageEntry::Delivery::Sent;
        entries.append(entry);
    }
    const QList<MessageEntry> added = model->mergeHistory(entries);
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
            if (!isSeen(conversation))
                m_conversations->countMessage(conversation);
        }
        if (firstUnseen != 0 && (model->unreadMarker() == 0 || firstUnseen < model->unreadMarker()))
            model->setUnreadMarker(firstUnseen);
    }
    if (isSeen(conversation))
        markRead(conversation);
    Q_EMIT historyLoaded(conversation, int(added.size()));
}

void ChatSession::handleHistoryFailed(const Conversation &conversation, const ProtocolError &error)
{
    setLoading(conversation, false);
    if (error.code == ErrorCode::UnknownCommand) {
        // An older server without history: the conversations start empty, as they did.
        m_historyUnavailable = true;
        qCInfo(lcClient).noquote() << tr("The server keeps no history: %1").arg(error.sentence);
    } else {
        historyState(conversation).complete = true;
        addLine(conversation,
                tr("The earlier messages could not be loaded: %1")
                        .arg(ErrorMessages::describe(error)),
                MessageEntry::Kind::Error);
    }
    Q_EMIT historyLoaded(conversation, 0);
}

Conversation ChatSession::conversationOf(const ChatMessage &message, const QString &me)
{
    if (message.to.kind != Conversation::Kind::Direct)
        return message.to;
    const bool fromMe = NameRules::key(message.from) == NameRules::key(me);
    return fromMe ? message.to : Conversation::direct(message.from);
}

void ChatSession::handleStateChanged()
{
    const bool online = m_client->isOnline();
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        return;
    // The next connection fetches the history again, for what was said meanwhile.
    m_historyUnavailable = false;
    for (auto it = m_history.begin(); it != m_history.end(); ++it) {
        it->fetched = false;
        it->loading = false;
    }
    m_typing->clear();
    // The server drops a lost connection from every group it was in, and what was known of who
    // is online is out of date.
    m_users->clear();
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const Conversation c = m_conversations->conversationAt(row);
        if (c.kind != Conversation::Kind::Group || !m_conversations->isActive(c))
            continue;
        m_conversations->setActive(c, false);
        m_conversations->members(c)->clear();
        addLine(c, tr("You are no longer in this group: the connection was lost."));
    }
}

void ChatSession::handleRegistered(const QString &name)
{
    const ConnectSettings &server = m_client->settings();
    addLine(Conversation::everyone(),
            m_registeredBefore
                    ? tr("Reconnected as %1.").arg(name)
                    : tr("Connected to %1:%2 as %3.").arg(server.host).arg(server.port).arg(name));
    m_registeredBefore = true;
    m_readMarkers.setAccount(server.host, server.port, name);
    fetchHistory(Conversation::everyone());
    fetchHistory(m_conversations->current());
}

void ChatSession::handleMessage(const ChatMessage &message)
{
    const Conversation conversation = conversationOf(message, m_client->name());
    MessageEntry entry;
    entry.message = message;
    MessageModel *messages = m_conversations->ensure(conversation);
    if (isMe(message.from)) {
        // A message to oneself comes back; it is the user's own, sent.
        entry.delivery = MessageEntry::Delivery::Sent;
        messages->append(entry);
        return;
    }
    m_typing->noteStopped(conversation, message.from);
    if (messages->rowOfId(message.id) >= 0)
        return;
    messages->append(entry);
    m_conversations->countMessage(conversation);
    if (isSeen(conversation))
        markRead(conversation);
    else if (messages->unreadMarker() == 0)
        messages->setUnreadMarker(message.id);
    Q_EMIT messageArrived(conversation, message);
}

void ChatSession::handleOutgoing(const MessageEntry &entry)
{
    m_conversations->ensure(entry.message.to)->updateOwn(entry);
}

void ChatSession::handleJoined(const QString &user)
{
    m_users->addUser({ user, false, {} });
    // The server delivered what it kept for them as they registered.
    if (MessageModel *messages = m_conversations->messages(Conversation::direct(user)))
        messages->markHeldDelivered();
    addUserLine(user, tr("%1 joined.").arg(user));
}

void ChatSession::handleLeft(const QString &user, const QString &reason)
{
    m_users->removeUser(user);
    m_typing->forget(user);
    addUserLine(user,
                reason.isEmpty() ? tr("%1 left.").arg(user)
                                 : tr("%1 left (%2).").arg(user, reason));
}

void ChatSession::handleRenamed(const QString &oldName, const QString &newName)
{
    m_users->renameUser(oldName, newName);
    m_typing->forget(oldName);
    m_conversations->renamePeer(oldName, newName);
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        if (UserListModel *members = m_conversations->members(m_conversations->conversationAt(row)))
            members->renameUser(oldName, newName);
    }
    addUserLine(newName, tr("%1 is now known as %2.").arg(oldName, newName));
}

void ChatSession::handleAway(const QString &user, bool away, const QString &text)
{
    m_users->setAway(user, away, text);
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        if (UserListModel *members = m_conversations->members(m_conversations->conversationAt(row)))
            members->setAway(user, away, text);
    }
}

void ChatSession::enterGroup(const Conversation &group)
{
    m_conversations->ensure(group);
    m_conversations->setActive(group, true);
    // A group the user reads while out of it (after a reconnect) has its history once in again.
    if (conversationKey(group) == conversationKey(m_conversations->current()))
        fetchHistory(group);
}

void ChatSession::handleGroupMade(const QString &group, const QString &creator,
                                  const QStringList &members)
{
    const Conversation conversation = Conversation::group(group);
    enterGroup(conversation);
    handleMembers(group, members);
    QStringList others;
    for (const QString &member : members) {
        if (NameRules::key(member) != NameRules::key(creator))
            others.append(displayName(member));
    }
    const QString list = QLocale().createSeparatedList(others);
    if (isMe(creator)) {
        addLine(conversation,
                others.isEmpty() ? tr("You made the group %1.").arg(group)
                                 : tr("You made the group %1 with %2.").arg(group, list));
    } else {
        addLine(conversation, tr("%1 made the group %2 with %3.").arg(creator, group, list));
    }
}

void ChatSession::handleInvited(const QString &group, const QString &user, const QString &inviter)
{
    const Conversation conversation = Conversation::group(group);
    enterGroup(conversation);
    const int row = m_users->rowOf(user);
    m_conversations->members(conversation)
            ->addUser(row >= 0 ? m_users->user(row) : OnlineUser{ user, false, {} });
    if (isMe(user))
        addLine(conversation, tr("%1 added you to the group %2.").arg(inviter, group));
    else if (isMe(inviter))
        addLine(conversation, tr("You added %1 to the group.").arg(user));
    else
        addLine(conversation, tr("%1 added %2 to the group.").arg(inviter, user));
}

void ChatSession::handleParted(const QString &group, const QString &user)
{
    const Conversation conversation = Conversation::group(group);
    if (UserListModel *members = m_conversations->members(conversation)) {
        members->removeUser(user);
        addLine(conversation, tr("%1 left the group.").arg(user));
    }
}

void ChatSession::handleMembers(const QString &group, const QStringList &members)
{
    UserListModel *model = m_conversations->members(Conversation::group(group));
    if (!model)
        return;
    QList<OnlineUser> users;
    for (const QString &member : members) {
        const int row = m_users->rowOf(member);
        users.append(row >= 0 ? m_users->user(row) : OnlineUser{ member, false, {} });
    }
    model->setUsers(users);
}

void ChatSession::handleCommandFailed(const Command &command, const ProtocolError &error)
{
    if (command.type == Command::Type::History) {
        handleHistoryFailed(command.conversation, error);
        return;
    }
    const Conversation group = Conversation::group(command.group);
    const bool aboutGroup = !command.group.isEmpty() && m_conversations->contains(group);
    const Conversation where = aboutGroup ? group : m_conversations->current();
    addLine(where, ErrorMessages::describe(error), MessageEntry::Kind::Error);
}

void ChatSession::addLine(const Conversation &conversation, const QString &text,
                          MessageEntry::Kind kind)
{
    MessageModel *messages = m_conversations->messages(conversation);
    if (!messages)
        return;
    MessageEntry entry;
    entry.kind = kind;
    entry.message.to = conversation;
    entry.message.time = QDateTime::currentDateTimeUtc();
    entry.message.text = text;
    messages->append(entry);
}

void ChatSession::addUserLine(const QString &user, const QString &text)
{
    addLine(Conversation::everyone(), text);
    addLine(Conversation::direct(user), text);
}

QString ChatSession::displayName(const QString &user) const
{
    return isMe(user) ? tr("you") : user;
}

bool ChatSession::isMe(const QString &user) const
{
    return NameRules::key(user) == NameRules::key(m_client->name());
}

} // namespace Chinwag
