// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "linereader_p.h"
#include "namerules.h"
#include "textrules.h"

#include <limits>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Type = Command::Type;

namespace {

struct Spec
{
    Type type;
    QByteArrayView keyword;
    QStringView arguments;
    QStringView summary;
};

// HELP lists the commands in this order: the exercise's first.
constexpr Spec Specs[] = {
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
    { Type::History, "HISTORY", u"<conversation> [BEFORE <id>] [LIMIT <n>]",
      u"show past messages of * (everyone), @user or #group" },
    { Type::Away, "AWAY", u"[<text>]", u"tell others you are away" },
    { Type::Back, "BACK", u"", u"tell others you are back" },
    { Type::Typing, "TYPING", u"<conversation>", u"tell * (everyone), @user or #group you are typing" },
    { Type::Pass, "PASS", u"<password>", u"give the server's password, before NAME" },
    { Type::Help, "HELP", u"[<command>]", u"show this list, or how to use one command" },
    { Type::Ping, "PING", u"[<token>]", u"check the connection: the server answers PONG" },
    { Type::Pong, "PONG", u"[<token>]", u"answer the server's PING" },
};

const Spec &specOf(Type type)
{
    for (const Spec &spec : Specs) {
        if (spec.type == type)
            return spec;
    }
    Q_UNREACHABLE();
}

const Spec *specOf(QByteArrayView keyword)
{
    for (const Spec &spec : Specs) {
        if (equalsKeyword(keyword, spec.keyword))
            return &spec;
    }
    return nullptr;
}

ProtocolError badSyntax(Type type)
{
    return { ErrorCode::BadSyntax, u"usage: "_s + Command::usage(type) };
}

// Shortens what a person typed before it is quoted back.
QString quoted(QByteArrayView bytes)
{
    constexpr qsizetype MaxQuoted = 40;
    QString s = QString::fromUtf8(bytes);
    if (s.size() > MaxQuoted)
        s = s.left(MaxQuoted) + u"..."_s;
    return s;
}

class Parser
{
public:
    Parser(const Spec &spec, QByteArrayView arguments) : m_spec(spec), m_reader(arguments)
    {
        m_command.type = spec.type;
    }

    std::variant<Command, ProtocolError> parse()
    {
        switch (m_spec.type) {
        case Type::Name:
            return name(NameRules::Kind::User, &Command::user) && end() ? result() : error();
        case Type::Pass:
        case Type::MsgAll:
            return text(true) ? result() : error();
        case Type::MsgInd:
            return name(NameRules::Kind::User, &Command::user) && text(true) ? result() : error();
        case Type::SendGroup:
            return name(NameRules::Kind::Group, &Command::group) && text(true) ? result()
                                                                                : error();
        case Type::MakeGroup:
            return name(NameRules::Kind::Group, &Command::group) && users() ? result() : error();
        case Type::Invite:
            return name(NameRules::Kind::Group, &Command::group)
                            && name(NameRules::Kind::User, &Command::user) && end()
                    ? result()
                    : error();
        case Type::Leave:
        case Type::Members:
            return name(NameRules::Kind::Group, &Command::group) && end() ? result() : error();
        case Type::Away:
        case Type::Help:
        case Type::Ping:
        case Type::Pong:
            return text(false) ? result() : error();
        case Type::Typing:
            return conversation() && end() ? result() : error();
        case Type::History:
            return conversation() && historyOptions() ? result() : error();
        case Type::List:
        case Type::Groups:
        case Type::Back:
        case Type::Close:
            return end() ? result() : error();
        }
        Q_UNREACHABLE();
    }

private:
    std::variant<Command, ProtocolError> result() const { return m_command; }
    std::variant<Command, ProtocolError> error() const { return m_error; }

    bool fail(ProtocolError error)
    {
        m_error = std::move(error);
        return false;
    }

