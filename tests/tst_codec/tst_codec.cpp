// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "lineframer.h"
#include "namerules.h"
#include "serverline.h"
#include "textrules.h"

#include "specexamples.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Chinwag::Command)
Q_DECLARE_METATYPE(Chinwag::ServerLine)
Q_DECLARE_METATYPE(Chinwag::ErrorCode)
Q_DECLARE_METATYPE(Chinwag::TextRules::Verdict)

namespace QTest {
template<>
char *toString(const Chinwag::Command &command)
{
    return qstrdup(command.encode().trimmed().constData());
}
template<>
char *toString(const Chinwag::ServerLine &line)
{
    return qstrdup(line.encode().trimmed().constData());
}
template<>
char *toString(const Chinwag::ErrorCode &code)
{
    return qstrdup(errorCodeName(code).constData());
}
} // namespace QTest

namespace {

// Feeds `input` to a framer in the chunks `cuts` gives, and writes what it yields, one frame a
// line, with "<too long>" for an overlong-line report.
QByteArrayList frames(const QByteArray &input, const QList<qsizetype> &chunkSizes,
                      qsizetype maxLine, qsizetype *mostBuffered = nullptr)
{
    LineFramer framer(maxLine);
    QByteArrayList out;
    qsizetype pos = 0;
    qsizetype chunk = 0;
    while (pos < input.size()) {
        const qsizetype size = chunkSizes.isEmpty()
                ? input.size()
                : std::min(chunkSizes.at(chunk++ % chunkSizes.size()), input.size() - pos);
        framer.append(QByteArrayView(input).sliced(pos, size));
        pos += size;
        if (mostBuffered)
            *mostBuffered = std::max(*mostBuffered, framer.bufferedBytes());
        while (const auto frame = framer.next()) {
            out.append(frame->kind == LineFramer::Frame::Kind::TooLong ? "<too long>"_ba
                                                                       : frame->line.toByteArray());
        }
    }
    return out;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

ChatMessage message(quint64 id, const Conversation &to, const QString &from, const QString &text)
{
    return { id, at("2026-11-25T12:00:00.123Z"), to, from, text };
}

} // namespace

class tst_Codec : public QObject
{
    Q_OBJECT

private slots:
    void framerSplitsLines_data();
    void framerSplitsLines();
    void framerSameLinesWhateverTheChunks_data();
    void framerSameLinesWhateverTheChunks();
    void framerNeverBuffersAnOverlongLine();
    void framerKeepsAPartialLine();
    void framerEndsLinesAtPauses_data();
    void framerEndsLinesAtPauses();

    void textRules_data();
    void textRules();

    void nameRules_data();
    void nameRules();
    void namesCompareWithoutCase();

    void commandRoundTrip_data();
    void commandRoundTrip();
    void commandLenientInput_data();
    void commandLenientInput();
    void commandErrors_data();
    void commandErrors();

    void serverLineRoundTrip_data();
    void serverLineRoundTrip();
    void serverLineErrors_data();
    void serverLineErrors();
    void serverLineTypeOfUnknownLines_data();
    void serverLineTypeOfUnknownLines();
    void messageText_data();
    void messageText();

    void errorCodeNames();
    void protocolExamples_data();
    void protocolExamples();
    void welcomeListsEveryCommand();
};

void tst_Codec::framerSplitsLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");
    const QByteArray limit(16, 'x');

    QTest::newRow("LF") << "NAME anna\nLIST\n"_ba << QByteArrayList{ "NAME anna", "LIST" };
    QTest::newRow("CR LF") << "NAME anna\r\nLIST\r\n"_ba << QByteArrayList{ "NAME anna", "LIST" };
    QTest::newRow("mixed endings") << "A\r\nB\nC\r\n"_ba << QByteArrayList{ "A", "B", "C" };
    QTest::newRow("empty lines") << "\n\r\n\nX\n"_ba << QByteArrayList{ "", "", "", "X" };
    QTest::newRow("no ending yet") << "NAME anna"_ba << QByteArrayList{};
    QTest::newRow("lone CR stays in the line") << "A\rB\n"_ba << QByteArrayList{ "A\rB" };
    QTest::newRow("CR CR LF keeps one CR") << "A\r\r\n"_ba << QByteArrayList{ "A\r" };
    QTest::newRow("at the limit") << limit + "\n" << QByteArrayList{ limit };
    QTest::newRow("at the limit with CR LF") << limit + "\r\n" << QByteArrayList{ limit };
    QTest::newRow("one past the limit") << limit + "x\nOK\n"
                                        << QByteArrayList{ "<too long>", "OK" };
    QTest::newRow("one past the limit, then CR LF") << limit + "x\r\nOK\n"
                                                    << QByteArrayList{ "<too long>", "OK" };
    QTest::newRow("limit plus CR without LF is still open") << limit + "\r" << QByteArrayList{};
    QTest::newRow("limit plus CR and a byte") << limit + "\rx\nOK\n"
                                              << QByteArrayList{ "<too long>", "OK" };
    QTest::newRow("far past the limit") << QByteArray(1000, 'y') + "\nA\n" + QByteArray(17, 'z')
                    + "\nB\n" << QByteArrayList{ "<too long>", "A", "<too long>", "B" };
    QTest::newRow("NUL bytes are the parser's business")
            << "A\0B\n"_ba << QByteArrayList{ "A\0B"_ba };
}

void tst_Codec::framerSplitsLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);
    QCOMPARE(frames(input, {}, 16), expected);
    QCOMPARE(frames(input, { 1 }, 16), expected);
}

void tst_Codec::framerSameLinesWhateverTheChunks_data()
{
    QTest::addColumn<QList<qsizetype>>("chunks");
    QTest::newRow("whole") << QList<qsizetype>{};
    QTest::newRow("byte by byte") << QList<qsizetype>{ 1 };
    QTest::newRow("two bytes") << QList<qsizetype>{ 2 };
    QTest::newRow("primes") << QList<qsizetype>{ 3, 5, 7, 11, 13 };
    QRandomGenerator random(20261125);
    for (int round = 0; round < 8; ++round) {
        QList<qsizetype> chunks;
        for (int i = 0; i < 64; ++i)
            chunks.append(random.bounded(1, 300));
        QTest::addRow("random chunks %d", round) << chunks;
    }
}

