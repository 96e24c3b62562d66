// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "linereader_p.h"

#include <QByteArrayView>
#include <QStringView>

namespace Chinwag::CommandSpec {

using Type = Command::Type;

struct Spec
{
    Type type;
    QByteArrayView keyword;
    QStringView arguments;
    QStringView summary;
};

// HELP lists the commands in this order: the exercise's first.
inline constexpr Spec Specs[] = {
    { Type::Name, "NAME", u"<name>", u"register your name, or change it" },
    { Type::MsgAll, "MSGALL", u"<text>", u"send a message to everyone" },
    { Type::MsgInd, "MSGIND", u"<user> <text>", u"send a message to one user" },
    { Type::List, "LIST", u"", u"list the users who are online" },
    { Type::Close, "CLOSE", u"", u"say goodbye and close the connection" },
    { Type::MakeGroup, "MAKEGROUP", u"<group> [<user>...]",
      u"make a private group of you and these users" },
    { Type::SendGroup, "SENDGROUP", u"<group> <text>", u"send a message to a group you are in" },
    { Type::Invite, "INVITE", u"<group> <user>", u"add a user to a group you are in" },
    { Type::Leave, "LEAVE", u"<group>", u"leave a group" },
    { Type::Groups, "GROUPS", u"", u"list your groups" },
    { Type::Members, "MEMBERS", u"<group>", u"list the members of a group you are in" },
    { Type::PublicGroup, "PUBLICGROUP", u"<group> [<user>...]",
      u"make a public group, which anyone may join" },
    { Type::Join, "JOIN", u"<group>", u"join a public group" },
    { Type::Directory, "DIRECTORY", u"[AFTER <group>]", u"list the public groups, by name" },
    { Type::Visibility, "VISIBILITY", u"<group> PUBLIC|PRIVATE",
      u"make a group you own public or private" },
    { Type::Kick, "KICK", u"<group> <user> [<reason>]", u"remove a member from a group you own" },
    { Type::History, "HISTORY", u"<conversation> [BEFORE <id>] [LIMIT <n>]",
      u"show past messages of * (everyone), @user or #group" },
    { Type::Away, "AWAY", u"[<text>]", u"tell others you are away" },
    { Type::Back, "BACK", u"", u"tell others you are back" },
    { Type::Typing, "TYPING", u"<conversation>",
      u"tell * (everyone), @user or #group you are typing" },
    { Type::SignUp, "SIGNUP", u"<name> <password>",
      u"make an account of a name and sign in to it, instead of NAME" },
    { Type::SignIn, "SIGNIN", u"<name> <password>", u"sign in to your account, instead of NAME" },
    { Type::Claim, "CLAIM", u"<password>", u"make your name an account, kept for you alone" },
    { Type::Password, "PASSWORD", u"<old> <new>", u"change your account's password" },
    { Type::DeleteAccount, "DELETEACCOUNT", u"<password>",
      u"delete your account, with its held messages, memberships and read positions" },
    { Type::Conversations, "CONVERSATIONS", u"",
      u"list your conversations, newest first, with what is unread" },
    { Type::Read, "READ", u"<conversation> <id>",
      u"say you have read a conversation up to a message" },
    { Type::Pass, "PASS", u"<password>", u"give the server's password, before NAME" },
    { Type::Help, "HELP", u"[<command>]", u"show this list, or how to use one command" },
    { Type::Ping, "PING", u"[<token>]", u"check the connection: the server answers PONG" },
    { Type::Pong, "PONG", u"[<token>]", u"answer the server's PING" },
};

inline const Spec &specOf(Type type)
{
    for (const Spec &spec : Specs) {
        if (spec.type == type)
            return spec;
    }
    Q_UNREACHABLE();
}

inline const Spec *specOf(QByteArrayView keyword)
{
    for (const Spec &spec : Specs) {
        if (equalsKeyword(keyword, spec.keyword))
            return &spec;
    }
    return nullptr;
}

} // namespace Chinwag::CommandSpec
