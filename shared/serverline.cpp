// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverline.h"

#include "linereader_p.h"
#include "namerules.h"
#include "textrules.h"

#include <cstring>
#include <limits>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Type = ServerLine::Type;
using CommandType = Command::Type;

namespace {

constexpr std::pair<Type, QByteArrayView> Keywords[] = {
    { Type::Hello, "HELLO" },   { Type::Info, "INFO" },       { Type::Ok, "OK" },
    { Type::Error, "ERROR" },   { Type::Bye, "BYE" },         { Type::Ping, "PING" },
    { Type::Pong, "PONG" },     { Type::Msg, "MSG" },         { Type::Hist, "HIST" },
    { Type::User, "USER" },     { Type::Group, "GROUP" },     { Type::Member, "MEMBER" },
    { Type::Joined, "JOINED" }, { Type::Left, "LEFT" },       { Type::Renamed, "RENAMED" },
    { Type::Away, "AWAY" },     { Type::Back, "BACK" },       { Type::Typing, "TYPING" },
    { Type::Made, "MADE" },     { Type::Invited, "INVITED" }, { Type::Parted, "PARTED" },
    { Type::Notice, "NOTICE" },
};

QByteArrayView keywordOf(Type type)
{
    for (const auto &[t, keyword] : Keywords) {
        if (t == type)
            return keyword;
    }
    Q_UNREACHABLE();
}

std::optional<Type> typeNamed(QByteArrayView keyword)
{
    for (const auto &[type, name] : Keywords) {
        if (name == keyword)
            return type;
    }
    return std::nullopt;
}

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

// Builds a line field by field: one allocation for the usual line.
class Builder
{
public:
    explicit Builder(Type type)
    {
        m_bytes.reserve(128);
        m_bytes += keywordOf(type);
    }

    Builder &add(QByteArrayView field)
    {
        m_bytes += ' ';
        m_bytes += field;
        return *this;
    }
    Builder &add(const QString &field) { return add(QByteArrayView(field.toUtf8())); }
    Builder &add(quint64 number) { return add(QByteArrayView(QByteArray::number(number))); }
    // Free text may be empty, and then the line ends at the field before it.
    Builder &addText(const QString &text) { return text.isEmpty() ? *this : add(text); }

    QByteArray finish()
    {
        m_bytes += '\n';
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
};

class Parser
{
public:
    Parser(Type type, QByteArrayView fields) : m_reader(fields) { m_line.type = type; }

    std::variant<ServerLine, ProtocolError> parse()
    {
        const bool ok = parseFields();
        if (!ok)
            return m_error;
        return m_line;
    }

private:
    bool parseFields()
    {
        switch (m_line.type) {
        case Type::Hello:
            return number(&m_line.version) && number(&m_line.maxLineBytes)
                    && text(&m_line.text, false);
        case Type::Info:
        case Type::Notice:
        case Type::Ping:
        case Type::Pong:
            return text(&m_line.text, false);
        case Type::Error:
        case Type::Bye:
            return code() && text(&m_line.text, false);
        case Type::Ok:
            return okFields();
        case Type::Msg:
        case Type::Hist:
            return conversation(&m_line.message.to) && user(&m_line.message.from)
                    && id(&m_line.message.id) && time(&m_line.message.time)
                    && text(&m_line.message.text, true);
        case Type::User:
            return user(&m_line.user) && presence() && text(&m_line.text, false);
        case Type::Group:
            return group(&m_line.group) && user(&m_line.by) && number(&m_line.count) && end();
        case Type::Member:
        case Type::Parted:
            return group(&m_line.group) && user(&m_line.user) && end();
        case Type::Joined:
        case Type::Back:
            return user(&m_line.user) && end();
        case Type::Left:
        case Type::Away:
            return user(&m_line.user) && text(&m_line.text, false);
        case Type::Renamed:
            return user(&m_line.user) && user(&m_line.newName) && end();
        case Type::Typing:
            return conversation(&m_line.conversation) && user(&m_line.user) && end();
        case Type::Made:
            if (!group(&m_line.group) || !user(&m_line.by))
                return false;
            while (!m_reader.atEnd()) {
                QString member;
                if (!user(&member))
                    return false;
                m_line.users.append(member);
            }
            return true;
        case Type::Invited:
            return group(&m_line.group) && user(&m_line.user) && user(&m_line.by) && end();
        }
        Q_UNREACHABLE();
    }