void tst_Codec::framerSameLinesWhateverTheChunks()
{
    QFETCH(QList<qsizetype>, chunks);
    QByteArray input;
    QByteArrayList expected;
    QRandomGenerator random(42);
    for (int i = 0; i < 500; ++i) {
        const int length = random.bounded(0, 140);
        QByteArray line(length, char('a' + i % 26));
        input += line + (i % 3 == 0 ? "\r\n" : "\n");
        expected.append(length > 128 ? "<too long>"_ba : line);
    }
    QCOMPARE(frames(input, chunks, 128), expected);
}

void tst_Codec::framerNeverBuffersAnOverlongLine()
{
    // Given a line of 10 MB that arrives in reads of 4 KiB and of 1 byte,
    // the framer holds no more than the limit, and reports the line once.
    const QByteArray input = QByteArray(10 * 1024 * 1024, 'x') + "\nNAME anna\n";
    for (qsizetype chunk : { qsizetype(4096), qsizetype(65536) }) {
        qsizetype mostBuffered = 0;
        QCOMPARE(frames(input, { chunk }, 4096, &mostBuffered),
                 (QByteArrayList{ "<too long>", "NAME anna" }));
        QVERIFY2(mostBuffered <= 4097, QByteArray::number(mostBuffered).constData());
    }
}

void tst_Codec::framerKeepsAPartialLine()
{
    LineFramer framer(4096);
    framer.append("MSGALL hel");
    QVERIFY(!framer.next());
    QVERIFY(!framer.hasSeenLineEnd());
    framer.append("lo\nLI");
    QVERIFY(framer.hasSeenLineEnd());
    QVERIFY(framer.hasPartialLine());
    QCOMPARE(framer.partialLine(), "LI");
    auto frame = framer.next();
    QVERIFY(frame);
    QCOMPARE(frame->line, "MSGALL hello");
    QVERIFY(!framer.next());
    framer.append("ST\n");
    frame = framer.next();
    QVERIFY(frame);
    QCOMPARE(frame->line, "LIST");
    QCOMPARE(framer.bufferedBytes(), 4);
    QVERIFY(!framer.hasPartialLine());
}

void tst_Codec::framerEndsLinesAtPauses_data()
{
    QTest::addColumn<QByteArrayList>("writes"); // each followed by a pause
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<bool>("lineEnd");
    const QByteArray limit(16, 'x');

    QTest::newRow("a line a write") << QByteArrayList{ "NAME jerry", "LIST" }
                                    << QByteArrayList{ "NAME jerry", "LIST" } << false;
    QTest::newRow("a CR at the end is dropped")
            << QByteArrayList{ "LIST\r" } << QByteArrayList{ "LIST" } << false;
    QTest::newRow("a line end within a write")
            << QByteArrayList{ "A\nB" } << QByteArrayList{ "A", "B" } << true;
    QTest::newRow("a pause with nothing held")
            << QByteArrayList{ "A\n", "" } << QByteArrayList{ "A" } << true;
    QTest::newRow("at the limit") << QByteArrayList{ limit } << QByteArrayList{ limit } << false;
    QTest::newRow("at the limit with a CR")
            << QByteArrayList{ limit + "\r" } << QByteArrayList{ limit } << false;
    QTest::newRow("one past the limit")
            << QByteArrayList{ limit + "x", "OK" } << QByteArrayList{ "<too long>", "OK" } << false;
    QTest::newRow("far past the limit, reported once")
            << QByteArrayList{ QByteArray(100, 'y'), "OK" } << QByteArrayList{ "<too long>", "OK" }
            << false;
}

void tst_Codec::framerEndsLinesAtPauses()
{
    QFETCH(QByteArrayList, writes);
    QFETCH(QByteArrayList, expected);
    QFETCH(bool, lineEnd);

    LineFramer framer(16);
    QByteArrayList out;
    for (const QByteArray &write : std::as_const(writes)) {
        framer.append(write);
        framer.endPartialLine();
        QVERIFY(!framer.hasPartialLine());
        while (const auto frame = framer.next()) {
            out.append(frame->kind == LineFramer::Frame::Kind::TooLong ? "<too long>"_ba
                                                                       : frame->line.toByteArray());
        }
    }
    QCOMPARE(out, expected);
    QCOMPARE(framer.hasSeenLineEnd(), lineEnd);
}

void tst_Codec::textRules_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextRules::Verdict>("verdict");
    using V = TextRules::Verdict;
    QTest::newRow("empty") << ""_ba << V::Ok;
    QTest::newRow("ascii") << "hello world"_ba << V::Ok;
    QTest::newRow("tab") << "a\tb"_ba << V::Ok;
    QTest::newRow("two-byte") << "Jürgen"_ba << V::Ok;
    QTest::newRow("three-byte") << "日本語"_ba << V::Ok;
    QTest::newRow("four-byte") << "\xf0\x9f\x98\x80"_ba << V::Ok;
    QTest::newRow("U+10FFFF") << "\xf4\x8f\xbf\xbf"_ba << V::Ok;
    QTest::newRow("NUL") << "a\0b"_ba << V::ControlCharacter;
    QTest::newRow("ESC") << "a\x1b[31mred"_ba << V::ControlCharacter;
    QTest::newRow("CR") << "a\rb"_ba << V::ControlCharacter;
    QTest::newRow("DEL") << "a\x7f"_ba << V::ControlCharacter;
    QTest::newRow("C1 U+0085") << "a\xc2\x85"_ba << V::ControlCharacter;
    QTest::newRow("U+00A0 is not a control") << "a\xc2\xa0"_ba << V::Ok;
    QTest::newRow("lone continuation") << "\x80"_ba << V::BadUtf8;
    QTest::newRow("truncated two-byte") << "a\xc3"_ba << V::BadUtf8;
    QTest::newRow("truncated four-byte") << "\xf0\x9f\x98"_ba << V::BadUtf8;
    QTest::newRow("overlong slash") << "\xc0\xaf"_ba << V::BadUtf8;
    QTest::newRow("overlong NUL") << "\xc0\x80"_ba << V::BadUtf8;
    QTest::newRow("overlong three-byte") << "\xe0\x80\xaf"_ba << V::BadUtf8;
    QTest::newRow("surrogate") << "\xed\xa0\x80"_ba << V::BadUtf8;
    QTest::newRow("past U+10FFFF") << "\xf4\x90\x80\x80"_ba << V::BadUtf8;
    QTest::newRow("0xFF") << "\xff"_ba << V::BadUtf8;
    QTest::newRow("five-byte form") << "\xf8\x88\x80\x80\x80"_ba << V::BadUtf8;
    QTest::newRow("bad UTF-8 outranks a control") << "\x01\xff"_ba << V::BadUtf8;
}

