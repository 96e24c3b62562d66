// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_irccodec.h"

#include "ircbroadcast.h"
#include "lineframer.h"
#include "protocollimits.h"
#include "textrules.h"

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

IrcMessage parsed(QByteArrayView line, IrcMessage::From from = IrcMessage::From::Client)
{
    auto result = IrcMessage::parse(line, from);
    if (const auto *error = std::get_if<IrcError>(&result))
        qWarning("refused: %s %s", IrcError::kindName(error->kind).constData(),
                 qPrintable(error->sentence));
    return std::get<IrcMessage>(result);
}

QByteArray bodyOf(const QByteArray &encoded)
{
    QByteArray body = encoded.chopped(2);
    if (body.startsWith('@'))
        body = body.mid(body.indexOf(' ') + 1);
    return body;
}

QByteArray repeated(char c, qsizetype n)
{
    return QByteArray(n, c);
}

} // namespace

void tst_IrcCodec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("trailing") << "PRIVMSG #a :hello world"_ba
                              << "PRIVMSG #a :hello world"_ba;
    QTest::newRow("lower-case command") << "privmsg #a hi"_ba
                                        << "PRIVMSG #a :hi"_ba;
    QTest::newRow("source") << ":anna!a@example.org PRIVMSG bob :hi"_ba
                            << ":anna!a@example.org PRIVMSG bob :hi"_ba;
    QTest::newRow("server source") << ":chinwag.example PING :x"_ba
                                   << ":chinwag.example PING :x"_ba;
    QTest::newRow("nick and host") << ":anna@host NICK ann"_ba
                                   << ":anna@host NICK :ann"_ba;
    QTest::newRow("nick and user") << ":anna!a NICK ann"_ba
                                   << ":anna!a NICK :ann"_ba;
    QTest::newRow("tags") << "@time=2026-11-25T12:00:00.123Z;+typing=active :anna TAGMSG #a"_ba
                          << "@time=2026-11-25T12:00:00.123Z;+typing=active :anna TAGMSG :#a"_ba;
    QTest::newRow("vendor tag") << "@+example.com/foo=bar PING x"_ba
                                << "@+example.com/foo=bar PING :x"_ba;
    QTest::newRow("tag without value") << "@draft/bot PING x"_ba
                                       << "@draft/bot PING :x"_ba;
    QTest::newRow("empty value is no value") << "@a= PING x"_ba
                                             << "@a PING :x"_ba;
    QTest::newRow("last of two keys counts") << "@a=1;b;a=2 PING x"_ba
                                             << "@b;a=2 PING :x"_ba;
    QTest::newRow("empty tags skipped") << "@a;;b; PING x"_ba
                                        << "@a;b PING :x"_ba;
    QTest::newRow("numeric") << ":s 001 anna :Welcome"_ba
                             << ":s 001 anna :Welcome"_ba;
    QTest::newRow("no parameters") << "PING"_ba
                                   << "PING"_ba;
    QTest::newRow("spaces between") << "USER  a   0 *  :A B"_ba
                                    << "USER a 0 * :A B"_ba;
    QTest::newRow("leading and trailing spaces") << "   PING x   "_ba
                                                 << "PING :x"_ba;
    QTest::newRow("spaces kept in a trailing") << "PRIVMSG #a : x  "_ba
                                               << "PRIVMSG #a : x  "_ba;
    QTest::newRow("spaces after tags") << "@a   PING x"_ba
                                       << "@a PING :x"_ba;
    QTest::newRow("empty trailing") << "PRIVMSG #a :"_ba
                                    << "PRIVMSG #a :"_ba;
    QTest::newRow("trailing starting with a colon") << "PRIVMSG #a ::-)"_ba
                                                    << "PRIVMSG #a ::-)"_ba;
    QTest::newRow("colon inside a middle") << "MODE a:b +i"_ba
                                           << "MODE a:b :+i"_ba;
    QTest::newRow("CTCP ACTION") << "PRIVMSG #a :\x01"
                                    "ACTION waves\x01"_ba
                                 << "PRIVMSG #a :\x01"
                                    "ACTION waves\x01"_ba;
    QTest::newRow("formatting codes") << "PRIVMSG #a :\x02"
                                         "bold\x0f \x03"
                                         "4red"_ba
                                      << "PRIVMSG #a :\x02"
                                         "bold\x0f \x03"
                                         "4red"_ba;
    QTest::newRow("tab") << "PRIVMSG #a :a\tb"_ba
                         << "PRIVMSG #a :a\tb"_ba;
    QTest::newRow("unicode") << "PRIVMSG #Grüße :Grüße 😃"_ba
                             << "PRIVMSG #Grüße :Grüße 😃"_ba;
    QTest::newRow("15 parameters") << "X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15"_ba
                                   << "X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 :15"_ba;
    QTest::newRow("15 with a trailing") << "X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 :a b"_ba
                                        << "X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 :a b"_ba;
}

