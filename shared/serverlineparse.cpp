// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverline.h"

#include "serverlinewire_p.h"
#include "linereader_p.h"
#include "namerules.h"
#include "textrules.h"

#include <cstring>
#include <limits>

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace ServerLineWire;
using Type = ServerLine::Type;
using CommandType = Command::Type;

namespace {

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
            if (!group(&m_line.group) || !user(&m_line.by) || !number(&m_line.count))
                return false;
            if (!m_reader.atEnd()) {
                if (!equalsKeyword(m_reader.token(), "PUBLIC"))
                    return fail(u"GROUP ends with PUBLIC or nothing"_s);
                m_line.isPublic = true;
            }
            return end();
        case Type::Public:
            return group(&m_line.group) && user(&m_line.by) && number(&m_line.count) && end();
        case Type::About:
            return group(&m_line.group) && user(&m_line.by) && visibility() && end();
        case Type::Kicked:
            return group(&m_line.group) && user(&m_line.user) && user(&m_line.by)
                    && text(&m_line.text, false);
        case Type::Member:
        case Type::Parted:
        case Type::Entered:
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
        case Type::Supports:
            while (!m_reader.atEnd())
                m_line.tokens.append(QString::fromUtf8(m_reader.token()));
            return true;
        case Type::Conversation:
            return conversation(&m_line.conversation) && number(&m_line.lastId)
                    && number(&m_line.readId) && number(&m_line.count) && end();
        case Type::Read:
            return conversation(&m_line.conversation) && number(&m_line.readId) && end();
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
        case CommandType::SignUp:
        case CommandType::SignIn:
        case CommandType::Claim:
            return user(&m_line.user) && end();
        case CommandType::Read:
            return conversation(&m_line.conversation) && number(&m_line.readId) && end();
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
        case CommandType::Conversations:
            return number(&m_line.count) && end();
        case CommandType::Directory:
            if (!number(&m_line.count))
                return false;
            if (!m_reader.atEnd()) {
                if (!equalsKeyword(m_reader.token(), "MORE"))
                    return fail(u"OK DIRECTORY ends with MORE or nothing"_s);
                m_line.more = true;
            }
            return end();
        case CommandType::MakeGroup:
        case CommandType::PublicGroup:
        case CommandType::Leave:
        case CommandType::Join:
            return group(&m_line.group) && end();
        case CommandType::Visibility:
            return group(&m_line.group) && visibility() && end();
        case CommandType::Invite:
        case CommandType::Kick:
            return group(&m_line.group) && user(&m_line.user) && end();
        case CommandType::Members:
            return group(&m_line.group) && number(&m_line.count) && end();
        case CommandType::History:
            return conversation(&m_line.conversation) && number(&m_line.count) && end();
        case CommandType::Password:
        case CommandType::DeleteAccount:
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

    bool visibility()
    {
        const QByteArrayView token = m_reader.token();
        m_line.isPublic = equalsKeyword(token, "PUBLIC");
        return m_line.isPublic || equalsKeyword(token, "PRIVATE")
                || fail(u"PUBLIC or PRIVATE was expected"_s);
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

} // namespace Chinwag