void tst_Codec::textRules()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextRules::Verdict, verdict);
    QCOMPARE(TextRules::check(bytes), verdict);
}

void tst_Codec::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"anna"_s << true;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("32 characters") << QString(32, u'a') << true;
    QTest::newRow("33 characters") << QString(33, u'a') << false;
    QTest::newRow("32 non-BMP letters") << QString(u"𝒜"_s).repeated(32) << true;
    QTest::newRow("33 non-BMP letters") << QString(u"𝒜"_s).repeated(33) << false;
    QTest::newRow("punctuation") << u"anna_b-c.d"_s << true;
    QTest::newRow("digits") << u"r2d2"_s << true;
    QTest::newRow("umlaut") << u"Jürgen"_s << true;
    QTest::newRow("cyrillic") << u"Анна"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("starts with a digit") << u"9lives"_s << false;
    QTest::newRow("starts with '_'") << u"_anna"_s << false;
    QTest::newRow("space") << u"anna b"_s << false;
    QTest::newRow("at sign") << u"anna@host"_s << false;
    QTest::newRow("hash") << u"#team"_s << false;
    QTest::newRow("asterisk") << u"*"_s << false;
    QTest::newRow("emoji") << u"anna😀"_s << false;
    QTest::newRow("tab") << u"an\tna"_s << false;
}

void tst_Codec::nameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(NameRules::isValid(name), valid);
    const auto checked = NameRules::check(name, NameRules::Kind::User);
    QCOMPARE(std::holds_alternative<QString>(checked), valid);
    if (!valid)
        QCOMPARE(std::get<ProtocolError>(checked).code, ErrorCode::BadName);
}

void tst_Codec::namesCompareWithoutCase()
{
    QCOMPARE(NameRules::key(u"Anna"_s), NameRules::key(u"aNNA"_s));
    QCOMPARE(NameRules::key(u"JÜRGEN"_s), NameRules::key(u"jürgen"_s));
    QVERIFY(NameRules::key(u"anna"_s) != NameRules::key(u"anne"_s));
    // A decomposed "ü" is kept as its composed form, so both spellings are one name.
    const auto composed = NameRules::check(u"J\u00fcrgen"_s, NameRules::Kind::User);
    const auto decomposed = NameRules::check(u"Ju\u0308rgen"_s, NameRules::Kind::User);
    QCOMPARE(std::get<QString>(decomposed), std::get<QString>(composed));
}

