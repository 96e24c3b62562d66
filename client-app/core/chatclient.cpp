// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatclient.h"

#include "clientlog.h"
#include "conversationkey.h"
#include "errormessages.h"
#include "serverconnection.h"

#include <namerules.h>
#include <serverline.h>
#include <textrules.h>

#include <utility>

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using CommandType = Command::Type;

namespace {

// The server answers a PING at once; a connection that stays silent this long after one is dead.
constexpr auto IdleTimeout = 60s;
constexpr auto AnswerTimeout = 20s;
constexpr auto ConnectTimeout = 15s;

Command messageCommand(const Conversation &to, const QString &text)
{
    switch (to.kind) {
    case Conversation::Kind::Everyone:
        return Command::msgAll(text);
    case Conversation::Kind::Direct:
        return Command::msgInd(to.name, text);
    case Conversation::Kind::Group:
        return Command::sendGroup(to.name, text);
    }
    Q_UNREACHABLE();
}

bool isMessageCommand(CommandType type)
{
    return type == CommandType::MsgAll || type == CommandType::MsgInd
            || type == CommandType::SendGroup;
}

// After these the server will only say the same again: trying again needs the user.
bool isFinal(ErrorCode bye)
{
    return bye == ErrorCode::Kicked || bye == ErrorCode::BadPassword;
}

} // namespace

ChatClient::ChatClient(QObject *parent)
    : QObject(parent),
      m_connection(new ServerConnection(this)),
      m_maxLineBytes(Limits().maxLineBytes),
      m_idleTimeout(IdleTimeout),
      m_answerTimeout(AnswerTimeout),
      m_connectTimeout(ConnectTimeout)
{
    m_reconnectTimer.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    m_clock.start();
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ChatClient::openConnection);
    connect(&m_watchdog, &QTimer::timeout, this, &ChatClient::handleSilence);
    connect(m_connection, &ServerConnection::opened, this, &ChatClient::handleOpened);
    connect(m_connection, &ServerConnection::lineReceived, this, &ChatClient::handleLine);
    connect(m_connection, &ServerConnection::badLineReceived, this, &ChatClient::handleBadLine);
    connect(m_connection, &ServerConnection::closed, this, &ChatClient::handleClosed);
    connect(m_connection, &ServerConnection::certificateUnverified, this,
            &ChatClient::handleUnverifiedCertificate);
}

ChatClient::~ChatClient()
{
    // Says goodbye to the server, so that the others read "quit" rather than a lost connection.
    if (m_connection->isOpen())
        m_connection->send(Command::close());
    m_connection->close();
}

qsizetype ChatClient::lineBytes(const Conversation &to, const QString &text)
{
    return messageCommand(to, text).encode().size() - 1; // without its LF
}

void ChatClient::setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds answer,
                             std::chrono::milliseconds connect)
{
    m_idleTimeout = idle;
    m_answerTimeout = answer;
    m_connectTimeout = connect;
}

void ChatClient::connectToServer(const ConnectSettings &settings)
{
    const bool sameServer = settings.host == m_settings.host && settings.port == m_settings.port;
    m_registeredBefore = m_registeredBefore && sameServer
            && NameRules::key(settings.name) == NameRules::key(m_name);
    m_settings = settings;
    m_name = settings.name;
    m_backoff.reset();
    m_reconnectTimer.stop();
    failUnconfirmed(tr("The connection was closed before the server confirmed this message."));
    openConnection();
}

void ChatClient::disconnectFromServer()
{
    m_reconnectTimer.stop();
    m_watchdog.stop();
    if (m_connection->isOpen() && (m_state == State::Online || m_state == State::Registering))
        m_connection->send(Command::close());
    m_connection->close();
    m_disconnectReason.clear();
    failUnconfirmed(tr("You disconnected before the server confirmed this message."));
    failQueued(tr("Not sent: you disconnected."));
    setState(State::Disconnected);
}

void ChatClient::cancelReconnect()
{
    if (m_state == State::Disconnected || m_state == State::Online)
        return;
    m_reconnectTimer.stop();
    m_watchdog.stop();
    m_connection->abort();
    failUnconfirmed(tr("Not sent: the connection was lost."));
    failQueued(tr("Not sent: not connected to the server."));
    setState(State::Disconnected);
}

