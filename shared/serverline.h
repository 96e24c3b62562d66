// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatmessage.h"
#include "command.h"
#include "conversation.h"
#include "protocolerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Chinwag {

// One line from the server to a client (docs/PROTOCOL.md, "Server lines"). Each type uses the
// fields its grammar names; the others stay empty.
struct ServerLine
{
    enum class Type {
        Hello, // HELLO <version> <max-line-bytes> <text>
        Info, // INFO [<text>]
        Ok, // OK <COMMAND> [<fields>...]
        Error, // ERROR <CODE> <text>
        Bye, // BYE <CODE> <text>
        Ping, // PING [<token>]
        Pong, // PONG [<token>]
        Msg, // MSG <to> <from> <id> <time> <text>
        Hist, // HIST <to> <from> <id> <time> <text>
        User, // USER <user> HERE|AWAY [<text>]
        Group, // GROUP <group> <owner> <members> [PUBLIC]
        Member, // MEMBER <group> <user>
        Joined, // JOINED <user>
        Left, // LEFT <user> <text>
        Renamed, // RENAMED <user> <new-name>
        Away, // AWAY <user> [<text>]
        Back, // BACK <user>
        Typing, // TYPING <conversation> <user>
        Made, // MADE <group> <creator> [<member>...]
        Invited, // INVITED <group> <user> <by>
        Parted, // PARTED <group> <user>
        Notice, // NOTICE <text>
        Supports, // SUPPORTS <token>...
        Conversation, // CONVERSATION <conversation> <last-id> <read-id> <unread>
        Read, // READ <conversation> <id>
        Public, // PUBLIC <group> <owner> <members>
        Entered, // ENTERED <group> <user>
        Kicked, // KICKED <group> <user> <by> [<reason>]
        About, // ABOUT <group> <owner> PUBLIC|PRIVATE
    };

    Type type = Type::Info;
    Command::Type command = Command::Type::Help; // OK: the command it answers
    ErrorCode code = ErrorCode::BadSyntax; // ERROR, BYE
    ChatMessage message; // MSG, HIST; the id and time in OK MSGALL, MSGIND and SENDGROUP
    QString user; // USER, MEMBER, JOINED, LEFT, RENAMED, AWAY, BACK, TYPING, INVITED, PARTED,
                  // ENTERED, KICKED; OK NAME, SIGNUP, SIGNIN, CLAIM, INVITE, KICK
    QString newName; // RENAMED
    // GROUP, PUBLIC, MEMBER, MADE, INVITED, PARTED, ENTERED, KICKED, ABOUT; OK MAKEGROUP,
    // PUBLICGROUP, INVITE, LEAVE, MEMBERS, JOIN, VISIBILITY, KICK
    QString group;
    // GROUP, PUBLIC, ABOUT: the owner; MADE: the creator; INVITED: who invited; KICKED: who
    // removed the member
    QString by;
    QStringList users; // MADE: the members besides the creator
    Conversation conversation; // TYPING, CONVERSATION, READ; OK HISTORY, READ
    // GROUP, PUBLIC: members; CONVERSATION: unread; OK LIST, GROUPS, MEMBERS, HISTORY,
    // CONVERSATIONS, DIRECTORY: the lines before it
    quint64 count = 0;
    quint64 lastId = 0; // CONVERSATION: its newest message, 0 for none
    quint64 readId = 0; // CONVERSATION, READ, OK READ: the newest message read, 0 for none
    QStringList tokens; // SUPPORTS: KEY or KEY=VALUE
    bool away = false; // USER
    bool held = false; // OK MSGIND: the user is offline and the message waits for them
    bool isPublic = false; // GROUP, ABOUT, OK VISIBILITY
    bool more = false; // OK DIRECTORY: more public groups come after the last listed
    int version = 0; // HELLO
    qsizetype maxLineBytes = 0; // HELLO
    QString text; // HELLO, INFO, ERROR, BYE, LEFT, AWAY, USER, NOTICE, PING, PONG, KICKED