    bool checkName(QByteArrayView token, NameRules::Kind kind, QString *out)
    {
        if (token.isEmpty())
            return fail(badSyntax(m_spec.type));
        auto checked = NameRules::check(QString::fromUtf8(token), kind);
        if (auto *e = std::get_if<ProtocolError>(&checked))
            return fail(std::move(*e));
        *out = std::get<QString>(std::move(checked));
        return true;
    }

    bool name(NameRules::Kind kind, QString Command::*field)
    {
        return checkName(m_reader.token(), kind, &(m_command.*field));
    }

    bool users()
    {
        while (!m_reader.atEnd()) {
            QString user;
            if (!checkName(m_reader.token(), NameRules::Kind::User, &user))
                return false;
            m_command.users.append(user);
        }
        return true;
    }

    bool text(bool required)
    {
        const QByteArrayView text = m_reader.rest();
        if (required && text.isEmpty())
            return fail(badSyntax(m_spec.type));
        m_command.text = QString::fromUtf8(text);
        return true;
    }

    bool conversation()
    {
        const QByteArrayView token = m_reader.token();
        if (token.isEmpty())
            return fail(badSyntax(m_spec.type));
        auto parsed = Conversation::parse(QString::fromUtf8(token));
        if (auto *e = std::get_if<ProtocolError>(&parsed))
            return fail(std::move(*e));
        m_command.conversation = std::get<Conversation>(std::move(parsed));
        return true;
    }

    bool historyOptions()
    {
        bool seenBefore = false;
        bool seenLimit = false;
        while (!m_reader.atEnd()) {
            const QByteArrayView option = m_reader.token();
            const bool before = equalsKeyword(option, "BEFORE") && !seenBefore;
            const bool limit = equalsKeyword(option, "LIMIT") && !seenLimit;
            const QByteArrayView value = m_reader.token();
            if ((!before && !limit) || value.isEmpty())
                return fail(badSyntax(m_spec.type));
            const auto number = parseDecimal(value, std::numeric_limits<quint64>::max());
            if (!number)
                return fail({ ErrorCode::BadSyntax,
                              u"\"%1\" is not a number; usage: %2"_s.arg(quoted(value),
                                                                         Command::usage(
                                                                                 m_spec.type)) });
            if (before) {
                seenBefore = true;
                if (*number == 0)
                    return fail({ ErrorCode::OutOfRange, u"BEFORE takes a message id, from 1"_s });
                m_command.before = *number;
            } else {
                seenLimit = true;
                if (*number < 1 || *number > quint64(Protocol::MaxHistoryLimit))
                    return fail({ ErrorCode::OutOfRange,
                                  u"LIMIT must be from 1 to %1"_s.arg(Protocol::MaxHistoryLimit) });
                m_command.limit = int(*number);
            }
        }
        return true;
    }

    bool end() { return m_reader.atEnd() || fail(badSyntax(m_spec.type)); }

    const Spec &m_spec;
    LineReader m_reader;
    Command m_command;
    ProtocolError m_error;
};

} // namespace

std::variant<Command, ProtocolError> Command::parse(QByteArrayView line)
{
    switch (TextRules::check(line)) {
    case TextRules::Verdict::BadUtf8:
        return ProtocolError{ ErrorCode::BadUtf8, u"the line is not valid UTF-8"_s };
    case TextRules::Verdict::ControlCharacter:
        return ProtocolError{ ErrorCode::BadText,
                              u"the line holds a control character; only TAB is allowed"_s };
    case TextRules::Verdict::Ok:
        break;
    }
    LineReader reader(line);
    const QByteArrayView keyword = reader.token();
    if (keyword.isEmpty())
        return ProtocolError{ ErrorCode::BadSyntax, u"the line is empty"_s };
    const Spec *spec = specOf(keyword);
    if (!spec) {
        return ProtocolError{ ErrorCode::UnknownCommand,
                              u"\"%1\" is not a command; use one of: %2"_s.arg(
                                      quoted(keyword),
                                      QString::fromLatin1(keywords().join(", "))) };
    }
    return Parser(*spec, reader.rest()).parse();
}

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
        field(group);
        break;
    case Type::MakeGroup:
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
