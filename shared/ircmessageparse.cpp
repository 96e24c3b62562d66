// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircmessage.h"

#include "ircwire_p.h"
#include "linereader_p.h"
#include "protocollimits.h"
#include "textrules.h"

#include <QSet>

#include <algorithm>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Kind = IrcError::Kind;

namespace {

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
        LineReader reader(m_body);
        if (reader.nextStartsWith(':')) {
            auto source = IrcSource::parse(QString::fromUtf8(reader.token().sliced(1)));
            if (!source)
                return error(Kind::BadSource,
                             u"the source must be name[!user][@host], with no part empty"_s);
            message->source = std::move(*source);
        }
        const QByteArrayView command = reader.token();
        if (command.isEmpty())
            return error(Kind::NoCommand, u"the line has no command"_s);
        if (!IrcWire::isCommand(command))
            return error(Kind::BadCommand, u"a command is letters, or three digits"_s);
        message->command = upperCase(command);
        m_command = message->command;
        while (!reader.atEnd()) {
            if (message->params.size() == Irc::MaxParameters)
                return error(Kind::TooManyParameters,
                             u"a message may have at most %1 parameters"_s.arg(Irc::MaxParameters));
            if (reader.nextStartsWith(':')) {
                message->params.append(QString::fromUtf8(reader.rest().sliced(1)));
                break;
            }
            message->params.append(QString::fromUtf8(reader.token()));
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
    LineReader reader(line);
    if (reader.atEnd())
        return IrcError{ Kind::Empty, {}, u"the line is empty"_s };
    QByteArrayView tagData;
    if (reader.nextStartsWith('@')) {
        tagData = reader.token().sliced(1);
        const qsizetype maxData =
                from == From::Client ? Irc::MaxClientTagDataBytes : Irc::MaxTagSectionBytes - 2;
        if (tagData.size() > maxData)
            return IrcError{ Kind::TagsTooLong,
                             {},
                             u"a %1 may send at most %2 bytes of tags"_s.arg(
                                     from == From::Client ? u"client"_s : u"server"_s,
                                     QString::number(maxData)) };
    }
    const QByteArrayView body = reader.rest();
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