    static std::variant<ServerLine, ProtocolError> parse(QByteArrayView line);
    // For a reader that must keep up with millions of lines and acts on few of them (the
    // benchmark): the type a line's keyword names, and the text of a MSG line, found without
    // decoding or checking the other fields. Use parse() for anything that must be checked.
    static std::optional<Type> typeOf(QByteArrayView line);
    static std::optional<QByteArrayView> messageText(QByteArrayView line);
    // The line with its LF.
    QByteArray encode() const;

    static ServerLine hello(int version, qsizetype maxLineBytes, const QString &text);
    static ServerLine info(const QString &text);
    // OK for commands whose reply has no fields: PASS, AWAY, BACK, TYPING, HELP.
    static ServerLine ok(Command::Type command);
    static ServerLine okName(const QString &name);
    // OK SIGNUP, SIGNIN, CLAIM: the name of the account.
    static ServerLine okAccount(Command::Type command, const QString &name);
    static ServerLine okRead(const Conversation &conversation, quint64 readId);
    // OK MSGALL, MSGIND, SENDGROUP.
    static ServerLine okSent(Command::Type command, quint64 id, const QDateTime &time,
                             bool held = false);
    // OK LIST, GROUPS, CONVERSATIONS.
    static ServerLine okCount(Command::Type command, quint64 count);
    // OK MAKEGROUP, PUBLICGROUP, LEAVE, JOIN.
    static ServerLine okGroup(Command::Type command, const QString &group);
    static ServerLine okInvite(const QString &group, const QString &user);
    static ServerLine okKick(const QString &group, const QString &user);
    static ServerLine okVisibility(const QString &group, bool isPublic);
    static ServerLine okDirectory(quint64 count, bool more);
    static ServerLine okMembers(const QString &group, quint64 count);
    static ServerLine okHistory(const Conversation &conversation, quint64 count);
    static ServerLine error(const ProtocolError &error);
    static ServerLine error(ErrorCode code, const QString &text);
    static ServerLine bye(ErrorCode code, const QString &text);
    static ServerLine ping(const QString &token = {});
    static ServerLine pong(const QString &token = {});
    static ServerLine msg(const ChatMessage &message);
    static ServerLine hist(const ChatMessage &message);
    static ServerLine userEntry(const QString &user, bool away, const QString &awayText = {});
    static ServerLine groupEntry(const QString &group, const QString &owner, quint64 members,
                                 bool isPublic = false);
    static ServerLine publicEntry(const QString &group, const QString &owner, quint64 members);
    static ServerLine member(const QString &group, const QString &user);
    static ServerLine joined(const QString &user);
    static ServerLine left(const QString &user, const QString &why);
    static ServerLine renamed(const QString &user, const QString &newName);
    static ServerLine awayNotice(const QString &user, const QString &text = {});
    static ServerLine back(const QString &user);
    static ServerLine typing(const Conversation &conversation, const QString &user);
    static ServerLine made(const QString &group, const QString &creator,
                           const QStringList &members);
    static ServerLine invited(const QString &group, const QString &user, const QString &by);
    static ServerLine parted(const QString &group, const QString &user);
    static ServerLine entered(const QString &group, const QString &user);
    static ServerLine kicked(const QString &group, const QString &user, const QString &by,
                             const QString &reason = {});
    static ServerLine about(const QString &group, const QString &owner, bool isPublic);
    static ServerLine notice(const QString &text);
    static ServerLine supports(const QStringList &tokens);
    static ServerLine conversationEntry(const Conversation &conversation, quint64 lastId,
                                        quint64 readId, quint64 unread);
    static ServerLine read(const Conversation &conversation, quint64 readId);

    // The wire form of a time: ISO 8601 in UTC with milliseconds, "2026-11-25T12:00:00.123Z".
    static QByteArray encodeTime(const QDateTime &time);
    static QDateTime parseTime(QByteArrayView token);

    friend bool operator==(const ServerLine &a, const ServerLine &b);
};

} // namespace Chinwag
