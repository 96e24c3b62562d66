// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircmessage.h"

#include "ircwire_p.h"
#include "protocollimits.h"

namespace Chinwag {

namespace {

constexpr qsizetype MaxTagDataBytes = Irc::MaxTagSectionBytes - 2;

bool wanted(const IrcTag &tag, IrcMessage::Tags which)
{
    switch (which) {
    case IrcMessage::Tags::None:
        return false;
    case IrcMessage::Tags::ServerTime:
        return tag.key == u"time";
    case IrcMessage::Tags::All:
        return true;
    }
    Q_UNREACHABLE();
}

// "@key=value;key ", without the tags that would take the data past its limit.
void appendTags(QByteArray &out, const QList<IrcTag> &tags, IrcMessage::Tags which)
{
    const qsizetype start = out.size();
    for (const IrcTag &tag : tags) {
        if (!wanted(tag, which))
            continue;
        const qsizetype before = out.size();
        out += before == start ? '@' : ';';
        out += tag.key.toLatin1();
        if (!tag.value.isEmpty()) {
            out += '=';
            IrcWire::appendEscaped(out, tag.value.toUtf8());
        }
        if (out.size() - start - 1 > MaxTagDataBytes) {
            out.truncate(before);
            break;
        }
    }
    if (out.size() > start)
        out += ' ';
}

// Cuts the body to the limit between two characters: never inside a UTF-8 sequence.
void truncateBody(QByteArray &out, qsizetype bodyStart)
{
    const qsizetype end = bodyStart + Irc::MaxBodyBytes;
    if (out.size() > end)
        out.truncate(IrcWire::characterBoundary(out, end));
}

} // namespace

QByteArray IrcMessage::encode(Tags which) const
{
    QByteArray out;
    out.reserve(128);
    if (!tags.isEmpty())
        appendTags(out, tags, which);
    const qsizetype bodyStart = out.size();
    if (!source.isEmpty()) {
        out += ':';
        out += source.toString().toUtf8();
        out += ' ';
    }
    out += command;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QString &param = params.at(i);
        const bool last = i == params.size() - 1;
        Q_ASSERT(last || (!param.isEmpty() && !param.contains(u' ') && !param.startsWith(u':')));
        // Always a trailing, even where the grammar needs none: ii and sic take the text
        // from the first ':' of the parameters, and every other client reads both forms.
        out += last ? " :" : " ";
        out += param.toUtf8();
    }
    truncateBody(out, bodyStart);
    out += "\r\n";
    return out;
}

} // namespace Chinwag