void ChatClient::reconnectNow()
{
    if (m_state != State::WaitingToReconnect && m_state != State::Disconnected)
        return;
    if (!m_settings.isComplete())
        return;
    m_reconnectTimer.stop();
    if (m_state == State::Disconnected)
        m_backoff.reset();
    openConnection();
}

void ChatClient::trustCertificate()
{
    if (!m_certificateProblem)
        return;
    m_trust->trust(m_certificateProblem->host, m_certificateProblem->port,
                   m_certificateProblem->certificate);
    m_certificateProblem.reset();
    m_backoff.reset();
    openConnection();
}

void ChatClient::distrustCertificate()
{
    if (!m_certificateProblem)
        return;
    m_certificateProblem.reset();
    failQueued(tr("Not sent: the server's certificate was not trusted."));
}

quint64 ChatClient::sendMessage(const Conversation &to, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    MessageEntry entry;
    entry.localId = ++m_lastLocalId;
    entry.message.to = to;
    entry.message.from = m_name;
    entry.message.text = text;
    entry.message.time = QDateTime::currentDateTimeUtc();

    if (to.kind != Conversation::Kind::Everyone && !NameRules::isValid(to.name)) {
        fail(entry, ErrorMessages::describe({ ErrorCode::BadName, {} }));
    } else if (TextRules::check(text.toUtf8()) != TextRules::Verdict::Ok) {
        fail(entry, ErrorMessages::describe({ ErrorCode::BadText, {} }));
    } else if (lineBytes(to, text) > m_maxLineBytes) {
        fail(entry, ErrorMessages::describe({ ErrorCode::LineTooLong, {} }));
    } else if (m_state == State::Online) {
        writeMessage(entry);
    } else if (m_state == State::Disconnected) {
        fail(entry, tr("Not sent: not connected to the server."));
    } else {
        entry.delivery = MessageEntry::Delivery::Queued;
        m_outbox.append(entry);
        Q_EMIT outgoingMessageChanged(entry);
    }
    return entry.localId;
}

void ChatClient::changeName(const QString &name)
{
    const Command command = Command::name(name);
    if (checkOnline(command) && checkName(command, name, NameRules::Kind::User))
        write(command);
}