void tst_Codec::commandRoundTrip_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QByteArray>("line");
    const Conversation team = Conversation::group(u"team"_s);
    const Conversation bob = Conversation::direct(u"bob"_s);

    QTest::newRow("NAME") << Command::name(u"anna"_s) << "NAME anna\n"_ba;
    QTest::newRow("NAME unicode") << Command::name(u"Jürgen"_s) << "NAME Jürgen\n"_ba;
    QTest::newRow("PASS") << Command::pass(u"open sesame"_s) << "PASS open sesame\n"_ba;
    QTest::newRow("MSGALL") << Command::msgAll(u"hello all"_s) << "MSGALL hello all\n"_ba;
    QTest::newRow("MSGALL tab and trailing space")
            << Command::msgAll(u"a\tb "_s) << "MSGALL a\tb \n"_ba;
    QTest::newRow("MSGALL unicode")
            << Command::msgAll(u"grüß dich 😀"_s) << "MSGALL grüß dich 😀\n"_ba;
    QTest::newRow("MSGIND") << Command::msgInd(u"bob"_s, u"hello bob"_s)
                            << "MSGIND bob hello bob\n"_ba;
    QTest::newRow("SENDGROUP") << Command::sendGroup(u"team"_s, u"hi team"_s)
                               << "SENDGROUP team hi team\n"_ba;
    QTest::newRow("LIST") << Command::list() << "LIST\n"_ba;
    QTest::newRow("MAKEGROUP") << Command::makeGroup(u"team"_s, { u"bob"_s, u"carol"_s })
                               << "MAKEGROUP team bob carol\n"_ba;
    QTest::newRow("MAKEGROUP alone") << Command::makeGroup(u"team"_s, {}) << "MAKEGROUP team\n"_ba;
    QTest::newRow("INVITE") << Command::invite(u"team"_s, u"dave"_s) << "INVITE team dave\n"_ba;
    QTest::newRow("LEAVE") << Command::leave(u"team"_s) << "LEAVE team\n"_ba;
    QTest::newRow("GROUPS") << Command::groups() << "GROUPS\n"_ba;
    QTest::newRow("MEMBERS") << Command::members(u"team"_s) << "MEMBERS team\n"_ba;
    QTest::newRow("PUBLICGROUP") << Command::publicGroup(u"lobby"_s, { u"bob"_s })
                                 << "PUBLICGROUP lobby bob\n"_ba;
    QTest::newRow("PUBLICGROUP alone")
            << Command::publicGroup(u"lobby"_s, {}) << "PUBLICGROUP lobby\n"_ba;
    QTest::newRow("JOIN") << Command::join(u"lobby"_s) << "JOIN lobby\n"_ba;
    QTest::newRow("DIRECTORY") << Command::directory() << "DIRECTORY\n"_ba;
    QTest::newRow("DIRECTORY AFTER")
            << Command::directory(u"lobby"_s) << "DIRECTORY AFTER lobby\n"_ba;
    QTest::newRow("VISIBILITY PUBLIC")
            << Command::visibility(u"lobby"_s, true) << "VISIBILITY lobby PUBLIC\n"_ba;
    QTest::newRow("VISIBILITY PRIVATE")
            << Command::visibility(u"lobby"_s, false) << "VISIBILITY lobby PRIVATE\n"_ba;
    QTest::newRow("KICK") << Command::kick(u"lobby"_s, u"bob"_s) << "KICK lobby bob\n"_ba;
    QTest::newRow("KICK with a reason") << Command::kick(u"lobby"_s, u"bob"_s, u"off  topic"_s)
                                        << "KICK lobby bob off  topic\n"_ba;
    QTest::newRow("AWAY") << Command::away() << "AWAY\n"_ba;
    QTest::newRow("AWAY text") << Command::away(u"lunch"_s) << "AWAY lunch\n"_ba;
    QTest::newRow("BACK") << Command::back() << "BACK\n"_ba;
    QTest::newRow("TYPING everyone")
            << Command::typing(Conversation::everyone()) << "TYPING *\n"_ba;
    QTest::newRow("TYPING direct") << Command::typing(bob) << "TYPING @bob\n"_ba;
    QTest::newRow("TYPING group") << Command::typing(team) << "TYPING #team\n"_ba;
    QTest::newRow("HISTORY") << Command::history(team) << "HISTORY #team\n"_ba;
    QTest::newRow("HISTORY BEFORE") << Command::history(bob, 42) << "HISTORY @bob BEFORE 42\n"_ba;
    QTest::newRow("HISTORY BEFORE LIMIT") << Command::history(Conversation::everyone(), 42, 10)
                                          << "HISTORY * BEFORE 42 LIMIT 10\n"_ba;
    QTest::newRow("HISTORY LIMIT 200")
            << Command::history(team, 0, 200) << "HISTORY #team LIMIT 200\n"_ba;
    QTest::newRow("HELP") << Command::help() << "HELP\n"_ba;
    QTest::newRow("HELP topic") << Command::help(u"MSGIND"_s) << "HELP MSGIND\n"_ba;
    QTest::newRow("PING") << Command::ping() << "PING\n"_ba;
    QTest::newRow("PING token") << Command::ping(u"t1"_s) << "PING t1\n"_ba;
    QTest::newRow("PONG token") << Command::pong(u"t1"_s) << "PONG t1\n"_ba;
    QTest::newRow("CLOSE") << Command::close() << "CLOSE\n"_ba;
}

void tst_Codec::commandRoundTrip()
{
    QFETCH(Command, command);
    QFETCH(QByteArray, line);
    QCOMPARE(command.encode(), line);
    const auto parsed = Command::parse(QByteArrayView(line).chopped(1));
    QVERIFY(std::holds_alternative<Command>(parsed));
    QCOMPARE(std::get<Command>(parsed), command);
}

void tst_Codec::commandLenientInput_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Command>("command");
    QTest::newRow("lower-case keyword") << "msgall hi"_ba << Command::msgAll(u"hi"_s);
    QTest::newRow("mixed-case keyword") << "MsgInd bob hi"_ba << Command::msgInd(u"bob"_s, u"hi"_s);
    QTest::newRow("extra spaces") << "MSGIND   bob    hi  there"_ba
                                  << Command::msgInd(u"bob"_s, u"hi  there"_s);
    QTest::newRow("leading spaces") << "   LIST"_ba << Command::list();
    QTest::newRow("trailing spaces") << "LIST   "_ba << Command::list();
    QTest::newRow("NFD name") << "NAME Ju\xcc\x88rgen"_ba << Command::name(u"Jürgen"_s);
    QTest::newRow("HISTORY options in any order and case")
            << "history #team limit 5 before 9"_ba
            << Command::history(Conversation::group(u"team"_s), 9, 5);
    QTest::newRow("PING without token") << "ping"_ba << Command::ping();
}

void tst_Codec::commandLenientInput()
{
    QFETCH(QByteArray, line);
    QFETCH(Command, command);
    const auto parsed = Command::parse(line);
    QVERIFY(std::holds_alternative<Command>(parsed));
    QCOMPARE(std::get<Command>(parsed), command);
}