void tst_IrcCodec::roundTrip()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, encoded);
    const IrcMessage message = parsed(line);
    QCOMPARE(message.encode(), encoded + "\r\n");
    QCOMPARE(parsed(encoded), message);
}

void tst_IrcCodec::fields()
{
    const IrcMessage m =
            parsed("@time=2026-11-25T12:00:00.123Z;+x :anna!~a@h.example privmsg #a :hi there");
    QCOMPARE(m.tags.size(), 2);
    QCOMPARE(m.tag(u"time"), u"2026-11-25T12:00:00.123Z"_s);
    QCOMPARE(m.tag(u"+x"), QString());
    QVERIFY(m.tags.at(1).isClientOnly());
    QVERIFY(!m.tags.at(0).isClientOnly());
    QCOMPARE(m.tag(u"msgid"), std::nullopt);
    QCOMPARE(m.source, IrcSource::ofUser(u"anna"_s, u"~a"_s, u"h.example"_s));
    QCOMPARE(m.command, "PRIVMSG"_ba);
    QCOMPARE(m.params, QStringList({ u"#a"_s, u"hi there"_s }));
    QVERIFY(!m.isNumeric());
    QVERIFY(parsed("433 * anna :in use").isNumeric());

    IrcMessage set = m;
    set.setTag(u"time"_s, u"later"_s);
    set.setTag(u"msgid"_s, u"7"_s);
    QCOMPARE(set.tags.size(), 3);
    QCOMPARE(set.tags.at(0).value, u"later"_s);
    QCOMPARE(set.tags.at(2).key, u"msgid"_s);
}