void ChatClient::makeGroup(const QString &group, const QStringList &members)
{
    const Command command = Command::makeGroup(group, members);
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
    if (!checkOnline(command))
        return;
    if (conversation.kind != Conversation::Kind::Everyone
        && !checkName(command, conversation.name,
                      conversation.kind == Conversation::Kind::Group ? NameRules::Kind::Group
                                                                     : NameRules::Kind::User))
        return;
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

void ChatClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChatClient::openConnection()
{
    m_bye.reset();
    m_certificateProblem.reset();
    m_listedUsers.clear();
    m_listedGroups.clear();
    m_listedMembers.clear();
    m_listedHistory.clear();
    m_typingSent.clear();
    setState(State::Connecting);
    m_connection->open(m_settings.host, m_settings.port, m_settings.tls);
    restartWatchdog();
}

void ChatClient::handleOpened()
{
    setState(State::Registering);
    restartWatchdog();
}

void ChatClient::handleClosed(const QString &reason)
{
    m_watchdog.stop();
    if (m_state == State::Disconnected)
        return;
    if (m_certificateProblem) {
        // Not a lost connection: the user decides whether to try again.
        m_reconnectTimer.stop();
        m_disconnectReason = m_certificateProblem->hasChanged()
                ? tr("The server's certificate has changed since you trusted it.")
                : tr("The server's certificate could not be verified.");
        setState(State::Disconnected);
        Q_EMIT certificateNeedsTrust(*m_certificateProblem);
        return;
    }
    m_disconnectReason = m_bye ? ErrorMessages::describeDisconnect(*m_bye) : reason;
    failUnconfirmed(tr("The connection was lost before the server confirmed this message; it "
                       "may not have been delivered."));
    if (m_bye && isFinal(m_bye->code)) {
        giveUp(m_disconnectReason);
        return;
    }
    Q_EMIT connectionLost(m_disconnectReason);
    scheduleReconnect(m_disconnectReason);
}

void ChatClient::handleUnverifiedCertificate(const QSslCertificate &certificate,
                                             const QList<QSslError> &errors)
{
    if (m_trust->isTrusted(m_settings.host, m_settings.port, certificate)) {
        m_connection->ignoreSslErrors();
        return;
    }
    // The handshake fails when this returns, and handleClosed() asks the user.
    m_certificateProblem =
            CertificateProblem{ m_settings.host, m_settings.port, certificate, errors,
                                m_trust->fingerprint(m_settings.host, m_settings.port) };
}

void ChatClient::handleSilence()
{
    if (m_state == State::Online && !m_pinged) {
        m_pinged = true;
        write(Command::ping(u"alive"_s));
        m_watchdog.start(m_answerTimeout);
        return;
    }
    const QString reason = tr("The server stopped answering.");
    qCInfo(lcClient).noquote() << reason;
    m_connection->abort();
    handleClosed(reason);
}

void ChatClient::handleLine(const ServerLine &line)
{
    restartWatchdog();
    using Type = ServerLine::Type;
    switch (line.type) {
    case Type::Hello:
        if (line.maxLineBytes > 0)
            m_maxLineBytes = line.maxLineBytes;
        if (m_state == State::Registering) {
            if (!m_settings.password.isEmpty())
                write(Command::pass(m_settings.password));
            write(Command::name(m_name));
        }
        break;
    case Type::Ok:
    case Type::Pong:
        if (const auto reply = takeReply(line))
            handleOk(*reply, line);
        break;
    case Type::Error: {
        const ProtocolError error{ line.code, line.text };
        if (line.code == ErrorCode::Flood) {
            Q_EMIT errorReceived(error);
        } else if (const auto reply = takeReply(line)) {
            handleError(*reply, error);
        }
        break;
    }
    case Type::Bye:
        if (line.code != ErrorCode::Closed) {
            m_bye = ProtocolError{ line.code, line.text };
            Q_EMIT disconnectedByServer(*m_bye);
        }
        break;
    case Type::Ping:
        m_connection->send(Command::pong(line.text));
        break;
    case Type::Msg:
        qCDebug(lcClient).noquote()
                << tr("Message %1 from %2 in %3: %4")
                           .arg(line.message.id)
                           .arg(line.message.from, line.message.to.toString(), line.message.text);
        Q_EMIT messageReceived(line.message);
        break;
    case Type::User:
        m_listedUsers.append({ line.user, line.away, line.text });
        break;
    case Type::Group:
        m_listedGroups.append({ line.group, line.by, line.count });
        break;
    case Type::Member:
        m_listedMembers.append(line.user);
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
    case Type::Notice:
        Q_EMIT noticeReceived(line.text);
        break;
    // What only an account's session hears, and what the server offers: nothing yet for a
    // guest's client.
    case Type::Supports:
    case Type::Conversation:
    case Type::Read:
        break;
    case Type::Hist:
        // Only as many as the HISTORY waiting for its reply asked for.
        if (awaits(CommandType::History) && m_listedHistory.size() < m_replies.head().command.limit)
            m_listedHistory.append(line.message);
        break;
    case Type::Typing: {
        const Conversation where = line.conversation.kind == Conversation::Kind::Direct
                ? Conversation::direct(line.user)
                : line.conversation;
        if (!isMe(line.user))
            Q_EMIT userTyping(where, line.user);
        break;
    }
    case Type::Info:
        break;
    }
}

void ChatClient::handleBadLine(const QByteArray &line, const ProtocolError &error)
{
    restartWatchdog();
    qCWarning(lcClient).noquote() << tr("Ignored a line from the server that could not be read "
                                        "(%1): %2")
                                             .arg(error.sentence,
                                                  QString::fromUtf8(line.left(200)));
    // A reply that cannot be read still answers its command, or every later reply would be
    // matched to the wrong one.
    const QByteArray keyword = line.left(line.indexOf(' '));
    if (keyword != "OK" && keyword != "ERROR")
        return;
    if (m_replies.isEmpty())
        return;
    handleError(m_replies.dequeue(),
                { ErrorCode::BadSyntax, tr("The server's reply could not be read.") });
}

std::optional<ChatClient::PendingReply> ChatClient::takeReply(const ServerLine &line)
{
    if (m_replies.isEmpty()) {
        qCWarning(lcClient).noquote() << tr("Ignored a reply that answers no command: %1")
                                                 .arg(QString::fromUtf8(line.encode().trimmed()));
        return std::nullopt;
    }
    PendingReply reply = m_replies.dequeue();
    const bool matches = line.type == ServerLine::Type::Error
            || (line.type == ServerLine::Type::Pong && reply.command.type == CommandType::Ping)
            || (line.type == ServerLine::Type::Ok && line.command == reply.command.type);
    if (!matches) {
        qCWarning(lcClient).noquote()
                << tr("The reply %1 does not answer %2.")
                           .arg(QString::fromUtf8(line.encode().trimmed()),
                                QString::fromUtf8(Command::keyword(reply.command.type)));
    }
    return reply;
}

void ChatClient::handleOk(const PendingReply &reply, const ServerLine &line)
{
    switch (reply.command.type) {
    case CommandType::Name: {
        const QString old = m_name;
        m_name = line.user;
        if (m_state == State::Registering) {
            m_registeredBefore = true;
            m_backoff.reset();
            m_disconnectReason.clear();
            setState(State::Online);
            // What the user wrote meanwhile goes first; then who is online, whether the user
            // is away, and only then what the session asks for once registered.
            const QList<MessageEntry> outbox = std::exchange(m_outbox, {});
            for (const MessageEntry &entry : outbox)
                writeMessage(entry);
            requestUsers();
            if (m_away)
                write(Command::away(m_awayText));
            Q_EMIT registered(m_name);
        } else if (old != m_name) {
            Q_EMIT nameChanged(old, m_name);
        }
        break;
    }
    case CommandType::MsgAll:
    case CommandType::MsgInd:
    case CommandType::SendGroup: {
        MessageEntry entry = reply.message;
        entry.message.id = line.message.id;
        entry.message.time = line.message.time;
        entry.delivery = line.held ? MessageEntry::Delivery::Held : MessageEntry::Delivery::Sent;
        Q_EMIT outgoingMessageChanged(entry);
        break;
    }
    case CommandType::List:
        Q_EMIT usersListed(std::exchange(m_listedUsers, {}));
        break;
    case CommandType::Groups:
        Q_EMIT groupsListed(std::exchange(m_listedGroups, {}));
        break;
    case CommandType::Members:
        Q_EMIT membersListed(reply.command.group, std::exchange(m_listedMembers, {}));
        break;
    case CommandType::Leave:
        Q_EMIT groupLeft(reply.command.group);
        break;
    case CommandType::History:
        Q_EMIT historyReceived(reply.command.conversation, std::exchange(m_listedHistory, {}),
                               reply.command.before, reply.command.limit);
        break;
    case CommandType::Ping:
        m_pinged = false;
        break;
    case CommandType::MakeGroup: // MADE came first and said it all
    case CommandType::Invite: // so did INVITED
    case CommandType::Pass:
    case CommandType::Away:
    case CommandType::Back:
    case CommandType::Typing:
    case CommandType::Help:
    case CommandType::Pong:
    case CommandType::Close:
    // The client does not send the account commands yet (it registers as a guest).
    case CommandType::SignUp:
    case CommandType::SignIn:
    case CommandType::Claim:
    case CommandType::Password:
    case CommandType::DeleteAccount:
    case CommandType::Conversations:
    case CommandType::Read:
        break;
    }
}

void ChatClient::handleError(const PendingReply &reply, const ProtocolError &error)
{
    const CommandType type = reply.command.type;
    if (m_state == State::Registering && (type == CommandType::Name || type == CommandType::Pass)) {
        handleRegistrationRefused(error);
        return;
    }
    if (isMessageCommand(type)) {
        fail(reply.message, ErrorMessages::describe(error));
        return;
    }
    m_listedUsers.clear();
    m_listedGroups.clear();
    m_listedMembers.clear();
    m_listedHistory.clear();
    // Typing is a hint: a peer who just went offline is not worth an error.
    if (type == CommandType::Typing)
        return;
    Q_EMIT commandFailed(reply.command, error);
}

void ChatClient::handleRegistrationRefused(const ProtocolError &error)
{
    // When the connection comes back, the server may not yet have noticed that the old one
    // is gone, and still hold the name for it: that ends by itself.
    if (m_registeredBefore && error.code == ErrorCode::NameTaken) {
        m_connection->abort();
        failUnconfirmed(tr("Not sent: the connection was lost."));
        m_disconnectReason =
                tr("The server still holds the name %1 for the lost connection.").arg(m_name);
        Q_EMIT connectionLost(m_disconnectReason);
        scheduleReconnect(m_disconnectReason);
        return;
    }
    // Trying again would get the same answer: the user has to change the name or the password.
    // The server closes the connection after a wrong password by itself (BYE BAD_PASSWORD); the
    // client does not wait for that, so that whatever comes before the end is not taken for a
    // lost connection.
    const bool password =
            error.code == ErrorCode::PasswordRequired || error.code == ErrorCode::BadPassword;
    if (error.code != ErrorCode::BadPassword)
        m_connection->send(Command::close());
    m_connection->close();
    m_disconnectReason = ErrorMessages::describe(error);
    m_watchdog.stop();
    m_replies.clear(); // NAME after a refused PASS gets no reply
    failQueued(password ? tr("Not sent: the server refused the password.")
                        : tr("Not sent: the server refused the name."));
    setState(State::Disconnected);
    if (password)
        Q_EMIT passwordRefused(error);
    else
        Q_EMIT nameRefused(error);
}

void ChatClient::write(const Command &command, const MessageEntry &message)
{
    m_connection->send(command);
    m_replies.enqueue({ command, message });
}

void ChatClient::writeMessage(MessageEntry entry)
{
    entry.message.from = m_name;
    entry.delivery = MessageEntry::Delivery::Sending;
    write(messageCommand(entry.message.to, entry.message.text), entry);
    Q_EMIT outgoingMessageChanged(entry);
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

void ChatClient::fail(MessageEntry entry, const QString &why)
{
    entry.delivery = MessageEntry::Delivery::Failed;
    entry.failure = why;
    Q_EMIT outgoingMessageChanged(entry);
}

void ChatClient::failUnconfirmed(const QString &why)
{
    const QQueue<PendingReply> replies = std::exchange(m_replies, {});
    for (const PendingReply &reply : replies) {
        if (reply.message.localId != 0)
            fail(reply.message, why);
    }
}

void ChatClient::failQueued(const QString &why)
{
    const QList<MessageEntry> outbox = std::exchange(m_outbox, {});
    for (const MessageEntry &entry : outbox)
        fail(entry, why);
}

void ChatClient::giveUp(const QString &reason)
{
    m_reconnectTimer.stop();
    m_watchdog.stop();
    m_disconnectReason = reason;
    failQueued(tr("Not sent: disconnected from the server."));
    setState(State::Disconnected);
}

void ChatClient::scheduleReconnect(const QString &reason)
{
    m_watchdog.stop();
    const auto delay = m_backoff.next();
    qCInfo(lcClient).noquote()
            << tr("Reconnecting in %1 ms: %2").arg(qint64(delay.count())).arg(reason);
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(delay);
    Q_EMIT reconnectScheduled(delay);
}

void ChatClient::restartWatchdog()
{
    if (m_state == State::Online) {
        m_pinged = false;
        m_watchdog.start(m_idleTimeout);
    } else {
        m_watchdog.start(m_connectTimeout);
    }
}

bool ChatClient::isMe(const QString &user) const
{
    return NameRules::key(user) == NameRules::key(m_name);
}

bool ChatClient::awaits(Command::Type type) const
{
    return !m_replies.isEmpty() && m_replies.head().command.type == type;
}

} // namespace Chinwag