void tst_Codec::commandErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("empty") << ""_ba << ErrorCode::BadSyntax;
    QTest::newRow("spaces only") << "   "_ba << ErrorCode::BadSyntax;
    QTest::newRow("unknown") << "MSGGGGGGGGGG hello"_ba << ErrorCode::UnknownCommand;
    QTest::newRow("keyword with a prefix") << "MSGALLX hi"_ba << ErrorCode::UnknownCommand;
    QTest::newRow("invalid UTF-8") << "MSGALL \xff"_ba << ErrorCode::BadUtf8;
    QTest::newRow("invalid UTF-8 keyword") << "\xc0\xafLIST"_ba << ErrorCode::BadUtf8;
    QTest::newRow("NUL") << "MSGALL a\0b"_ba << ErrorCode::BadText;
    QTest::newRow("escape sequence") << "MSGALL \x1b[2J"_ba << ErrorCode::BadText;
    QTest::newRow("NAME without a name") << "NAME"_ba << ErrorCode::BadSyntax;
    QTest::newRow("JOIN without a group") << "JOIN"_ba << ErrorCode::BadSyntax;
    QTest::newRow("JOIN a bad name") << "JOIN #lobby"_ba << ErrorCode::BadName;
    QTest::newRow("DIRECTORY of a group") << "DIRECTORY lobby"_ba << ErrorCode::BadSyntax;
    QTest::newRow("DIRECTORY AFTER twice")
            << "DIRECTORY AFTER a AFTER b"_ba << ErrorCode::BadSyntax;
    QTest::newRow("VISIBILITY open") << "VISIBILITY lobby open"_ba << ErrorCode::BadSyntax;
    QTest::newRow("VISIBILITY twice")
            << "VISIBILITY lobby PUBLIC PUBLIC"_ba << ErrorCode::BadSyntax;
    QTest::newRow("KICK without a user") << "KICK lobby"_ba << ErrorCode::BadSyntax;
    QTest::newRow("KICK a bad name") << "KICK lobby 9lives spam"_ba << ErrorCode::BadName;
    QTest::newRow("NAME with two words") << "NAME anna smith"_ba << ErrorCode::BadSyntax;
    QTest::newRow("NAME bad") << "NAME 9lives"_ba << ErrorCode::BadName;
    QTest::newRow("NAME too long") << "NAME " + QByteArray(33, 'a') << ErrorCode::BadName;
    QTest::newRow("MSGALL without text") << "MSGALL"_ba << ErrorCode::BadSyntax;
    QTest::newRow("MSGALL spaces only") << "MSGALL    "_ba << ErrorCode::BadSyntax;
    QTest::newRow("MSGIND without text") << "MSGIND bob"_ba << ErrorCode::BadSyntax;
    QTest::newRow("MSGIND without anything") << "MSGIND"_ba << ErrorCode::BadSyntax;
    QTest::newRow("MSGIND bad user") << "MSGIND b*b hi"_ba << ErrorCode::BadName;
    QTest::newRow("SENDGROUP without text") << "SENDGROUP team"_ba << ErrorCode::BadSyntax;
    QTest::newRow("SENDGROUP bad group") << "SENDGROUP #team hi"_ba << ErrorCode::BadName;
    QTest::newRow("LIST with an argument") << "LIST all"_ba << ErrorCode::BadSyntax;
    QTest::newRow("MAKEGROUP without group") << "MAKEGROUP"_ba << ErrorCode::BadSyntax;
    QTest::newRow("MAKEGROUP bad member") << "MAKEGROUP team bob 1x"_ba << ErrorCode::BadName;
    QTest::newRow("INVITE without user") << "INVITE team"_ba << ErrorCode::BadSyntax;
    QTest::newRow("INVITE extra") << "INVITE team bob carol"_ba << ErrorCode::BadSyntax;
    QTest::newRow("LEAVE without group") << "LEAVE"_ba << ErrorCode::BadSyntax;
    QTest::newRow("MEMBERS bad") << "MEMBERS -x"_ba << ErrorCode::BadName;
    QTest::newRow("BACK with text") << "BACK now"_ba << ErrorCode::BadSyntax;
    QTest::newRow("CLOSE with text") << "CLOSE now"_ba << ErrorCode::BadSyntax;
    QTest::newRow("TYPING without conversation") << "TYPING"_ba << ErrorCode::BadSyntax;
    QTest::newRow("TYPING bare name") << "TYPING bob"_ba << ErrorCode::BadConversation;
    QTest::newRow("TYPING bad name") << "TYPING @1"_ba << ErrorCode::BadName;
    QTest::newRow("TYPING empty name") << "TYPING #"_ba << ErrorCode::BadName;
    QTest::newRow("HISTORY without conversation") << "HISTORY"_ba << ErrorCode::BadSyntax;
    QTest::newRow("HISTORY LIMIT 0") << "HISTORY * LIMIT 0"_ba << ErrorCode::OutOfRange;
    QTest::newRow("HISTORY LIMIT 201") << "HISTORY * LIMIT 201"_ba << ErrorCode::OutOfRange;
    QTest::newRow("HISTORY LIMIT huge")
            << "HISTORY * LIMIT 99999999999999999999999"_ba << ErrorCode::BadSyntax;
    QTest::newRow("HISTORY LIMIT negative") << "HISTORY * LIMIT -1"_ba << ErrorCode::BadSyntax;
    QTest::newRow("HISTORY LIMIT without value") << "HISTORY * LIMIT"_ba << ErrorCode::BadSyntax;
    QTest::newRow("HISTORY BEFORE 0") << "HISTORY * BEFORE 0"_ba << ErrorCode::OutOfRange;
    QTest::newRow("HISTORY BEFORE twice")
            << "HISTORY * BEFORE 3 BEFORE 4"_ba << ErrorCode::BadSyntax;
    QTest::newRow("HISTORY unknown option") << "HISTORY * AFTER 3"_ba << ErrorCode::BadSyntax;
}

void tst_Codec::commandErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(ErrorCode, code);
    const auto parsed = Command::parse(line);
    QVERIFY(std::holds_alternative<ProtocolError>(parsed));
    const ProtocolError &error = std::get<ProtocolError>(parsed);
    QCOMPARE(error.code, code);
    QVERIFY(!error.sentence.isEmpty());
}

