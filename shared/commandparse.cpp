// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "commandspec_p.h"
#include "linereader_p.h"
#include "namerules.h"
#include "passwordrules.h"
#include "textrules.h"

#include <limits>

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace CommandSpec;

namespace {

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
            return name(NameRules::Kind::Group, &Command::group) && text(true) ? result() : error();
        case Type::MakeGroup:
        case Type::PublicGroup:
            return name(NameRules::Kind::Group, &Command::group) && users() ? result() : error();
        case Type::Invite:
            return name(NameRules::Kind::Group, &Command::group)
                            && name(NameRules::Kind::User, &Command::user) && end()
                    ? result()
                    : error();
        case Type::Leave:
        case Type::Members:
        case Type::Join:
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
        case Type::Conversations:
            return end() ? result() : error();
        case Type::SignUp:
            return name(NameRules::Kind::User, &Command::user)
                            && password(&Command::text, PasswordRules::Purpose::New, true)
                    ? result()
                    : error();
        case Type::SignIn:
            return name(NameRules::Kind::User, &Command::user)
                            && password(&Command::text, PasswordRules::Purpose::Given, true)
                    ? result()
                    : error();
        case Type::Claim:
            return password(&Command::text, PasswordRules::Purpose::New, true) ? result() : error();
        case Type::DeleteAccount:
            return password(&Command::text, PasswordRules::Purpose::Given, true) ? result()
                                                                                 : error();
        case Type::Password:
            return password(&Command::text, PasswordRules::Purpose::Given, false)
                            && password(&Command::newPassword, PasswordRules::Purpose::New, true)
                    ? result()
                    : error();
        case Type::Read:
            return conversation() && messageId() && end() ? result() : error();
        case Type::Directory:
            return directoryOptions() ? result() : error();
        case Type::Visibility:
            return name(NameRules::Kind::Group, &Command::group) && visibility() && end() ? result()
                                                                                          : error();
        case Type::Kick:
            return name(NameRules::Kind::Group, &Command::group)
                            && name(NameRules::Kind::User, &Command::user) && text(false)
                    ? result()
                    : error();
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

    // A password is the last field (`last`: the rest of the line, so that a space in it is
    // refused by the rules, not taken for a field) or one word of several.
    bool password(QString Command::*field, PasswordRules::Purpose purpose, bool last)
    {
        const QByteArrayView bytes = last ? m_reader.rest() : m_reader.token();
        if (bytes.isEmpty())
            return fail(badSyntax(m_spec.type));
        QString password = QString::fromUtf8(bytes);
        if (auto refusal = PasswordRules::check(password, purpose))
            return fail(std::move(*refusal));
        m_command.*field = std::move(password);
        return true;
    }

    bool messageId()
    {
        const QByteArrayView token = m_reader.token();
        if (token.isEmpty())
            return fail(badSyntax(m_spec.type));
        const auto number = parseDecimal(token, std::numeric_limits<quint64>::max());
        if (!number)
            return fail({ ErrorCode::BadSyntax,
                          u"\"%1\" is not a message id; usage: %2"_s.arg(
                                  quoted(token), Command::usage(m_spec.type)) });
        if (*number == 0)
            return fail({ ErrorCode::OutOfRange, u"message ids start at 1"_s });
        m_command.id = *number;
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
                              u"\"%1\" is not a number; usage: %2"_s.arg(
                                      quoted(value), Command::usage(m_spec.type)) });
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

    bool directoryOptions()
    {
        if (m_reader.atEnd())
            return true;
        if (!equalsKeyword(m_reader.token(), "AFTER"))
            return fail(badSyntax(m_spec.type));
        return name(NameRules::Kind::Group, &Command::group) && end();
    }

    bool visibility()
    {
        const QByteArrayView token = m_reader.token();
        m_command.isPublic = equalsKeyword(token, "PUBLIC");
        return m_command.isPublic || equalsKeyword(token, "PRIVATE")
                || fail(badSyntax(m_spec.type));
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

} // namespace Chinwag