void tst_IrcCodec::refusals_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<IrcMessage::From>("from");
    QTest::addColumn<IrcError::Kind>("kind");
    QTest::addColumn<QByteArray>("command");

    using K = IrcError::Kind;
    const auto client = IrcMessage::From::Client;
    const auto server = IrcMessage::From::Server;
    QTest::newRow("empty") << ""_ba << client << K::Empty << ""_ba;
    QTest::newRow("spaces") << "    "_ba << client << K::Empty << ""_ba;
    QTest::newRow("body of 511 bytes")
            << "PING " + repeated('x', 506) << client << K::TooLong << ""_ba;
    QTest::newRow("too long outranks bad UTF-8")
            << "PING \xff" + repeated('x', 505) << client << K::TooLong << ""_ba;
    QTest::newRow("client tags of 4095 bytes")
            << "@+a=" + repeated('x', 4092) + " PING x" << client << K::TagsTooLong << ""_ba;
    QTest::newRow("server tags of 8190 bytes")
            << "@a=" + repeated('x', 8188) + " PING x" << server << K::TagsTooLong << ""_ba;
    QTest::newRow("not UTF-8") << "PRIVMSG bob :hi\xaa"_ba << client << K::BadUtf8 << "PRIVMSG"_ba;
    QTest::newRow("overlong UTF-8")
            << "PRIVMSG bob :\xc0\xaf"_ba << client << K::BadUtf8 << "PRIVMSG"_ba;
    QTest::newRow("UTF-8 surrogate")
            << "PRIVMSG bob :\xed\xa0\x80"_ba << client << K::BadUtf8 << "PRIVMSG"_ba;
    QTest::newRow("bad UTF-8 in a tag")
            << "@+a=\xff PING x"_ba << client << K::BadUtf8 << "PING"_ba;
    QTest::newRow("bad UTF-8 in the command")
            << "PRIV\xffMSG bob"_ba << client << K::BadUtf8 << ""_ba;
    QTest::newRow("bad UTF-8 outranks NUL")
            << "PING \xff\0"_ba << client << K::BadUtf8 << "PING"_ba;
    QTest::newRow("NUL") << QByteArray("PRIVMSG bob :a\0b", 16) << client << K::ForbiddenByte
                         << "PRIVMSG"_ba;
    QTest::newRow("CR inside") << "PRIVMSG bob :a\rb"_ba << client << K::ForbiddenByte
                               << "PRIVMSG"_ba;
    QTest::newRow("LF inside") << "PRIVMSG bob :a\nb"_ba << client << K::ForbiddenByte
                               << "PRIVMSG"_ba;
    QTest::newRow("forbidden byte outranks grammar")
            << "PRIV-MSG \r"_ba << client << K::ForbiddenByte << ""_ba;
    QTest::newRow("empty key") << "@=v PING x"_ba << client << K::BadTag << "PING"_ba;
    QTest::newRow("only a plus") << "@+ PING x"_ba << client << K::BadTag << "PING"_ba;
    QTest::newRow("empty vendor") << "@/a PING x"_ba << client << K::BadTag << "PING"_ba;
    QTest::newRow("empty name after vendor")
            << "@example.com/ PING x"_ba << client << K::BadTag << "PING"_ba;
    QTest::newRow("two slashes") << "@a/b/c PING x"_ba << client << K::BadTag << "PING"_ba;
    QTest::newRow("underscore in key") << "@a_b PING x"_ba << client << K::BadTag << "PING"_ba;
    QTest::newRow("non-ASCII key") << "@ä PING x"_ba << client << K::BadTag << "PING"_ba;
    QTest::newRow("empty source") << ": PING x"_ba << client << K::BadSource << ""_ba;
    QTest::newRow("empty user") << ":anna!@h PING x"_ba << client << K::BadSource << ""_ba;
    QTest::newRow("empty host") << ":anna@ PING x"_ba << client << K::BadSource << ""_ba;
    QTest::newRow("empty nick") << ":!a@h PING x"_ba << client << K::BadSource << ""_ba;
    QTest::newRow("tags only") << "@a=b"_ba << client << K::NoCommand << ""_ba;
    QTest::newRow("source only") << ":anna"_ba << client << K::NoCommand << ""_ba;
    QTest::newRow("tags and source") << "@a :anna  "_ba << client << K::NoCommand << ""_ba;
    QTest::newRow("hyphen in command") << "PRIV-MSG bob"_ba << client << K::BadCommand << ""_ba;
    QTest::newRow("two digits") << "12 x"_ba << client << K::BadCommand << ""_ba;
    QTest::newRow("four digits") << "1234"_ba << client << K::BadCommand << ""_ba;
    QTest::newRow("digits and letters") << "0a1"_ba << client << K::BadCommand << ""_ba;
    QTest::newRow("letters and digits") << "PRIVMSG2 bob"_ba << client << K::BadCommand << ""_ba;
    QTest::newRow("16 parameters") << "X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16"_ba << client
                                   << K::TooManyParameters << "X"_ba;
    QTest::newRow("16 with a trailing") << "X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 :a"_ba << client
                                        << K::TooManyParameters << "X"_ba;
}

void tst_IrcCodec::refusals()
{
    QFETCH(QByteArray, line);
    QFETCH(IrcMessage::From, from);
    QFETCH(IrcError::Kind, kind);
    QFETCH(QByteArray, command);
    const auto result = IrcMessage::parse(line, from);
    QVERIFY(std::holds_alternative<IrcError>(result));
    const IrcError &error = std::get<IrcError>(result);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.command, command);
    QVERIFY(!error.sentence.isEmpty());
    // The sentence never quotes the line.
    QVERIFY(!error.sentence.contains(u"xxxx"));
}

void tst_IrcCodec::limitsAtTheirEdge()
{
    // RFC 1459: 512 bytes with CR LF. irctest's LengthLimitTestCase sends these very lines.
    const QByteArray atLimit = "PING " + repeated('x', 505);
    QCOMPARE(atLimit.size(), Irc::MaxBodyBytes);
    QCOMPARE(parsed(atLimit).params.first().size(), 505);
    // message-tags: 4094 bytes of a client's tag data, 8189 of a server's, before the body.
    const QByteArray clientTags = "@+a=" + repeated('x', 4091);
    QCOMPARE(clientTags.size() - 1, Irc::MaxClientTagDataBytes);
    QCOMPARE(parsed(clientTags + ' ' + atLimit).tags.first().value.size(), 4091);
    const QByteArray serverTags = "@a=" + repeated('x', 8187);
    QCOMPARE(serverTags.size() + 1, Irc::MaxTagSectionBytes);
    QCOMPARE(parsed(serverTags + ' ' + atLimit, IrcMessage::From::Server).tags.size(), 1);
    // irctest's testLineTooLong: a client tag of 4096 bytes is refused, not relayed.
    const auto monster = IrcMessage::parse("@+clientOnlyTagExample=" + repeated('a', 4096)
                                           + " PRIVMSG #xyz hi!");
    QCOMPARE(std::get<IrcError>(monster).kind, IrcError::Kind::TagsTooLong);
}