    bool okFields()
    {
        const QByteArrayView keyword = m_reader.token();
        const auto command = Command::typeOf(keyword);
        if (!command)
            return fail(u"OK for an unknown command"_s);
        m_line.command = *command;
        switch (*command) {
        case CommandType::Name:
            return user(&m_line.user) && end();
        case CommandType::MsgAll:
        case CommandType::SendGroup:
            return id(&m_line.message.id) && time(&m_line.message.time) && end();
        case CommandType::MsgInd:
            if (!id(&m_line.message.id) || !time(&m_line.message.time))
                return false;
            if (!m_reader.atEnd()) {
                if (!equalsKeyword(m_reader.token(), "HELD"))
                    return fail(u"OK MSGIND ends with HELD or nothing"_s);
                m_line.held = true;
            }
            return end();
        case CommandType::List:
        case CommandType::Groups:
            return number(&m_line.count) && end();
        case CommandType::MakeGroup:
        case CommandType::Leave:
            return group(&m_line.group) && end();
        case CommandType::Invite:
            return group(&m_line.group) && user(&m_line.user) && end();
        case CommandType::Members:
            return group(&m_line.group) && number(&m_line.count) && end();
        case CommandType::History:
            return conversation(&m_line.conversation) && number(&m_line.count) && end();
        case CommandType::Pass:
        case CommandType::Away:
        case CommandType::Back:
        case CommandType::Typing:
        case CommandType::Help:
            return end();
        case CommandType::Ping:
        case CommandType::Pong:
        case CommandType::Close:
            return fail(u"%1 is not answered by OK"_s.arg(QString::fromLatin1(keyword)));
        }
        Q_UNREACHABLE();
    }

    bool fail(const QString &why)
    {
        m_error = { ErrorCode::BadSyntax, why };
        return false;
    }

    bool name(QString *out, NameRules::Kind kind)
    {
        auto checked = NameRules::check(QString::fromUtf8(m_reader.token()), kind);
        if (auto *e = std::get_if<ProtocolError>(&checked)) {
            m_error = std::move(*e);
            return false;
        }
        *out = std::get<QString>(std::move(checked));
        return true;
    }
    bool user(QString *out) { return name(out, NameRules::Kind::User); }
    bool group(QString *out) { return name(out, NameRules::Kind::Group); }

    template<typename T>
    bool number(T *out)
    {
        const auto value = parseDecimal(m_reader.token(), quint64(std::numeric_limits<T>::max()));
        if (!value)
            return fail(u"a number was expected"_s);
        *out = T(*value);
        return true;
    }

    bool id(quint64 *out)
    {
        return number(out) && (*out != 0 || fail(u"message ids start at 1"_s));
    }

    bool time(QDateTime *out)
    {
        *out = ServerLine::parseTime(m_reader.token());
        return out->isValid() || fail(u"a UTC time was expected"_s);
    }

    bool text(QString *out, bool required)
    {
        const QByteArrayView bytes = m_reader.rest();
        if (required && bytes.isEmpty())
            return fail(u"text was expected"_s);
        *out = QString::fromUtf8(bytes);
        return true;
    }

    bool code()
    {
        const auto parsed = errorCodeFromName(m_reader.token());
        if (!parsed)
            return fail(u"an error code was expected"_s);
        m_line.code = *parsed;
        return true;
    }

    bool presence()
    {
        const QByteArrayView token = m_reader.token();
        m_line.away = equalsKeyword(token, "AWAY");
        return m_line.away || equalsKeyword(token, "HERE") || fail(u"HERE or AWAY was expected"_s);
    }

    bool conversation(Conversation *out)
    {
        auto parsed = Conversation::parse(QString::fromUtf8(m_reader.token()));
        if (auto *e = std::get_if<ProtocolError>(&parsed)) {
            m_error = std::move(*e);
            return false;
        }
        *out = std::get<Conversation>(std::move(parsed));
        return true;
    }

    bool end() { return m_reader.atEnd() || fail(u"the line has more fields than it should"_s); }

