// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "commandspec_p.h"

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace CommandSpec;

QByteArray Command::encode() const
{
    QByteArray line = keyword(type);
    const auto field = [&line](const QString &value) {
        if (!value.isEmpty()) {
            line += ' ';
            line += value.toUtf8();
        }
    };
    switch (type) {
    case Type::Name:
        field(user);
        break;
    case Type::MsgInd:
        field(user);
        field(text);
        break;
    case Type::Invite:
        field(group);
        field(user);
        break;
    case Type::SendGroup:
        field(group);
        field(text);
        break;
    case Type::Leave:
    case Type::Members:
    case Type::Join:
        field(group);
        break;
    case Type::Directory:
        if (!group.isEmpty())
            line += " AFTER " + group.toUtf8();
        break;
    case Type::Visibility:
        field(group);
        line += isPublic ? " PUBLIC" : " PRIVATE";
        break;
    case Type::Kick:
        field(group);
        field(user);
        field(text);
        break;
    case Type::MakeGroup:
    case Type::PublicGroup:
        field(group);
        for (const QString &u : users)
            field(u);
        break;
    case Type::Typing:
        field(conversation.toString());
        break;
    case Type::History:
        field(conversation.toString());
        if (before != 0)
            line += " BEFORE " + QByteArray::number(before);
        if (limit != Protocol::DefaultHistoryLimit)
            line += " LIMIT " + QByteArray::number(limit);
        break;
    case Type::SignUp:
    case Type::SignIn:
        field(user);
        field(text);
        break;
    case Type::Password:
        field(text);
        field(newPassword);
        break;
    case Type::Read:
        field(conversation.toString());
        line += ' ' + QByteArray::number(id);
        break;
    case Type::Claim:
    case Type::DeleteAccount:
    case Type::Pass:
    case Type::MsgAll:
    case Type::Away:
    case Type::Help:
    case Type::Ping:
    case Type::Pong:
        field(text);
        break;
    case Type::List:
    case Type::Groups:
    case Type::Back:
    case Type::Close:
    case Type::Conversations:
        break;
    }
    line += '\n';
    return line;
}

QByteArray Command::keyword(Type type)
{
    return specOf(type).keyword.toByteArray();
}

std::optional<Type> Command::typeOf(QByteArrayView keyword)
{
    if (const Spec *spec = specOf(keyword))
        return spec->type;
    return std::nullopt;
}

QByteArrayList Command::keywords()
{
    QByteArrayList list;
    for (const Spec &spec : Specs)
        list.append(spec.keyword.toByteArray());
    return list;
}

QString Command::usage(Type type)
{
    const Spec &spec = specOf(type);
    QString s = QString::fromLatin1(spec.keyword);
    if (!spec.arguments.isEmpty())
        s += u' ' + spec.arguments.toString();
    return s;
}

QStringList Command::helpLines()
{
    QStringList lines;
    for (const Spec &spec : Specs)
        lines.append(usage(spec.type).leftJustified(30) + u"  "_s + spec.summary.toString());
    return lines;
}

Command Command::msgInd(const QString &user, const QString &text)
{
    Command c = withUser(Type::MsgInd, user);
    c.text = text;
    return c;
}

Command Command::sendGroup(const QString &group, const QString &text)
{
    Command c = withGroup(Type::SendGroup, group);
    c.text = text;
    return c;
}

Command Command::makeGroup(const QString &group, const QStringList &users)
{
    Command c = withGroup(Type::MakeGroup, group);
    c.users = users;
    return c;
}

Command Command::publicGroup(const QString &group, const QStringList &users)
{
    Command c = withGroup(Type::PublicGroup, group);
    c.users = users;
    return c;
}

Command Command::visibility(const QString &group, bool isPublic)
{
    Command c = withGroup(Type::Visibility, group);
    c.isPublic = isPublic;
    return c;
}

Command Command::kick(const QString &group, const QString &user, const QString &reason)
{
    Command c = withGroup(Type::Kick, group);
    c.user = user;
    c.text = reason;
    return c;
}

Command Command::invite(const QString &group, const QString &user)
{
    Command c = withGroup(Type::Invite, group);
    c.user = user;
    return c;
}

Command Command::typing(const Conversation &conversation)
{
    Command c = of(Type::Typing);
    c.conversation = conversation;
    return c;
}

Command Command::history(const Conversation &conversation, quint64 before, int limit)
{
    Command c = of(Type::History);
    c.conversation = conversation;
    c.before = before;
    c.limit = limit;
    return c;
}

Command Command::signUp(const QString &name, const QString &password)
{
    Command c = withUser(Type::SignUp, name);
    c.text = password;
    return c;
}

Command Command::signIn(const QString &name, const QString &password)
{
    Command c = withUser(Type::SignIn, name);
    c.text = password;
    return c;
}

Command Command::password(const QString &oldPassword, const QString &newPassword)
{
    Command c = withText(Type::Password, oldPassword);
    c.newPassword = newPassword;
    return c;
}

Command Command::read(const Conversation &conversation, quint64 id)
{
    Command c = of(Type::Read);
    c.conversation = conversation;
    c.id = id;
    return c;
}

Command Command::of(Type type)
{
    Command c;
    c.type = type;
    return c;
}

Command Command::withUser(Type type, const QString &user)
{
    Command c = of(type);
    c.user = user;
    return c;
}

Command Command::withGroup(Type type, const QString &group)
{
    Command c = of(type);
    c.group = group;
    return c;
}

Command Command::withText(Type type, const QString &text)
{
    Command c = of(type);
    c.text = text;
    return c;
}

} // namespace Chinwag
