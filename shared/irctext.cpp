// SPDX-License-Identifier: GPL-3.0-or-later
#include "irctext.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

const QString Action = u"\x01"
                       u"ACTION "_s;
const QString Me = u"/me "_s;
constexpr char16_t Ctcp = 0x01;
constexpr char16_t Colour = 0x03;
constexpr char16_t HexColour = 0x04;

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// How many characters from `at` a colour code's arguments take: "fg[,bg]", each of up to
// `digits` characters that `accept` takes (two decimal digits, or six hex ones).
template<typename Accept>
qsizetype colourArguments(const QString &text, qsizetype at, int digits, Accept accept)
{
    const auto run = [&](qsizetype from) {
        qsizetype n = 0;
        while (n < digits && from + n < text.size() && accept(text.at(from + n)))
            ++n;
        return n;
    };
    const qsizetype foreground = run(at);
    if (foreground == 0)
        return 0;
    const qsizetype comma = at + foreground;
    if (comma < text.size() && text.at(comma) == u',') {
        if (const qsizetype background = run(comma + 1))
            return foreground + 1 + background;
    }
    return foreground;
}

// The text without IRC's formatting codes and without any other control character but TAB.
QString plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == Colour) {
            i += colourArguments(text, i + 1, 2, [](QChar d) { return d.isDigit(); });
            continue;
        }
        if (c == HexColour) {
            i += colourArguments(text, i + 1, 6, isHexDigit);
            continue;
        }
        const char16_t u = c.unicode();
        if (u != u'\t' && (u < 0x20 || (u >= 0x7f && u <= 0x9f)))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace

QString IrcText::toChinwag(const QString &text)
{
    if (text.startsWith(Ctcp)) {
        if (!text.startsWith(Action, Qt::CaseInsensitive))
            return {};
        QString body = text.mid(Action.size());
        if (body.endsWith(Ctcp))
            body.chop(1);
        body = plain(body);
        return body.trimmed().isEmpty() ? QString() : Me + body;
    }
    const QString result = plain(text);
    return result.trimmed().isEmpty() ? QString() : result;
}

QString IrcText::fromChinwag(const QString &text)
{
    if (text.startsWith(Me) && text.size() > Me.size())
        return Action + text.mid(Me.size()) + QChar(Ctcp);
    return text;
}

} // namespace Chinwag
