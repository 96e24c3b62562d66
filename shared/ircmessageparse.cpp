// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircmessage.h"

#include "ircwire_p.h"
#include "protocollimits.h"
#include "textrules.h"

#include <QSet>

#include <algorithm>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Kind = IrcError::Kind;

namespace {

void skipSpaces(QByteArrayView line, qsizetype *pos)
{
    while (*pos < line.size() && line[*pos] == ' ')
        ++*pos;
}

QByteArrayView token(QByteArrayView line, qsizetype *pos)
{
    const qsizetype start = *pos;
    while (*pos < line.size() && line[*pos] != ' ')
        ++*pos;
    return line.sliced(start, *pos - start);
}

QByteArray upperCase(QByteArrayView command)
{
    QByteArray upper = command.toByteArray();
    for (char &c : upper) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return upper;
}

// The message after its tags, read against the grammar. Any bytes may still be bad UTF-8 here:
// the caller refuses those lines first, whatever this found.
class BodyParser
{
public:
    explicit BodyParser(QByteArrayView body) : m_body(body) { }

    std::optional<IrcError> parse(IrcMessage *message)
    {
        qsizetype pos = 0;
        if (m_body.startsWith(':')) {
            ++pos;
            auto source = IrcSource::parse(QString::fromUtf8(token(m_body, &pos)));
            if (!source)
                return error(Kind::BadSource,
                             u"the source must be name[!user][@host], with no part empty"_s);
            message->source = std::move(*source);
            skipSpaces(m_body, &pos);
        }
        const QByteArrayView command = token(m_body, &pos);
        if (command.isEmpty())
            return error(Kind::NoCommand, u"the line has no command"_s);
        if (!IrcWire::isCommand(command))
            return error(Kind::BadCommand, u"a command is letters, or three digits"_s);
        message->command = upperCase(command);
        m_command = message->command;
        while (true) {
            skipSpaces(m_body, &pos);
            if (pos == m_body.size())
                break;
            if (message->params.size() == Irc::MaxParameters)
                return error(Kind::TooManyParameters,
                             u"a message may have at most %1 parameters"_s.arg(Irc::MaxParameters));
            if (m_body[pos] == ':') {
                message->params.append(QString::fromUtf8(m_body.sliced(pos + 1)));
                break;
            }
            message->params.append(QString::fromUtf8(token(m_body, &pos)));
        }
        return std::nullopt;
    }

private:
    IrcError error(Kind kind, const QString &sentence) const
    {
        return { kind, m_command, sentence };
    }

    QByteArrayView m_body;
    QByteArray m_command;
};

// tags = tag *( ";" tag ), tag = key [ "=" value ]. An empty tag between two ';' is skipped; of
// two tags with one key the last counts, as the spec asks of clients.
std::optional<IrcError> parseTags(QByteArrayView data, QList<IrcTag> *tags)
{
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf(';', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView tag = data.sliced(start, end - start);
        start = end + 1;
        if (tag.isEmpty())
            continue;
        const qsizetype equals = tag.indexOf('=');
        const QByteArrayView key = equals < 0 ? tag : tag.first(equals);
        if (!IrcWire::isTagKey(key))
            return IrcError{ Kind::BadTag,
                             {},
                             u"a tag's key is letters, digits and '-', after an optional '+' "
                             "and vendor/"_s };
        const QByteArray value =
                equals < 0 ? QByteArray() : IrcWire::unescaped(tag.sliced(equals + 1));
        tags->append({ QString::fromLatin1(key), QString::fromUtf8(value) });
    }
    if (tags->size() > 1) {
        QSet<QString> seen;
        QList<IrcTag> last;
        for (auto it = tags->crbegin(); it != tags->crend(); ++it) {
            if (!seen.contains(it->key)) {
                seen.insert(it->key);
                last.append(*it);
            }
        }
        std::reverse(last.begin(), last.end());
        *tags = std::move(last);
    }
    return std::nullopt;
}

bool hasForbiddenByte(QByteArrayView line)
{
    return line.contains('\0') || line.contains('\r') || line.contains('\n');
}

} // namespace

std::variant<IrcMessage, IrcError> IrcMessage::parse(QByteArrayView line, From from)
{
    qsizetype pos = 0;
    skipSpaces(line, &pos);
    if (pos == line.size())
        return IrcError{ Kind::Empty, {}, u"the line is empty"_s };
    QByteArrayView tagData;
    if (line[pos] == '@') {
        ++pos;
        tagData = token(line, &pos);
        const qsizetype maxData =
                from == From::Client ? Irc::MaxClientTagDataBytes : Irc::MaxTagSectionBytes - 2;
        if (tagData.size() > maxData)
            return IrcError{ Kind::TagsTooLong,
                             {},
                             u"a %1 may send at most %2 bytes of tags"_s.arg(
                                     from == From::Client ? u"client"_s : u"server"_s,
                                     QString::number(maxData)) };
        skipSpaces(line, &pos);
    }
    const QByteArrayView body = line.sliced(pos);
    if (body.size() > Irc::MaxBodyBytes)
        return IrcError::tooLong();

    // Bad bytes outrank the grammar: the reply names the worse fault, with the command when the
    // line got that far (for FAIL <command> INVALID_UTF8).
    const TextRules::Verdict verdict = TextRules::check(line);
    IrcMessage message;
    std::optional<IrcError> fault = BodyParser(body).parse(&message);
    if (verdict == TextRules::Verdict::BadUtf8)
        return IrcError{ Kind::BadUtf8, message.command, u"the line is not valid UTF-8"_s };
    if (verdict == TextRules::Verdict::ControlCharacter && hasForbiddenByte(line))
        return IrcError{ Kind::ForbiddenByte, message.command,
                         u"the line holds a NUL, CR or LF"_s };
    if (!fault && !tagData.isEmpty()) {
        fault = parseTags(tagData, &message.tags);
        if (fault)
            fault->command = message.command;
    }
    if (fault)
        return *fault;
    return message;
}

} // namespace Chinwag