void tst_Codec::serverLineRoundTrip_data()
{
    QTest::addColumn<ServerLine>("serverLine");
    QTest::addColumn<QByteArray>("line");
    using T = Command::Type;
    const QDateTime time = at("2026-11-25T12:00:00.123Z");
    const Conversation team = Conversation::group(u"team"_s);

    QTest::newRow("HELLO") << ServerLine::hello(1, 4096, u"Welcome to Chinwag!"_s)
                           << "HELLO 1 4096 Welcome to Chinwag!\n"_ba;
    QTest::newRow("INFO") << ServerLine::info(u"NAME <name>  register"_s)
                          << "INFO NAME <name>  register\n"_ba;
    QTest::newRow("INFO empty") << ServerLine::info({}) << "INFO\n"_ba;
    QTest::newRow("OK NAME") << ServerLine::okName(u"anna"_s) << "OK NAME anna\n"_ba;
    QTest::newRow("OK PASS") << ServerLine::ok(T::Pass) << "OK PASS\n"_ba;
    QTest::newRow("OK MSGALL") << ServerLine::okSent(T::MsgAll, 7, time)
                               << "OK MSGALL 7 2026-11-25T12:00:00.123Z\n"_ba;
    QTest::newRow("OK MSGIND") << ServerLine::okSent(T::MsgInd, 8, time)
                               << "OK MSGIND 8 2026-11-25T12:00:00.123Z\n"_ba;
    QTest::newRow("OK MSGIND HELD") << ServerLine::okSent(T::MsgInd, 9, time, true)
                                    << "OK MSGIND 9 2026-11-25T12:00:00.123Z HELD\n"_ba;
    QTest::newRow("OK SENDGROUP") << ServerLine::okSent(
            T::SendGroup, 18446744073709551615ull,
            time) << "OK SENDGROUP 18446744073709551615 2026-11-25T12:00:00.123Z\n"_ba;
    QTest::newRow("OK LIST") << ServerLine::okCount(T::List, 3) << "OK LIST 3\n"_ba;
    QTest::newRow("OK GROUPS") << ServerLine::okCount(T::Groups, 0) << "OK GROUPS 0\n"_ba;
    QTest::newRow("OK MAKEGROUP") << ServerLine::okGroup(T::MakeGroup, u"team"_s)
                                  << "OK MAKEGROUP team\n"_ba;
    QTest::newRow("OK LEAVE") << ServerLine::okGroup(T::Leave, u"team"_s) << "OK LEAVE team\n"_ba;
    QTest::newRow("OK INVITE") << ServerLine::okInvite(u"team"_s, u"dave"_s)
                               << "OK INVITE team dave\n"_ba;
    QTest::newRow("OK MEMBERS") << ServerLine::okMembers(u"team"_s, 4) << "OK MEMBERS team 4\n"_ba;
    QTest::newRow("OK PUBLICGROUP")
            << ServerLine::okGroup(T::PublicGroup, u"lobby"_s) << "OK PUBLICGROUP lobby\n"_ba;
    QTest::newRow("OK JOIN") << ServerLine::okGroup(T::Join, u"lobby"_s) << "OK JOIN lobby\n"_ba;
    QTest::newRow("OK DIRECTORY") << ServerLine::okDirectory(3, false) << "OK DIRECTORY 3\n"_ba;
    QTest::newRow("OK DIRECTORY MORE")
            << ServerLine::okDirectory(100, true) << "OK DIRECTORY 100 MORE\n"_ba;
    QTest::newRow("OK VISIBILITY")
            << ServerLine::okVisibility(u"lobby"_s, false) << "OK VISIBILITY lobby PRIVATE\n"_ba;
    QTest::newRow("OK KICK") << ServerLine::okKick(u"lobby"_s, u"bob"_s)
                             << "OK KICK lobby bob\n"_ba;
    QTest::newRow("OK HISTORY") << ServerLine::okHistory(team, 2) << "OK HISTORY #team 2\n"_ba;
    QTest::newRow("OK AWAY") << ServerLine::ok(T::Away) << "OK AWAY\n"_ba;
    QTest::newRow("OK BACK") << ServerLine::ok(T::Back) << "OK BACK\n"_ba;
    QTest::newRow("OK TYPING") << ServerLine::ok(T::Typing) << "OK TYPING\n"_ba;
    QTest::newRow("OK HELP") << ServerLine::ok(T::Help) << "OK HELP\n"_ba;
    QTest::newRow("ERROR") << ServerLine::error(ErrorCode::NoSuchUser, u"user bbb does not exist"_s)
                           << "ERROR NO_SUCH_USER user bbb does not exist\n"_ba;
    QTest::newRow("BYE") << ServerLine::bye(ErrorCode::Kicked, u"spamming"_s)
                         << "BYE KICKED spamming\n"_ba;
    QTest::newRow("PING") << ServerLine::ping(u"17"_s) << "PING 17\n"_ba;
    QTest::newRow("PONG") << ServerLine::pong() << "PONG\n"_ba;
    QTest::newRow("MSG everyone") << ServerLine::msg(
            message(42, Conversation::everyone(), u"anna"_s, u"hi all"_s))
                                  << "MSG * anna 42 2026-11-25T12:00:00.123Z hi all\n"_ba;
    QTest::newRow("MSG direct") << ServerLine::msg(
            message(43, Conversation::direct(u"bob"_s), u"anna"_s, u"hi"_s))
                                << "MSG @bob anna 43 2026-11-25T12:00:00.123Z hi\n"_ba;
    QTest::newRow("MSG group, unicode")
            << ServerLine::msg(message(44, team, u"Jürgen"_s, u"grüß\teuch "_s))
            << "MSG #team Jürgen 44 2026-11-25T12:00:00.123Z grüß\teuch \n"_ba;
    QTest::newRow("HIST") << ServerLine::hist(message(45, team, u"anna"_s, u"old"_s))
                          << "HIST #team anna 45 2026-11-25T12:00:00.123Z old\n"_ba;
    QTest::newRow("USER HERE") << ServerLine::userEntry(u"anna"_s, false) << "USER anna HERE\n"_ba;
    QTest::newRow("USER AWAY") << ServerLine::userEntry(u"bob"_s, true) << "USER bob AWAY\n"_ba;
    QTest::newRow("USER AWAY text") << ServerLine::userEntry(u"bob"_s, true, u"at lunch"_s)
                                    << "USER bob AWAY at lunch\n"_ba;
    QTest::newRow("GROUP") << ServerLine::groupEntry(u"team"_s, u"anna"_s, 3)
                           << "GROUP team anna 3\n"_ba;
    QTest::newRow("MEMBER") << ServerLine::member(u"team"_s, u"bob"_s) << "MEMBER team bob\n"_ba;
    QTest::newRow("JOINED") << ServerLine::joined(u"anna"_s) << "JOINED anna\n"_ba;
    QTest::newRow("LEFT") << ServerLine::left(u"anna"_s, u"connection lost"_s)
                          << "LEFT anna connection lost\n"_ba;
    QTest::newRow("RENAMED") << ServerLine::renamed(u"bob"_s, u"robert"_s)
                             << "RENAMED bob robert\n"_ba;
    QTest::newRow("AWAY") << ServerLine::awayNotice(u"bob"_s) << "AWAY bob\n"_ba;
    QTest::newRow("AWAY text") << ServerLine::awayNotice(u"bob"_s, u"brb"_s) << "AWAY bob brb\n"_ba;
    QTest::newRow("BACK") << ServerLine::back(u"bob"_s) << "BACK bob\n"_ba;
    QTest::newRow("TYPING") << ServerLine::typing(team, u"bob"_s) << "TYPING #team bob\n"_ba;
    QTest::newRow("MADE") << ServerLine::made(u"team"_s, u"anna"_s, { u"bob"_s, u"carol"_s })
                          << "MADE team anna bob carol\n"_ba;
    QTest::newRow("MADE alone") << ServerLine::made(u"team"_s, u"anna"_s, {})
                                << "MADE team anna\n"_ba;
    QTest::newRow("INVITED") << ServerLine::invited(u"team"_s, u"dave"_s, u"anna"_s)
                             << "INVITED team dave anna\n"_ba;
    QTest::newRow("PARTED") << ServerLine::parted(u"team"_s, u"bob"_s) << "PARTED team bob\n"_ba;
    QTest::newRow("GROUP PUBLIC") << ServerLine::groupEntry(u"lobby"_s, u"anna"_s, 3, true)
                                  << "GROUP lobby anna 3 PUBLIC\n"_ba;
    QTest::newRow("PUBLIC") << ServerLine::publicEntry(u"lobby"_s, u"anna"_s, 12)
                            << "PUBLIC lobby anna 12\n"_ba;
    QTest::newRow("ENTERED") << ServerLine::entered(u"lobby"_s, u"bob"_s)
                             << "ENTERED lobby bob\n"_ba;
    QTest::newRow("KICKED") << ServerLine::kicked(u"lobby"_s, u"bob"_s, u"anna"_s)
                            << "KICKED lobby bob anna\n"_ba;
    QTest::newRow("KICKED with a reason")
            << ServerLine::kicked(u"lobby"_s, u"bob"_s, u"anna"_s, u"spam, again"_s)
            << "KICKED lobby bob anna spam, again\n"_ba;
    QTest::newRow("ABOUT PUBLIC") << ServerLine::about(u"lobby"_s, u"anna"_s, true)
                                  << "ABOUT lobby anna PUBLIC\n"_ba;
    QTest::newRow("ABOUT PRIVATE")
            << ServerLine::about(u"lobby"_s, u"anna"_s, false) << "ABOUT lobby anna PRIVATE\n"_ba;
    QTest::newRow("NOTICE") << ServerLine::notice(u"restart at six"_s)
                            << "NOTICE restart at six\n"_ba;
}