void tst_IrcCodec::tagEscaping_data()
{
    QTest::addColumn<QByteArray>("escaped");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("canonical"); // the value encodes back to `escaped`

    // The spec's example: raw+:=,escaped; and a backslash.
    QTest::newRow("spec example") << "raw+:=,escaped\\:\\s\\\\"_ba << u"raw+:=,escaped; \\"_s
                                  << true;
    QTest::newRow("CR LF") << "a\\r\\nb"_ba << u"a\r\nb"_s << true;
    QTest::newRow("space") << "a\\sb"_ba << u"a b"_s << true;
    QTest::newRow("unicode") << "Grüße"_ba << u"Grüße"_s << true;
    QTest::newRow("equals inside") << "a=b"_ba << u"a=b"_s << true;
    QTest::newRow("unknown escape") << "a\\bc"_ba << u"abc"_s << false;
    QTest::newRow("lone backslash at the end") << "test\\"_ba << u"test"_s << false;
    QTest::newRow("escaped backslash then s") << "\\\\s"_ba << u"\\s"_s << true;
}

void tst_IrcCodec::tagEscaping()
{
    QFETCH(QByteArray, escaped);
    QFETCH(QString, value);
    QFETCH(bool, canonical);
    QCOMPARE(parsed("@+k=" + escaped + " PING x").tag(u"+k"), value);
    IrcMessage m = IrcMessage::of({}, "PING", { u"x"_s });
    m.setTag(u"+k"_s, value);
    const QByteArray encoded = m.encode();
    if (canonical)
        QCOMPARE(encoded, "@+k=" + escaped + " PING :x\r\n");
    QCOMPARE(parsed(encoded.chopped(2)), m);
}

void tst_IrcCodec::encodeAlwaysEndsWithATrailing()
{
    // ii and sic take the text from the first ':' of the parameters.
    QCOMPARE(IrcMessage::of(IrcSource::ofServer(u"s"_s), "PONG", { u"s"_s, u"tok"_s }).encode(),
             ":s PONG s :tok\r\n"_ba);
    QCOMPARE(IrcMessage::of(IrcSource::ofUser(u"a"_s, u"u"_s, u"h"_s), "NICK", { u"b"_s }).encode(),
             ":a!u@h NICK :b\r\n"_ba);
    QCOMPARE(IrcMessage::of({}, "AWAY").encode(), "AWAY\r\n"_ba);
}

void tst_IrcCodec::encodeCutsAnOverlongBodyBetweenCharacters()
{
    const QString text = u'x' + QString(300, u'é'); // 601 bytes, after 22
    const IrcMessage m = IrcMessage::of(IrcSource::ofUser(u"anna"_s, u"a"_s, u"h"_s), "PRIVMSG",
                                        { u"#a"_s, text });
    const QByteArray encoded = m.encode();
    QVERIFY(encoded.endsWith("\r\n"));
    const QByteArray body = bodyOf(encoded);
    QVERIFY(body.size() <= Irc::MaxBodyBytes);
    QVERIFY(body.size() >= Irc::MaxBodyBytes - 1); // one byte short: é is two
    QCOMPARE(TextRules::check(body), TextRules::Verdict::Ok);
    const IrcMessage back = parsed(body);
    QCOMPARE(back.params.first(), u"#a"_s);
    QVERIFY(text.startsWith(back.params.last()));
    QVERIFY(back.params.last().size() < text.size());
}

void tst_IrcCodec::encodeDropsTagsBeyondTheirLimit()
{
    IrcMessage m = IrcMessage::of({}, "PING", { u"x"_s });
    for (int i = 0; i < 10; ++i)
        m.setTag(u"+t%1"_s.arg(i), QString(1000, u'v'));
    const QByteArray encoded = m.encode();
    const qsizetype section = encoded.indexOf(' ') + 1;
    QVERIFY(section <= Irc::MaxTagSectionBytes);
    const IrcMessage back = parsed(encoded.chopped(2), IrcMessage::From::Server);
    QCOMPARE(back.tags, m.tags.first(back.tags.size()));
    QCOMPARE(back.tags.size(), 8); // 8 tags of 1004 bytes and their ';' fit in 8189, 9 not
    QCOMPARE(back.params, m.params);
}

