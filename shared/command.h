// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "protocollimits.h"
#include "protocolerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Chinwag {

// One line from a client to the server (docs/PROTOCOL.md, "Commands"). Each type uses the
// fields its grammar names; the others stay empty.
struct Command
{
    enum class Type {
        Name, // NAME <name>                    user
        Pass, // PASS <password>                text
        MsgAll, // MSGALL <text>                text
        MsgInd, // MSGIND <user> <text>         user, text
        SendGroup, // SENDGROUP <group> <text>  group, text
        List, // LIST
        MakeGroup, // MAKEGROUP <group> [<user>...]  group, users
        Invite, // INVITE <group> <user>        group, user
        Leave, // LEAVE <group>                 group
        Groups, // GROUPS
        Members, // MEMBERS <group>             group
        PublicGroup, // PUBLICGROUP <group> [<user>...]  group, users
        Join, // JOIN <group>                   group
        Directory, // DIRECTORY [AFTER <group>]  group
        Visibility, // VISIBILITY <group> PUBLIC|PRIVATE  group, isPublic
        Kick, // KICK <group> <user> [<reason>]  group, user, text
        Away, // AWAY [<text>]                  text
        Back, // BACK
        Typing, // TYPING <conversation>        conversation
        History, // HISTORY <conversation> [BEFORE <id>] [LIMIT <n>]
        Help, // HELP [<command>]               text
        Ping, // PING [<token>]                 text
        Pong, // PONG [<token>]                 text
        Close, // CLOSE
        SignUp, // SIGNUP <name> <password>     user, text
        SignIn, // SIGNIN <name> <password>     user, text
        Claim, // CLAIM <password>              text
        Password, // PASSWORD <old> <new>       text, newPassword
        DeleteAccount, // DELETEACCOUNT <password>  text
        Conversations, // CONVERSATIONS
        Read, // READ <conversation> <id>       conversation, id
    };

    Type type = Type::Help;
    QString user;
    QString group;
    QStringList users;
    QString text;
    Conversation conversation;
    quint64 before = 0; // HISTORY: only messages older than this id; 0 for the newest
    int limit = Protocol::DefaultHistoryLimit; // HISTORY
    QString newPassword; // PASSWORD
    quint64 id = 0; // READ: the newest message read
    bool isPublic = false; // VISIBILITY

    // Parses one line without its ending. Names are checked by NameRules, text by TextRules.
    static std::variant<Command, ProtocolError> parse(QByteArrayView line);
    // The line with its LF. The fields must be valid: build commands with the functions below.
    QByteArray encode() const;

    static QByteArray keyword(Type type);
    static std::optional<Type> typeOf(QByteArrayView keyword); // case-insensitive
    // The keywords a person may type, in the order HELP shows them.
    static QByteArrayList keywords();
    // One line per command: its usage and what it does, for HELLO, HELP and UNKNOWN_COMMAND.
    static QStringList helpLines();
    static QString usage(Type type);

    static Command name(const QString &name) { return withUser(Type::Name, name); }
    static Command pass(const QString &password) { return withText(Type::Pass, password); }
    static Command msgAll(const QString &text) { return withText(Type::MsgAll, text); }
    static Command msgInd(const QString &user, const QString &text);
    static Command sendGroup(const QString &group, const QString &text);
    static Command list() { return of(Type::List); }
    static Command makeGroup(const QString &group, const QStringList &users);
    static Command invite(const QString &group, const QString &user);
    static Command leave(const QString &group) { return withGroup(Type::Leave, group); }
    static Command groups() { return of(Type::Groups); }
    static Command members(const QString &group) { return withGroup(Type::Members, group); }
    static Command publicGroup(const QString &group, const QStringList &users);
    static Command join(const QString &group) { return withGroup(Type::Join, group); }
    // The public groups after `after` by name; from the first without it.
    static Command directory(const QString &after = {})
    {
        return withGroup(Type::Directory, after);
    }
    static Command visibility(const QString &group, bool isPublic);
    static Command kick(const QString &group, const QString &user, const QString &reason = {});
    static Command away(const QString &text = {}) { return withText(Type::Away, text); }
    static Command back() { return of(Type::Back); }
    static Command typing(const Conversation &conversation);
    static Command history(const Conversation &conversation, quint64 before = 0,
                           int limit = Protocol::DefaultHistoryLimit);
    static Command help(const QString &topic = {}) { return withText(Type::Help, topic); }
    static Command ping(const QString &token = {}) { return withText(Type::Ping, token); }
    static Command pong(const QString &token = {}) { return withText(Type::Pong, token); }
    static Command close() { return of(Type::Close); }
    static Command signUp(const QString &name, const QString &password);
    static Command signIn(const QString &name, const QString &password);
    static Command claim(const QString &password) { return withText(Type::Claim, password); }
    static Command password(const QString &oldPassword, const QString &newPassword);
    static Command deleteAccount(const QString &password)
    {
        return withText(Type::DeleteAccount, password);
    }
    static Command conversations() { return of(Type::Conversations); }
    static Command read(const Conversation &conversation, quint64 id);

    friend bool operator==(const Command &a, const Command &b)
    {
        return a.type == b.type && a.user == b.user && a.group == b.group && a.users == b.users
                && a.text == b.text && a.conversation == b.conversation && a.before == b.before
                && a.limit == b.limit && a.newPassword == b.newPassword && a.id == b.id
                && a.isPublic == b.isPublic;
    }

private:
    static Command of(Type type);
    static Command withUser(Type type, const QString &user);
    static Command withGroup(Type type, const QString &group);
    static Command withText(Type type, const QString &text);
};

} // namespace Chinwag