void tst_Codec::serverLineRoundTrip()
{
    QFETCH(ServerLine, serverLine);
    QFETCH(QByteArray, line);
    QCOMPARE(serverLine.encode(), line);
    const auto parsed = ServerLine::parse(QByteArrayView(line).chopped(1));
    QVERIFY(std::holds_alternative<ServerLine>(parsed));
    QCOMPARE(std::get<ServerLine>(parsed), serverLine);
    QCOMPARE(ServerLine::typeOf(QByteArrayView(line).chopped(1)), serverLine.type);
}

void tst_Codec::serverLineErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << ""_ba;
    QTest::newRow("unknown keyword") << "HOWDY"_ba;
    QTest::newRow("GROUP with another word") << "GROUP team anna 2 OPEN"_ba;
    QTest::newRow("PUBLIC without members") << "PUBLIC lobby anna"_ba;
    QTest::newRow("ABOUT without visibility") << "ABOUT lobby anna"_ba;
    QTest::newRow("ABOUT open") << "ABOUT lobby anna OPEN"_ba;
    QTest::newRow("KICKED without who") << "KICKED lobby bob"_ba;
    QTest::newRow("ENTERED with more") << "ENTERED lobby bob anna"_ba;
    QTest::newRow("OK DIRECTORY with another word") << "OK DIRECTORY 2 LESS"_ba;
    QTest::newRow("OK VISIBILITY without it") << "OK VISIBILITY lobby"_ba;
    QTest::newRow("lower-case keyword") << "msg * anna 1 2026-11-25T12:00:00.123Z hi"_ba;
    QTest::newRow("invalid UTF-8") << "INFO \xff"_ba;
    QTest::newRow("control character") << "INFO \x1b[2J"_ba;
    QTest::newRow("HELLO without numbers") << "HELLO one"_ba;
    QTest::newRow("OK unknown command") << "OK FLY"_ba;
    QTest::newRow("OK for PING") << "OK PING"_ba;
    QTest::newRow("OK LIST without count") << "OK LIST"_ba;
    QTest::newRow("OK MSGIND bad flag") << "OK MSGIND 1 2026-11-25T12:00:00.123Z LATER"_ba;
    QTest::newRow("ERROR unknown code") << "ERROR OOPS text"_ba;
    QTest::newRow("MSG without text") << "MSG * anna 1 2026-11-25T12:00:00.123Z"_ba;
    QTest::newRow("MSG id 0") << "MSG * anna 0 2026-11-25T12:00:00.123Z hi"_ba;
    QTest::newRow("MSG id overflow")
            << "MSG * anna 18446744073709551616 2026-11-25T12:00:00.123Z hi"_ba;
    QTest::newRow("MSG bad time") << "MSG * anna 1 yesterday hi"_ba;
    QTest::newRow("MSG local time") << "MSG * anna 1 2026-11-25T12:00:00.123 hi"_ba;
    QTest::newRow("MSG offset time") << "MSG * anna 1 2026-11-25T12:00:00.123+01:00 hi"_ba;
    QTest::newRow("MSG impossible date") << "MSG * anna 1 2026-02-30T12:00:00.123Z hi"_ba;
    QTest::newRow("MSG bad conversation") << "MSG team anna 1 2026-11-25T12:00:00.123Z hi"_ba;
    QTest::newRow("MSG bad sender") << "MSG * 1anna 1 2026-11-25T12:00:00.123Z hi"_ba;
    QTest::newRow("USER bad state") << "USER anna BUSY"_ba;
    QTest::newRow("JOINED extra") << "JOINED anna bob"_ba;
    QTest::newRow("RENAMED one name") << "RENAMED anna"_ba;
    QTest::newRow("MADE without creator") << "MADE team"_ba;
    QTest::newRow("GROUP bad count") << "GROUP team anna x"_ba;
}

