// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverline.h"

namespace Chinwag {

using Type = ServerLine::Type;
using CommandType = Command::Type;

namespace {

ServerLine of(Type type)
{
    ServerLine line;
    line.type = type;
    return line;
}

ServerLine okOf(CommandType command)
{
    ServerLine line = of(Type::Ok);
    line.command = command;
    return line;
}

} // namespace

ServerLine ServerLine::hello(int version, qsizetype maxLineBytes, const QString &text)
{
    ServerLine line = of(Type::Hello);
    line.version = version;
    line.maxLineBytes = maxLineBytes;
    line.text = text;
    return line;
}

ServerLine ServerLine::info(const QString &text)
{
    ServerLine line = of(Type::Info);
    line.text = text;
    return line;
}

ServerLine ServerLine::ok(Command::Type command)
{
    return okOf(command);
}

ServerLine ServerLine::okName(const QString &name)
{
    ServerLine line = okOf(CommandType::Name);
    line.user = name;
    return line;
}

ServerLine ServerLine::okAccount(Command::Type command, const QString &name)
{
    ServerLine line = okOf(command);
    line.user = name;
    return line;
}

ServerLine ServerLine::okRead(const Conversation &conversation, quint64 readId)
{
    ServerLine line = okOf(CommandType::Read);
    line.conversation = conversation;
    line.readId = readId;
    return line;
}

ServerLine ServerLine::okSent(Command::Type command, quint64 id, const QDateTime &time, bool held)
{
    ServerLine line = okOf(command);
    line.message.id = id;
    line.message.time = time;
    line.held = held;
    return line;
}

ServerLine ServerLine::okCount(Command::Type command, quint64 count)
{
    ServerLine line = okOf(command);
    line.count = count;
    return line;
}

ServerLine ServerLine::okGroup(Command::Type command, const QString &group)
{
    ServerLine line = okOf(command);
    line.group = group;
    return line;
}

ServerLine ServerLine::okInvite(const QString &group, const QString &user)
{
    ServerLine line = okGroup(CommandType::Invite, group);
    line.user = user;
    return line;
}

ServerLine ServerLine::okKick(const QString &group, const QString &user)
{
    ServerLine line = okGroup(CommandType::Kick, group);
    line.user = user;
    return line;
}

ServerLine ServerLine::okVisibility(const QString &group, bool isPublic)
{
    ServerLine line = okGroup(CommandType::Visibility, group);
    line.isPublic = isPublic;
    return line;
}

ServerLine ServerLine::okDirectory(quint64 count, bool more)
{
    ServerLine line = okCount(CommandType::Directory, count);
    line.more = more;
    return line;
}

ServerLine ServerLine::okMembers(const QString &group, quint64 count)
{
    ServerLine line = okGroup(CommandType::Members, group);
    line.count = count;
    return line;
}

ServerLine ServerLine::okHistory(const Conversation &conversation, quint64 count)
{
    ServerLine line = okOf(CommandType::History);
    line.conversation = conversation;
    line.count = count;
    return line;
}

ServerLine ServerLine::error(const ProtocolError &error)
{
    return ServerLine::error(error.code, error.sentence);
}

ServerLine ServerLine::error(ErrorCode code, const QString &text)
{
    ServerLine line = of(Type::Error);
    line.code = code;
    line.text = text;
    return line;
}

ServerLine ServerLine::bye(ErrorCode code, const QString &text)
{
    ServerLine line = of(Type::Bye);
    line.code = code;
    line.text = text;
    return line;
}

ServerLine ServerLine::ping(const QString &token)
{
    ServerLine line = of(Type::Ping);
    line.text = token;
    return line;
}

ServerLine ServerLine::pong(const QString &token)
{
    ServerLine line = of(Type::Pong);
    line.text = token;
    return line;
}

ServerLine ServerLine::msg(const ChatMessage &message)
{
    ServerLine line = of(Type::Msg);
    line.message = message;
    return line;
}

ServerLine ServerLine::hist(const ChatMessage &message)
{
    ServerLine line = of(Type::Hist);
    line.message = message;
    return line;
}

ServerLine ServerLine::userEntry(const QString &user, bool away, const QString &awayText)
{
    ServerLine line = of(Type::User);
    line.user = user;
    line.away = away;
    line.text = awayText;
    return line;
}

ServerLine ServerLine::groupEntry(const QString &group, const QString &owner, quint64 members,
                                  bool isPublic)
{
    ServerLine line = of(Type::Group);
    line.group = group;
    line.by = owner;
    line.count = members;
    line.isPublic = isPublic;
    return line;
}

ServerLine ServerLine::publicEntry(const QString &group, const QString &owner, quint64 members)
{
    ServerLine line = of(Type::Public);
    line.group = group;
    line.by = owner;
    line.count = members;
    return line;
}

ServerLine ServerLine::member(const QString &group, const QString &user)
{
    ServerLine line = of(Type::Member);
    line.group = group;
    line.user = user;
    return line;
}

ServerLine ServerLine::joined(const QString &user)
{
    ServerLine line = of(Type::Joined);
    line.user = user;
    return line;
}

ServerLine ServerLine::left(const QString &user, const QString &why)
{
    ServerLine line = of(Type::Left);
    line.user = user;
    line.text = why;
    return line;
}

ServerLine ServerLine::renamed(const QString &user, const QString &newName)
{
    ServerLine line = of(Type::Renamed);
    line.user = user;
    line.newName = newName;
    return line;
}

ServerLine ServerLine::awayNotice(const QString &user, const QString &text)
{
    ServerLine line = of(Type::Away);
    line.user = user;
    line.text = text;
    return line;
}

ServerLine ServerLine::back(const QString &user)
{
    ServerLine line = of(Type::Back);
    line.user = user;
    return line;
}

ServerLine ServerLine::typing(const Conversation &conversation, const QString &user)
{
    ServerLine line = of(Type::Typing);
    line.conversation = conversation;
    line.user = user;
    return line;
}

ServerLine ServerLine::made(const QString &group, const QString &creator,
                            const QStringList &otherMembers)
{
    ServerLine line = of(Type::Made);
    line.group = group;
    line.by = creator;
    line.users = otherMembers;
    return line;
}

ServerLine ServerLine::invited(const QString &group, const QString &user, const QString &by)
{
    ServerLine line = of(Type::Invited);
    line.group = group;
    line.user = user;
    line.by = by;
    return line;
}

ServerLine ServerLine::parted(const QString &group, const QString &user)
{
    ServerLine line = of(Type::Parted);
    line.group = group;
    line.user = user;
    return line;
}

ServerLine ServerLine::entered(const QString &group, const QString &user)
{
    ServerLine line = of(Type::Entered);
    line.group = group;
    line.user = user;
    return line;
}

ServerLine ServerLine::kicked(const QString &group, const QString &user, const QString &by,
                              const QString &reason)
{
    ServerLine line = of(Type::Kicked);
    line.group = group;
    line.user = user;
    line.by = by;
    line.text = reason;
    return line;
}

ServerLine ServerLine::about(const QString &group, const QString &owner, bool isPublic)
{
    ServerLine line = of(Type::About);
    line.group = group;
    line.by = owner;
    line.isPublic = isPublic;
    return line;
}

ServerLine ServerLine::notice(const QString &text)
{
    ServerLine line = of(Type::Notice);
    line.text = text;
    return line;
}

bool operator==(const ServerLine &a, const ServerLine &b)
{
    return a.type == b.type && a.command == b.command && a.code == b.code && a.message == b.message
            && a.user == b.user && a.newName == b.newName && a.group == b.group && a.by == b.by
            && a.users == b.users && a.conversation == b.conversation && a.count == b.count
            && a.away == b.away && a.held == b.held && a.version == b.version
            && a.maxLineBytes == b.maxLineBytes && a.text == b.text && a.lastId == b.lastId
            && a.readId == b.readId && a.tokens == b.tokens && a.isPublic == b.isPublic
            && a.more == b.more;
}

ServerLine ServerLine::supports(const QStringList &tokens)
{
    ServerLine line = of(Type::Supports);
    line.tokens = tokens;
    return line;
}

ServerLine ServerLine::conversationEntry(const Conversation &conversation, quint64 lastId,
                                         quint64 readId, quint64 unread)
{
    ServerLine line = of(Type::Conversation);
    line.conversation = conversation;
    line.lastId = lastId;
    line.readId = readId;
    line.count = unread;
    return line;
}

ServerLine ServerLine::read(const Conversation &conversation, quint64 readId)
{
    ServerLine line = of(Type::Read);
    line.conversation = conversation;
    line.readId = readId;
    return line;
}

} // namespace Chinwag
