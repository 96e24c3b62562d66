// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtracker.h"

#include "clientlog.h"

#include <utility>

namespace Chinwag {

using CommandType = Command::Type;

CommandTracker::CommandTracker(QObject *parent) : QObject(parent) { }

void CommandTracker::track(const Command &command, quint64 localId)
{
    m_pending.enqueue({ command, localId });
}

bool CommandTracker::handleLine(const ServerLine &line)
{
    using Type = ServerLine::Type;
    switch (line.type) {
    case Type::Ok:
    case Type::Pong:
        if (const auto pending = take(line))
            answer(*pending, line);
        return true;
    case Type::Error:
        if (line.code == ErrorCode::Flood)
            return false;
        if (const auto pending = take(line))
            refuse(*pending, { line.code, line.text });
        return true;
    case Type::User:
        m_users.append({ line.user, line.away, line.text });
        return true;
    case Type::Group:
        m_groups.append({ line.group, line.by, line.count, line.isPublic });
        return true;
    case Type::Public:
        m_directory.append({ line.group, line.by, line.count, true });
        return true;
    case Type::Member:
        m_members.append(line.user);
        return true;
    case Type::Conversation:
        // The server counts at most Protocol::MaxUnreadCount.
        m_conversations.append({ line.conversation, line.lastId, line.readId,
                                 int(qMin<quint64>(line.count, Protocol::MaxUnreadCount)) });
        return true;
    case Type::Hist:
        // Only as many as the HISTORY waiting for its reply asked for.
        if (awaits(CommandType::History) && m_history.size() < m_pending.head().command.limit)
            m_history.append(line.message);
        return true;
    default:
        return false;
    }
}

void CommandTracker::handleBadLine(const QByteArray &line)
{
    // A reply that cannot be read still answers its command, or every later reply would be
    // matched to the wrong one.
    const QByteArray keyword = line.left(line.indexOf(' '));
    if ((keyword != "OK" && keyword != "ERROR") || m_pending.isEmpty())
        return;
    refuse(m_pending.dequeue(),
           { ErrorCode::BadSyntax, tr("The server's reply could not be read.") });
}

QList<CommandTracker::Pending> CommandTracker::clear()
{
    forgetCollected();
    return std::exchange(m_pending, {});
}

bool CommandTracker::awaits(Command::Type type) const
{
    return !m_pending.isEmpty() && m_pending.head().command.type == type;
}

std::optional<CommandTracker::Pending> CommandTracker::take(const ServerLine &line)
{
    if (m_pending.isEmpty()) {
        qCWarning(lcClient).noquote() << tr("Ignored a reply that answers no command: %1")
                                                 .arg(QString::fromUtf8(line.encode().trimmed()));
        return std::nullopt;
    }
    Pending pending = m_pending.dequeue();
    const bool matches = line.type == ServerLine::Type::Error
            || (line.type == ServerLine::Type::Pong && pending.command.type == CommandType::Ping)
            || (line.type == ServerLine::Type::Ok && line.command == pending.command.type);
    if (!matches) {
        qCWarning(lcClient).noquote()
                << tr("The reply %1 does not answer %2.")
                           .arg(QString::fromUtf8(line.encode().trimmed()),
                                QString::fromUtf8(Command::keyword(pending.command.type)));
    }
    return pending;
}

void CommandTracker::answer(const Pending &pending, const ServerLine &line)
{
    const Command &command = pending.command;
    switch (command.type) {
    case CommandType::List:
        Q_EMIT usersListed(std::exchange(m_users, {}));
        break;
    case CommandType::Groups:
        Q_EMIT groupsListed(std::exchange(m_groups, {}));
        break;
    case CommandType::Members:
        Q_EMIT membersListed(command.group, std::exchange(m_members, {}));
        break;
    case CommandType::Directory:
        Q_EMIT directoryListed(command.group, std::exchange(m_directory, {}), line.more);
        break;
    case CommandType::History:
        Q_EMIT historyReceived(command.conversation, std::exchange(m_history, {}), command.before,
                               command.limit);
        break;
    case CommandType::Conversations:
        Q_EMIT conversationsListed(std::exchange(m_conversations, {}));
        break;
    default:
        Q_EMIT answered(command, pending.localId, line);
        break;
    }
}

void CommandTracker::refuse(const Pending &pending, const ProtocolError &error)
{
    // The replies come in order: whatever was collected belonged to the refused command.
    forgetCollected();
    Q_EMIT refused(pending.command, pending.localId, error);
}

void CommandTracker::forgetCollected()
{
    m_users.clear();
    m_groups.clear();
    m_directory.clear();
    m_members.clear();
    m_history.clear();
    m_conversations.clear();
}

} // namespace Chinwag