void tst_Codec::serverLineErrors()
{
    QFETCH(QByteArray, line);
    QVERIFY(std::holds_alternative<ProtocolError>(ServerLine::parse(line)));
}

void tst_Codec::serverLineTypeOfUnknownLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << ""_ba;
    QTest::newRow("spaces") << "   "_ba;
    QTest::newRow("unknown keyword") << "HOWDY anna"_ba;
    QTest::newRow("lower-case keyword") << "joined anna"_ba;
    QTest::newRow("keyword prefix") << "JOIN anna"_ba;
    QTest::newRow("keyword with suffix") << "MSGALL hi"_ba;
}

void tst_Codec::serverLineTypeOfUnknownLines()
{
    QFETCH(QByteArray, line);
    QCOMPARE(ServerLine::typeOf(line), std::nullopt);
}

void tst_Codec::messageText_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("isMessage");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("everyone") << "MSG * anna 42 2026-11-25T12:00:00.123Z hi all"_ba << true
                              << "hi all"_ba;
    QTest::newRow("group") << "MSG #team bob 7 2026-11-25T12:00:00.123Z s1 q2"_ba << true
                           << "s1 q2"_ba;
    QTest::newRow("direct, unicode and TAB")
            << "MSG @bob Jürgen 43 2026-11-25T12:00:00.123Z grüß\teuch "_ba << true
            << "grüß\teuch "_ba;
    QTest::newRow("spaces kept inside and at the end")
            << "MSG * anna 1 2026-11-25T12:00:00.123Z  two  spaces  "_ba << true
            << "two  spaces  "_ba;
    QTest::newRow("HIST is not a message")
            << "HIST * anna 1 2026-11-25T12:00:00.123Z old"_ba << false << QByteArray();
    QTest::newRow("OK MSGALL") << "OK MSGALL 7 2026-11-25T12:00:00.123Z"_ba << false
                               << QByteArray();
    QTest::newRow("JOINED") << "JOINED anna"_ba << false << QByteArray();
    QTest::newRow("without text") << "MSG * anna 1 2026-11-25T12:00:00.123Z"_ba << false
                                  << QByteArray();
    QTest::newRow("without text, trailing spaces")
            << "MSG * anna 1 2026-11-25T12:00:00.123Z   "_ba << false << QByteArray();
    QTest::newRow("too few fields") << "MSG * anna"_ba << false << QByteArray();
    QTest::newRow("lower-case keyword")
            << "msg * anna 1 2026-11-25T12:00:00.123Z hi"_ba << false << QByteArray();
    QTest::newRow("longer keyword")
            << "MSGX * anna 1 2026-11-25T12:00:00.123Z hi"_ba << false << QByteArray();
}

void tst_Codec::messageText()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, isMessage);
    QFETCH(QByteArray, text);
    const auto found = ServerLine::messageText(line);
    QCOMPARE(found.has_value(), isMessage);
    if (isMessage)
        QCOMPARE(found->toByteArray(), text);
}

void tst_Codec::errorCodeNames()
{
    for (int i = 0; i <= int(ErrorCode::SlowReader); ++i) {
        const auto code = ErrorCode(i);
        const QByteArray name = errorCodeName(code);
        QVERIFY(!name.isEmpty());
        QCOMPARE(errorCodeFromName(name), code);
    }
    for (const auto code : { ErrorCode::InviteOnly, ErrorCode::NotOwner })
        QCOMPARE(errorCodeFromName(errorCodeName(code)), code);
    QCOMPARE(errorCodeName(ErrorCode::InviteOnly), "INVITE_ONLY");
    QCOMPARE(errorCodeName(ErrorCode::NotOwner), "NOT_OWNER");
    QCOMPARE(errorCodeFromName("name_taken"), std::nullopt);
}

void tst_Codec::protocolExamples_data()
{
    QVERIFY(addSpecExampleRows(QStringLiteral(CHINWAG_PROTOCOL_MD), "session") >= 3);
}

void tst_Codec::protocolExamples()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, next);
    QVERIFY2(line.startsWith("C: ") || line.startsWith("S: "), "an example line starts C: or S:");
    const QByteArray content = line.mid(3);
    if (line.startsWith("S: ")) {
        // A server line parses, and is written back exactly as the specification shows it.
        const auto parsed = ServerLine::parse(content);
        if (const auto *error = std::get_if<ProtocolError>(&parsed))
            QFAIL(qPrintable(error->sentence));
        QCOMPARE(std::get<ServerLine>(parsed).encode(), content + '\n');
        return;
    }
    // A command parses; or, where the codec refuses it, the next line shows that very refusal.
    const auto parsed = Command::parse(content);
    if (const auto *error = std::get_if<ProtocolError>(&parsed)) {
        const QByteArray expected = ServerLine::error(*error).encode().chopped(1);
        QCOMPARE(next, "S: " + expected);
    }
}

void tst_Codec::welcomeListsEveryCommand()
{
    // The specification's sample session shows the welcome exactly as the codec words it.
    QFile spec(QStringLiteral(CHINWAG_PROTOCOL_MD));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    const QByteArray text = spec.readAll();
    const QStringList help = Command::helpLines();
    QCOMPARE(help.size(), Command::keywords().size());
    for (const QString &entry : help) {
        const QByteArray line = "S: " + ServerLine::info(entry).encode();
        QVERIFY2(text.contains(line), line.constData());
    }
}

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"
