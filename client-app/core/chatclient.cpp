// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatclient.h"

#include "clientlog.h"
#include "commandtracker.h"
#include "conversationkey.h"
#include "outbox.h"

#include <passwordrules.h>
#include <serverline.h>
#include <textrules.h>

namespace Chinwag {

using CommandType = Command::Type;

ChatClient::ChatClient(QObject *parent)
    : QObject(parent),
      m_connection(new ClientConnection(this)),
      m_outbox(new Outbox(m_connection, this))
{
    m_clock.start();
    ClientConnection *connection = m_connection;
    connect(connection, &ClientConnection::stateChanged, this, &ChatClient::stateChanged);
    connect(connection, &ClientConnection::signedIn, this, &ChatClient::handleSignedIn);
    connect(connection, &ClientConnection::registrationRefused, this,
            &ChatClient::registrationRefused);
    connect(connection, &ClientConnection::accountsChanged, this, &ChatClient::accountsChanged);
    connect(connection, &ClientConnection::passwordRefused, this, &ChatClient::passwordRefused);
    connect(connection, &ClientConnection::certificateNeedsTrust, this,
            &ChatClient::certificateNeedsTrust);
    connect(connection, &ClientConnection::nameChanged, this, &ChatClient::nameChanged);
    connect(connection, &ClientConnection::eventReceived, this, &ChatClient::handleEvent);
    connect(connection, &ClientConnection::commandAnswered, this,
            [this](const Command &command, quint64, const ServerLine &reply) {
                handleAnswer(command, reply);
            });
    connect(connection, &ClientConnection::commandRefused, this, &ChatClient::handleRefusal);
    connect(connection, &ClientConnection::disconnectedByServer, this,
            &ChatClient::disconnectedByServer);
    connect(connection, &ClientConnection::connectionLost, this, &ChatClient::connectionLost);
    connect(connection, &ClientConnection::reconnectScheduled, this,
            &ChatClient::reconnectScheduled);

    CommandTracker *tracker = connection->tracker();
    connect(tracker, &CommandTracker::usersListed, this, &ChatClient::usersListed);
    connect(tracker, &CommandTracker::groupsListed, this, &ChatClient::groupsListed);
    connect(tracker, &CommandTracker::membersListed, this, &ChatClient::membersListed);
    connect(tracker, &CommandTracker::directoryListed, this, &ChatClient::directoryListed);
    connect(tracker, &CommandTracker::historyReceived, this, &ChatClient::historyReceived);
    connect(tracker, &CommandTracker::conversationsListed, this, &ChatClient::conversationsListed);

    connect(m_outbox, &Outbox::messageChanged, this, &ChatClient::outgoingMessageChanged);
}

ChatClient::~ChatClient() = default;

qsizetype ChatClient::lineBytes(const Conversation &to, const QString &text)
{
    return Outbox::lineBytes(to, text);
}

void ChatClient::connectToServer(const ConnectSettings &settings)
{
    m_connection->open(settings);
}

void ChatClient::disconnectFromServer()
{
    m_connection->close();
}

void ChatClient::cancelReconnect()
{
    m_connection->cancelReconnect();
}

void ChatClient::reconnectNow()
{
    m_connection->reconnectNow();
}

void ChatClient::trustCertificate()
{
    m_connection->trustCertificate();
}

void ChatClient::distrustCertificate()
{
    m_connection->distrustCertificate();
}

quint64 ChatClient::sendMessage(const Conversation &to, const QString &text)
{
    return m_outbox->send(to, text);
}

void ChatClient::changeName(const QString &name)
{
    const Command command = Command::name(name);
    if (checkOnline(command) && checkName(command, name, NameRules::Kind::User))
        write(command);
}

void ChatClient::makeGroup(const QString &group, const QStringList &members, bool isPublic)
{
    const Command command =
            isPublic ? Command::publicGroup(group, members) : Command::makeGroup(group, members);
    if (!checkOnline(command) || !checkName(command, group, NameRules::Kind::Group))
        return;
    for (const QString &member : members) {
        if (!checkName(command, member, NameRules::Kind::User))
            return;
    }
    write(command);
}

void ChatClient::invite(const QString &group, const QString &user)
{
    const Command command = Command::invite(group, user);
    if (checkOnline(command) && checkName(command, group, NameRules::Kind::Group)
        && checkName(command, user, NameRules::Kind::User)) {
        write(command);
    }
}

void ChatClient::joinGroup(const QString &group)
{
    const Command command = Command::join(group);
    if (checkOnline(command) && checkName(command, group, NameRules::Kind::Group))
        write(command);
}

void ChatClient::setGroupPublic(const QString &group, bool isPublic)
{
    const Command command = Command::visibility(group, isPublic);
    if (checkOnline(command) && checkName(command, group, NameRules::Kind::Group))
        write(command);
}

void ChatClient::removeMember(const QString &group, const QString &user, const QString &reason)
{
    // The reason is one line of text; a line end in it would end the command.
    const Command command = Command::kick(group, user, reason.simplified());
    if (checkOnline(command) && checkName(command, group, NameRules::Kind::Group)
        && checkName(command, user, NameRules::Kind::User)) {
        write(command);
    }
}

void ChatClient::requestDirectory(const QString &after)
{
    const Command command = Command::directory(after);
    if (checkOnline(command)
        && (after.isEmpty() || checkName(command, after, NameRules::Kind::Group))) {
        write(command);
    }
}

void ChatClient::leaveGroup(const QString &group)
{
    const Command command = Command::leave(group);
    if (checkOnline(command) && checkName(command, group, NameRules::Kind::Group))
        write(command);
}

void ChatClient::requestUsers()
{
    const Command command = Command::list();
    if (checkOnline(command))
        write(command);
}

void ChatClient::requestGroups()
{
    const Command command = Command::groups();
    if (checkOnline(command))
        write(command);
}

void ChatClient::requestMembers(const QString &group)
{
    const Command command = Command::members(group);
    if (checkOnline(command) && checkName(command, group, NameRules::Kind::Group))
        write(command);
}

void ChatClient::requestHistory(const Conversation &conversation, quint64 before, int limit)
{
    const Command command = Command::history(conversation, before, limit);
    if (checkOnline(command) && checkConversation(command, conversation))
        write(command);
}

void ChatClient::markRead(const Conversation &conversation, quint64 id)
{
    // A hint for the other devices: nothing to say for a guest, or when offline.
    if (!isOnline() || !isAccount() || id == 0)
        return;
    const Command command = Command::read(conversation, id);
    if (checkConversation(command, conversation))
        write(command);
}

void ChatClient::changePassword(const QString &oldPassword, const QString &newPassword)
{
    const Command command = Command::password(oldPassword, newPassword);
    if (checkOnline(command) && checkAccount(command) && checkPassword(command, oldPassword, false)
        && checkPassword(command, newPassword, true))
        write(command);
}

void ChatClient::deleteAccount(const QString &password)
{
    const Command command = Command::deleteAccount(password);
    if (checkOnline(command) && checkAccount(command) && checkPassword(command, password, false))
        write(command);
}

void ChatClient::setAway(const QString &text)
{
    // A text the codec would refuse (a line break, a control character) is left out.
    const QString clean =
            TextRules::check(text.toUtf8()) == TextRules::Verdict::Ok ? text.trimmed() : QString();
    if (m_away && m_awayText == clean)
        return;
    m_away = true;
    m_awayText = clean;
    if (isOnline())
        write(Command::away(clean));
    Q_EMIT awayChanged(true, clean);
}

void ChatClient::setBack()
{
    if (!m_away)
        return;
    m_away = false;
    m_awayText.clear();
    if (isOnline())
        write(Command::back());
    Q_EMIT awayChanged(false, {});
}

void ChatClient::sendTyping(const Conversation &conversation)
{
    if (!isOnline())
        return;
    if (conversation.kind != Conversation::Kind::Everyone && !NameRules::isValid(conversation.name))
        return;
    const QString key = conversationKey(conversation);
    const qint64 now = m_clock.elapsed();
    const auto last = m_typingSent.constFind(key);
    if (last != m_typingSent.cend() && now - *last < Protocol::TypingIntervalMSecs)
        return;
    m_typingSent.insert(key, now);
    write(Command::typing(conversation));
}

void ChatClient::handleSignedIn(const QString &name)
{
    m_typingSent.clear();
    // What the user wrote meanwhile goes first; then who is online, whether the user is away
    // (the server forgets it with the connection), and only then what the session asks for
    // once registered.
    m_outbox->flush();
    requestUsers();
    if (m_away)
        write(Command::away(m_awayText));
    // An account's conversations and groups are the server's to tell, on every device.
    if (isAccount()) {
        write(Command::conversations());
        write(Command::groups());
    }
    Q_EMIT registered(name);
}

void ChatClient::handleEvent(const ServerLine &line)
{
    using Type = ServerLine::Type;
    switch (line.type) {
    case Type::Msg:
        // Never the text: a direct message is private, and a log is read by others.
        qCDebug(lcClient).noquote() << tr("Message %1 from %2 in %3, %n characters", nullptr,
                                          int(line.message.text.size()))
                                               .arg(line.message.id)
                                               .arg(line.message.from, line.message.to.toString());
        Q_EMIT messageReceived(line.message);
        break;
    case Type::Error: // the replies went to the tracker: what is left answers no command
        Q_EMIT errorReceived({ line.code, line.text });
        break;
    case Type::Joined:
        Q_EMIT userJoined(line.user);
        break;
    case Type::Left:
        Q_EMIT userLeft(line.user, line.text);
        break;
    case Type::Renamed:
        Q_EMIT userRenamed(line.user, line.newName);
        break;
    case Type::Away:
        Q_EMIT userAway(line.user, line.text);
        break;
    case Type::Back:
        Q_EMIT userBack(line.user);
        break;
    case Type::Made: {
        // The creator leads the members, whether or not the line names them twice.
        QStringList members{ line.by };
        for (const QString &member : line.users) {
            if (NameRules::key(member) != NameRules::key(line.by))
                members.append(member);
        }
        Q_EMIT groupMade(line.group, line.by, members);
        break;
    }
    case Type::Invited:
        Q_EMIT memberInvited(line.group, line.user, line.by);
        // The newcomer learns who else is in the group by asking.
        if (isMe(line.user))
            requestMembers(line.group);
        break;
    case Type::Parted:
        Q_EMIT memberParted(line.group, line.user);
        break;
    case Type::Entered:
        Q_EMIT memberEntered(line.group, line.user);
        if (isMe(line.user))
            requestMembers(line.group);
        break;
    case Type::Kicked:
        Q_EMIT memberRemoved(line.group, line.user, line.by, line.text);
        break;
    case Type::About:
        Q_EMIT groupDescribed(line.group, line.by, line.isPublic);
        break;
    case Type::Notice:
        Q_EMIT noticeReceived(line.text);
        break;
    case Type::Typing: {
        const Conversation where = line.conversation.kind == Conversation::Kind::Direct
                ? Conversation::direct(line.user)
                : line.conversation;
        if (!isMe(line.user))
            Q_EMIT userTyping(where, line.user);
        break;
    }
    case Type::Read:
        Q_EMIT readElsewhere(line.conversation, line.readId);
        break;
    case Type::Info:
    // Outside a reply, a CONVERSATION line answers nothing.
    case Type::Conversation:
    // What the server offers is the connection's to note.
    case Type::Supports:
    // The connection's own lines, and the replies, which the connection and its tracker take.
    case Type::Hello:
    case Type::Bye:
    case Type::Ping:
    case Type::Ok:
    case Type::Pong:
    case Type::User:
    case Type::Group:
    case Type::Public:
    case Type::Member:
    case Type::Hist:
        break;
    }
}

void ChatClient::handleAnswer(const Command &command, const ServerLine &)
{
    // A message's reply is the outbox's; MADE and INVITED said the rest before their OK.
    switch (command.type) {
    case CommandType::Leave:
        Q_EMIT groupLeft(command.group);
        break;
    case CommandType::Password:
        m_connection->setAccountPassword(command.newPassword);
        Q_EMIT passwordChanged();
        break;
    case CommandType::DeleteAccount:
        Q_EMIT accountDeleted();
        break;
    default:
        break;
    }
}

void ChatClient::handleRefusal(const Command &command, quint64 localId, const ProtocolError &error)
{
    // A refused message is the outbox's to tell; typing and reading are hints, and a peer who
    // just went offline or a group just left is not worth an error.
    if (localId != 0 || command.type == CommandType::Typing || command.type == CommandType::Read)
        return;
    Q_EMIT commandFailed(command, error);
}

bool ChatClient::checkOnline(const Command &command)
{
    if (isOnline())
        return true;
    Q_EMIT commandFailed(command, { ErrorCode::NotRegistered, tr("not connected to the server") });
    return false;
}

bool ChatClient::checkName(const Command &command, const QString &name, NameRules::Kind kind)
{
    const auto checked = NameRules::check(name, kind);
    if (const auto *error = std::get_if<ProtocolError>(&checked)) {
        Q_EMIT commandFailed(command, *error);
        return false;
    }
    return true;
}

bool ChatClient::checkAccount(const Command &command)
{
    if (isAccount())
        return true;
    Q_EMIT commandFailed(command, { ErrorCode::NotSignedIn, {} });
    return false;
}

bool ChatClient::checkPassword(const Command &command, const QString &password, bool isNew)
{
    const auto refused = PasswordRules::check(
            password, isNew ? PasswordRules::Purpose::New : PasswordRules::Purpose::Given);
    if (refused)
        Q_EMIT commandFailed(command, *refused);
    return !refused;
}

bool ChatClient::checkConversation(const Command &command, const Conversation &conversation)
{
    if (conversation.kind == Conversation::Kind::Everyone)
        return true;
    return checkName(command, conversation.name,
                     conversation.kind == Conversation::Kind::Group ? NameRules::Kind::Group
                                                                    : NameRules::Kind::User);
}

bool ChatClient::isMe(const QString &user) const
{
    return NameRules::key(user) == NameRules::key(name());
}

} // namespace Chinwag
