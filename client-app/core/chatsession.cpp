// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatsession.h"

#include "accountsync.h"
#include "chatclient.h"
#include "clientlog.h"
#include "conversationkey.h"
#include "conversationlistmodel.h"
#include "directorymodel.h"
#include "errormessages.h"
#include "historyloader.h"
#include "messagemodel.h"
#include "messagepacer.h"
#include "typingtracker.h"
#include "userlistmodel.h"

#include <namerules.h>

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Chinwag {

using namespace Qt::StringLiterals;

ChatSession::ChatSession(ChatClient *client, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_conversations(new ConversationListModel(this)),
      m_users(new UserListModel(this)),
      m_directory(new DirectoryModel(this)),
      m_typing(new TypingTracker(this)),
      m_pacer(new MessagePacer(client, this)),
      m_history(new HistoryLoader(
              client, m_conversations, &m_readMarkers,
              [this](const Conversation &conversation) { return isSeen(conversation); }, this)),
      m_account(new AccountSync(
              client, m_conversations, &m_readMarkers, m_history,
              [this](const Conversation &conversation) { return isSeen(conversation); }, this))
{
    connect(m_history, &HistoryLoader::loadingChanged, this, &ChatSession::historyLoadingChanged);
    connect(m_history, &HistoryLoader::loaded, this,
            [this](const Conversation &conversation, int added) {
                if (isSeen(conversation))
                    markRead(conversation);
                Q_EMIT historyLoaded(conversation, added);
            });
    connect(m_history, &HistoryLoader::failed, this,
            [this](const Conversation &conversation, const QString &why) {
                addLine(conversation, why, MessageEntry::Kind::Error);
            });
    connect(client, &ChatClient::stateChanged, this, &ChatSession::handleStateChanged);
    connect(client, &ChatClient::registered, this, &ChatSession::handleRegistered);
    connect(client, &ChatClient::messageReceived, this, &ChatSession::handleMessage);
    connect(client, &ChatClient::outgoingMessageChanged, this, &ChatSession::handleOutgoing);
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
    connect(client, &ChatClient::groupsListed, this, &ChatSession::handleGroups);
    connect(client, &ChatClient::groupMade, this, &ChatSession::handleGroupMade);
    connect(client, &ChatClient::memberInvited, this, &ChatSession::handleInvited);
    connect(client, &ChatClient::memberParted, this, &ChatSession::handleParted);
    connect(client, &ChatClient::membersListed, this, &ChatSession::handleMembers);
    connect(client, &ChatClient::memberEntered, this, &ChatSession::handleEntered);
    connect(client, &ChatClient::memberRemoved, this, &ChatSession::handleRemoved);
    connect(client, &ChatClient::groupDescribed, this, &ChatSession::handleDescribed);
    connect(client, &ChatClient::directoryListed, m_directory, &DirectoryModel::addPage);
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
    m_history->fetch(conversation);
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
    const MessageModel *messages = m_conversations->messages(conversation);
    if (!messages)
        return;
    const quint64 newest = messages->newestId();
    m_readMarkers.setLastSeen(conversation, newest);
    m_account->noteRead(conversation, newest);
}

void ChatSession::clear()
{
    m_conversations->clear();
    m_history->clear();
    m_account->clear();
    m_users->clear();
    m_directory->clear();
    m_typing->clear();
    m_registeredBefore = false;
}

void ChatSession::loadOlder(const Conversation &conversation)
{
    m_history->loadOlder(conversation);
}

bool ChatSession::isLoadingHistory(const Conversation &conversation) const
{
    return m_history->isLoading(conversation);
}

bool ChatSession::hasOlderHistory(const Conversation &conversation) const
{
    return m_history->hasOlder(conversation);
}

ReadPositions *ChatSession::readPositions() const
{
    return m_account->readPositions();
}

bool ChatSession::isSeen(const Conversation &conversation) const
{
    return m_reading
            && conversationKey(conversation) == conversationKey(m_conversations->current());
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
    m_typing->clear();
    // What was known of who is online is out of date.
    m_users->clear();
    // An account stays in its groups; the server drops a guest's lost connection from them.
    if (m_client->isAccount())
        return;
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const Conversation c = m_conversations->conversationAt(row);
        if (c.kind != Conversation::Kind::Group || !m_conversations->isActive(c))
            continue;
        leftGroup(c, tr("You are no longer in this group: the connection was lost."));
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
    m_history->fetch(Conversation::everyone());
    m_history->fetch(m_conversations->current());
}

void ChatSession::handleMessage(const ChatMessage &message)
{
    const Conversation conversation = conversationOf(message, m_client->name());
    MessageEntry entry;
    entry.message = message;
    MessageModel *messages = m_conversations->ensure(conversation);
    m_conversations->noteActivity(conversation, message.id);
    if (isMe(message.from)) {
        // A message to oneself comes back, and one the account sent from another device comes
        // here too: it is the user's own, sent, and shown once.
        entry.delivery = MessageEntry::Delivery::Sent;
        messages->append(entry);
        m_account->noteSent(conversation, message.id, true);
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
    const Conversation &to = entry.message.to;
    m_conversations->ensure(to)->updateOwn(entry);
    if (entry.message.id == 0)
        return;
    m_conversations->noteActivity(to, entry.message.id);
    m_account->noteSent(to, entry.message.id, false);
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
        const Conversation c = m_conversations->conversationAt(row);
        if (UserListModel *members = m_conversations->members(c))
            members->renameUser(oldName, newName);
        if (NameRules::key(m_conversations->owner(c)) == NameRules::key(oldName))
            m_conversations->setGroupInfo(c, newName, m_conversations->isPublic(c));
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
        m_history->fetch(group);
}

void ChatSession::handleGroupMade(const QString &group, const QString &creator,
                                  const QStringList &members)
{
    const Conversation conversation = Conversation::group(group);
    enterGroup(conversation);
    handleMembers(group, members);
    // A public group's ABOUT follows.
    m_conversations->setGroupInfo(conversation, creator, false);
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

void ChatSession::handleEntered(const QString &group, const QString &user)
{
    const Conversation conversation = Conversation::group(group);
    if (isMe(user)) {
        enterGroup(conversation);
        addLine(conversation, tr("You joined the group %1.").arg(group));
        return;
    }
    UserListModel *members = m_conversations->members(conversation);
    if (!members)
        return;
    const int row = m_users->rowOf(user);
    members->addUser(row >= 0 ? m_users->user(row) : OnlineUser{ user, false, {} });
    addLine(conversation, tr("%1 joined the group.").arg(user));
}

void ChatSession::handleRemoved(const QString &group, const QString &user, const QString &by,
                                const QString &reason)
{
    const Conversation conversation = Conversation::group(group);
    UserListModel *members = m_conversations->members(conversation);
    if (!members)
        return;
    if (isMe(user)) {
        const QString why = isMe(by) ? tr("You removed yourself from the group.")
                : reason.isEmpty()   ? tr("%1 removed you from the group.").arg(by)
                                     : tr("%1 removed you from the group: %2").arg(by, reason);
        leftGroup(conversation, why);
        return;
    }
    members->removeUser(user);
    if (isMe(by))
        addLine(conversation,
                reason.isEmpty() ? tr("You removed %1 from the group.").arg(user)
                                 : tr("You removed %1 from the group: %2").arg(user, reason));
    else
        addLine(conversation,
                reason.isEmpty() ? tr("%1 removed %2 from the group.").arg(by, user)
                                 : tr("%1 removed %2 from the group: %3").arg(by, user, reason));
}

void ChatSession::handleDescribed(const QString &group, const QString &owner, bool isPublic)
{
    const Conversation conversation = Conversation::group(group);
    if (!m_conversations->contains(conversation))
        return;
    // What the user could not know yet (as they enter the group) is no news.
    const QString knownOwner = m_conversations->owner(conversation);
    const bool wasPublic = m_conversations->isPublic(conversation);
    m_conversations->setGroupInfo(conversation, owner, isPublic);
    if (knownOwner.isEmpty())
        return;
    if (NameRules::key(knownOwner) != NameRules::key(owner))
        addLine(conversation,
                isMe(owner) ? tr("You own the group now.")
                            : tr("%1 owns the group now.").arg(owner));
    if (wasPublic != isPublic)
        addLine(conversation,
                isPublic ? tr("The group is public now: anyone may join it.")
                         : tr("The group is private now: only those invited may join it."));
}

void ChatSession::leftGroup(const Conversation &group, const QString &why)
{
    m_conversations->setActive(group, false);
    m_conversations->members(group)->clear();
    addLine(group, why);
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

void ChatSession::handleGroups(const QList<GroupSummary> &groups)
{
    QSet<QString> listed;
    for (const GroupSummary &group : groups) {
        const Conversation conversation = Conversation::group(group.name);
        listed.insert(conversationKey(conversation));
        enterGroup(conversation);
        m_conversations->setGroupInfo(conversation, group.owner, group.isPublic);
        // Who joined or left meanwhile is not known here.
        m_client->requestMembers(group.name);
    }
    // For an account the list is the whole truth: a group missing from it was left meanwhile.
    if (!m_client->isAccount())
        return;
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const Conversation c = m_conversations->conversationAt(row);
        if (c.kind != Conversation::Kind::Group || listed.contains(conversationKey(c))
            || !m_conversations->isActive(c))
            continue;
        leftGroup(c, tr("You are no longer in this group."));
    }
}

void ChatSession::handleCommandFailed(const Command &command, const ProtocolError &error)
{
    // The account's dialogs tell of their own commands; the lists come again on the next
    // sign-in.
    switch (command.type) {
    case Command::Type::History: // the history loader's
    case Command::Type::Password:
    case Command::Type::DeleteAccount:
    case Command::Type::Conversations:
        return;
    default:
        break;
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