void tst_IrcCodec::encodeTagsForEachRecipient()
{
    IrcMessage m = IrcMessage::of(IrcSource::ofUser(u"a"_s, u"u"_s, u"h"_s), "PRIVMSG",
                                  { u"#x"_s, u"hi"_s });
    m.setTag(u"time"_s, u"2026-11-25T12:00:00.123Z"_s);
    m.setTag(u"+typing"_s, u"done"_s);
    QCOMPARE(m.encode(IrcMessage::Tags::None), ":a!u@h PRIVMSG #x :hi\r\n"_ba);
    QCOMPARE(m.encode(IrcMessage::Tags::ServerTime),
             "@time=2026-11-25T12:00:00.123Z :a!u@h PRIVMSG #x :hi\r\n"_ba);
    QCOMPARE(m.encode(IrcMessage::Tags::All),
             "@time=2026-11-25T12:00:00.123Z;+typing=done :a!u@h PRIVMSG #x :hi\r\n"_ba);
    IrcMessage noTime = m;
    noTime.tags.removeFirst();
    QCOMPARE(noTime.encode(IrcMessage::Tags::ServerTime), ":a!u@h PRIVMSG #x :hi\r\n"_ba);
}

void tst_IrcCodec::broadcastEncodesOncePerTagSet()
{
    const IrcMessage plain = IrcMessage::of(IrcSource::ofUser(u"a"_s, u"u"_s, u"h"_s), "PRIVMSG",
                                            { u"#x"_s, u"hi"_s });
    const IrcBroadcast untagged(plain);
    const QByteArray &first = untagged.bytes(IrcMessage::Tags::All);
    QCOMPARE(first, plain.encode());
    // Every recipient writes the same bytes, whatever it negotiated: one encoding.
    QCOMPARE(untagged.bytes(IrcMessage::Tags::None).constData(), first.constData());
    QCOMPARE(untagged.bytes(IrcMessage::Tags::ServerTime).constData(), first.constData());
    const QByteArray copy = untagged.bytes(IrcMessage::Tags::All);
    QVERIFY(copy.isSharedWith(first));

    IrcMessage timed = plain;
    timed.setTag(u"time"_s, u"2026-11-25T12:00:00.123Z"_s);
    const IrcBroadcast withTime(timed);
    QCOMPARE(withTime.bytes(IrcMessage::Tags::All).constData(),
             withTime.bytes(IrcMessage::Tags::ServerTime).constData());
    QVERIFY(withTime.bytes(IrcMessage::Tags::None).constData()
            != withTime.bytes(IrcMessage::Tags::All).constData());
    QCOMPARE(withTime.bytes(IrcMessage::Tags::None), plain.encode());

    IrcMessage typing = timed;
    typing.setTag(u"+typing"_s, u"active"_s);
    const IrcBroadcast all(typing);
    QCOMPARE(all.bytes(IrcMessage::Tags::All), typing.encode(IrcMessage::Tags::All));
    QCOMPARE(all.bytes(IrcMessage::Tags::ServerTime), timed.encode());
    QCOMPARE(all.bytes(IrcMessage::Tags::All).constData(),
             all.bytes(IrcMessage::Tags::All).constData());
    QCOMPARE(all.message(), typing);
}

void tst_IrcCodec::framerTakesTheLongestLine()
{
    // The framer the listener uses takes the longest tag section and body, and no more.
    LineFramer framer(Irc::MaxLineBytes);
    const QByteArray longest = "@a=" + repeated('x', Irc::MaxTagSectionBytes - 4) + " PING "
            + repeated('y', Irc::MaxBodyBytes - 5);
    QCOMPARE(longest.size(), Irc::MaxLineBytes);
    framer.append(longest + "\r\n" + longest + "z\r\n");
    const auto first = framer.next();
    QCOMPARE(first->kind, LineFramer::Frame::Kind::Line);
    QCOMPARE(parsed(first->line, IrcMessage::From::Server).params.first().size(),
             Irc::MaxBodyBytes - 5);
    QCOMPARE(framer.next()->kind, LineFramer::Frame::Kind::TooLong);
    // What the framer cut off gets the same refusal as a long body.
    QCOMPARE(IrcError::tooLong().kind, IrcError::Kind::TooLong);
}

QTEST_GUILESS_MAIN(tst_IrcCodec)