    LineReader m_reader;
    ServerLine m_line;
    ProtocolError m_error;
};

} // namespace

std::variant<ServerLine, ProtocolError> ServerLine::parse(QByteArrayView line)
{
    switch (TextRules::check(line)) {
    case TextRules::Verdict::BadUtf8:
        return ProtocolError{ ErrorCode::BadUtf8, u"the line is not valid UTF-8"_s };
    case TextRules::Verdict::ControlCharacter:
        return ProtocolError{ ErrorCode::BadText, u"the line holds a control character"_s };
    case TextRules::Verdict::Ok:
        break;
    }
    LineReader reader(line);
    const QByteArrayView keyword = reader.token();
    if (const auto type = typeNamed(keyword))
        return Parser(*type, reader.rest()).parse();
    return ProtocolError{ ErrorCode::UnknownCommand,
                          u"\"%1\" is not a server line"_s.arg(QString::fromUtf8(
                                  keyword.first(std::min<qsizetype>(keyword.size(), 40)))) };
}

std::optional<Type> ServerLine::typeOf(QByteArrayView line)
{
    return typeNamed(LineReader(line).token());
}

std::optional<QByteArrayView> ServerLine::messageText(QByteArrayView line)
{
    // The fields as LineReader sees them, but a field's end found by memchr: this runs once per
    // delivery in the benchmark, millions of times a second.
    const char *p = line.data();
    const char *const end = p + line.size();
    const auto nextField = [&p, end] {
        while (p < end && *p == ' ')
            ++p;
        const char *const start = p;
        const auto *space = static_cast<const char *>(std::memchr(p, ' ', size_t(end - p)));
        p = space ? space : end;
        return QByteArrayView(start, p - start);
    };
    if (nextField() != "MSG")
        return std::nullopt;
    // <to> <from> <id> <time>: present, not decoded.
    for (int field = 0; field < 4; ++field) {
        if (nextField().isEmpty())
            return std::nullopt;
    }
    while (p < end && *p == ' ')
        ++p;
    if (p == end)
        return std::nullopt;
    return QByteArrayView(p, end - p);
}

QByteArray ServerLine::encode() const
{
    Builder b(type);
    switch (type) {
    case Type::Hello:
        return b.add(quint64(version)).add(quint64(maxLineBytes)).addText(text).finish();
    case Type::Info:
    case Type::Notice:
    case Type::Ping:
    case Type::Pong:
        return b.addText(text).finish();
    case Type::Error:
    case Type::Bye:
        return b.add(QByteArrayView(errorCodeName(code))).addText(text).finish();
    case Type::Msg:
    case Type::Hist:
        return b.add(message.to.toString())
                .add(message.from)
                .add(message.id)
                .add(QByteArrayView(encodeTime(message.time)))
                .add(message.text)
                .finish();
    case Type::User:
        return b.add(user)
                .add(away ? QByteArrayView("AWAY") : QByteArrayView("HERE"))
                .addText(text)
                .finish();
    case Type::Group:
        return b.add(group).add(by).add(count).finish();
    case Type::Member:
    case Type::Parted:
        return b.add(group).add(user).finish();
    case Type::Joined:
    case Type::Back:
        return b.add(user).finish();
    case Type::Left:
    case Type::Away:
        return b.add(user).addText(text).finish();
    case Type::Renamed:
        return b.add(user).add(newName).finish();
    case Type::Typing:
        return b.add(conversation.toString()).add(user).finish();
    case Type::Made:
        b.add(group).add(by);
        for (const QString &member : users)
            b.add(member);
        return b.finish();
    case Type::Invited:
        return b.add(group).add(user).add(by).finish();
    case Type::Ok:
        break;
    }
    b.add(QByteArrayView(Command::keyword(command)));
    switch (command) {
    case CommandType::Name:
        return b.add(user).finish();
    case CommandType::MsgAll:
    case CommandType::SendGroup:
    case CommandType::MsgInd:
        b.add(message.id).add(QByteArrayView(encodeTime(message.time)));
        if (held)
            b.add(QByteArrayView("HELD"));
        return b.finish();
    case CommandType::List:
    case CommandType::Groups:
        return b.add(count).finish();
    case CommandType::MakeGroup:
    case CommandType::Leave:
        return b.add(group).finish();
    case CommandType::Invite:
        return b.add(group).add(user).finish();
    case CommandType::Members:
        return b.add(group).add(count).finish();
    case CommandType::History:
        return b.add(conversation.toString()).add(count).finish();
    case CommandType::Pass:
    case CommandType::Away:
    case CommandType::Back:
    case CommandType::Typing:
    case CommandType::Help:
    case CommandType::Ping:
    case CommandType::Pong:
    case CommandType::Close:
        return b.finish();
    }
    Q_UNREACHABLE();
}

QByteArray ServerLine::encodeTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QDateTime ServerLine::parseTime(QByteArrayView token)
{
    // Exactly the form encodeTime() writes, so that a time has one spelling on the wire.
    constexpr qsizetype Length = 24; // 2026-11-25T12:00:00.123Z
    if (token.size() != Length || token.back() != 'Z')
        return {};
    QDateTime time = QDateTime::fromString(QString::fromLatin1(token), Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() != Qt::UTC)
        return {};
    return time;
}

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

ServerLine ServerLine::groupEntry(const QString &group, const QString &creator, quint64 members)
{
    ServerLine line = of(Type::Group);
    line.group = group;
    line.by = creator;
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
            && a.maxLineBytes == b.maxLineBytes && a.text == b.text;
}

} // namespace Chinwag
