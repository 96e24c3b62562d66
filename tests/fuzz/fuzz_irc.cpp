// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through the framer as the IRC listener sets it, in chunks the input
// itself chooses, and every line through the IRC parser, as a client's and as a server's line.
// Whatever parses must encode, for every set of tags, to a line within the limits that parses
// back to the same value; whatever is refused must get a reply that parses; names must map to
// conversations and back; text must split into PRIVMSGs that fit and join up again.
#include "irccommands.h"
#include "ircmessage.h"
#include "ircnames.h"
#include "ircreplies.h"
#include "lineframer.h"
#include "protocollimits.h"
#include "textrules.h"

#include <cstdlib>

using namespace Chinwag;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

IrcMessage reparsed(const QByteArray &encoded)
{
    require(encoded.endsWith("\r\n"));
    const QByteArrayView line = QByteArrayView(encoded).chopped(2);
    require(TextRules::check(line) != TextRules::Verdict::BadUtf8);
    qsizetype body = 0;
    if (line.startsWith('@')) {
        body = line.indexOf(' ') + 1;
        require(body > 0 && body <= Irc::MaxTagSectionBytes);
    }
    require(line.size() - body <= Irc::MaxBodyBytes);
    auto result = IrcMessage::parse(line, IrcMessage::From::Server);
    const IrcMessage *back = std::get_if<IrcMessage>(&result);
    require(back != nullptr);
    return *back;
}

QList<IrcTag> tagsFor(const IrcMessage &message, IrcMessage::Tags which)
{
    QList<IrcTag> tags;
    for (const IrcTag &tag : message.tags) {
        if (which == IrcMessage::Tags::All
            || (which == IrcMessage::Tags::ServerTime && tag.key == u"time"))
            tags.append(tag);
    }
    return tags;
}

void roundTrip(const IrcMessage &message)
{
    for (const auto which :
         { IrcMessage::Tags::None, IrcMessage::Tags::ServerTime, IrcMessage::Tags::All }) {
        const QByteArray encoded = message.encode(which);
        const IrcMessage back = reparsed(encoded);
        require(back.tags == tagsFor(message, which));
        require(back.source == message.source && back.command == message.command);
        if (back.params == message.params)
            continue;
        // Only a body at its limit loses the end of its last parameter, and nothing else.
        const qsizetype n = message.params.size();
        require(back.params.size() == n && n > 0);
        require(back.params.first(n - 1) == message.params.first(n - 1));
        require(message.params.last().startsWith(back.params.last()));
        const QByteArray line = encoded.chopped(2);
        require(line.size() - (line.startsWith('@') ? line.indexOf(' ') + 1 : 0)
                >= Irc::MaxBodyBytes - 3);
    }
}

void namesAndReplies(const IrcMessage &message)
{
    const IrcReplies replies(QStringLiteral("chinwag.example"), QStringLiteral("anna"));
    for (const QString &param : message.params) {
        const auto conversation = IrcNames::conversationOfTarget(param);
        if (const auto *c = std::get_if<Conversation>(&conversation)) {
            const auto again = IrcNames::conversationOfTarget(IrcNames::targetOf(*c));
            require(std::get<Conversation>(again) == *c);
        }
        const IrcMessage reply = replies.noSuchNick(param);
        require(reparsed(reply.encode()) == reply);
    }
    if (message.params.isEmpty())
        return;
    const QString &text = message.params.last();
    const QList<IrcMessage> parts = IrcCommands::privmsg(
            IrcSource::ofUser(QStringLiteral("anna"), QStringLiteral("a"), QStringLiteral("h")),
            QStringLiteral("#team"), text, message.tags);
    QString joined;
    for (const IrcMessage &part : parts) {
        require(reparsed(part.encode()) == part);
        joined += part.params.last();
    }
    require(joined == text);
}

void check(QByteArrayView line, IrcMessage::From from)
{
    const auto result = IrcMessage::parse(line, from);
    if (const auto *error = std::get_if<IrcError>(&result)) {
        require(!error->sentence.isEmpty());
        const IrcReplies replies(QStringLiteral("chinwag.example"), QStringLiteral("*"));
        if (const auto reply = replies.refusal(*error))
            require(reparsed(reply->encode()) == *reply);
        else
            require(error->kind == IrcError::Kind::Empty);
        return;
    }
    const IrcMessage &message = std::get<IrcMessage>(result);
    roundTrip(message);
    if (from == IrcMessage::From::Client)
        namesAndReplies(message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the read size, so that chunk borders fall everywhere.
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    LineFramer framer(Irc::MaxLineBytes);
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        framer.append(input.sliced(pos, std::min(chunk, input.size() - pos)));
        require(framer.bufferedBytes() <= Irc::MaxLineBytes + 1 + chunk);
        while (const auto frame = framer.next()) {
            if (frame->kind == LineFramer::Frame::Kind::TooLong)
                continue;
            check(frame->line, IrcMessage::From::Client);
            check(frame->line, IrcMessage::From::Server);
        }
    }
    return 0;
}
