// SPDX-License-Identifier: GPL-3.0-or-later
// tst_IrcCodec: Chinwag's names in IRC, and the examples of docs/PROTOCOL.md's IRC section.
#include "tst_irccodec.h"

#include "ircnames.h"
#include "ircreplies.h"
#include "namerules.h"

#include "specexamples.h"

#include <QFile>

using namespace Chinwag;
using namespace Qt::StringLiterals;

void tst_IrcCodec::nickToName_data()
{
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("name"); // empty: refused

    QTest::newRow("ascii") << u"anna"_s << u"anna"_s;
    QTest::newRow("case kept") << u"Anna"_s << u"Anna"_s;
    QTest::newRow("dot, which Ergo refuses") << u"anna.b"_s << u"anna.b"_s;
    QTest::newRow("hyphen and underscore") << u"a-b_c"_s << u"a-b_c"_s;
    QTest::newRow("unicode") << u"Işıl"_s << u"Işıl"_s;
    QTest::newRow("decomposed becomes NFC") << u"Ame\u0301lie"_s << u"Am\u00e9lie"_s;
    QTest::newRow("32 characters") << QString(32, u'ä') << QString(32, u'ä');
    QTest::newRow("33 characters") << QString(33, u'a') << QString();
    QTest::newRow("brackets") << u"[bot]"_s << QString();
    QTest::newRow("pipe") << u"anna|away"_s << QString();
    QTest::newRow("backtick and caret") << u"a`^"_s << QString();
    QTest::newRow("braces") << u"a{b}"_s << QString();
    QTest::newRow("leading underscore") << u"_anna"_s << QString();
    QTest::newRow("leading digit") << u"9lives"_s << QString();
    QTest::newRow("emoji") << u"anna😃"_s << QString();
    QTest::newRow("star") << u"*"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_IrcCodec::nickToName()
{
    QFETCH(QString, nick);
    QFETCH(QString, name);
    const auto result = IrcNames::userOfNick(nick);
    if (name.isEmpty()) {
        QCOMPARE(std::get<ProtocolError>(result).code, ErrorCode::BadName);
        return;
    }
    QCOMPARE(std::get<QString>(result), name);
    // A user's name is its nick, unchanged, everywhere it appears on IRC.
    QCOMPARE(IrcNames::targetOf(Conversation::direct(name)), name);
}

void tst_IrcCodec::channelToConversation_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Conversation>("conversation");

    QTest::newRow("everyone") << u"##everyone"_s << true << Conversation::everyone();
    QTest::newRow("everyone, any case") << u"##EveryOne"_s << true << Conversation::everyone();
    QTest::newRow("group") << u"#team"_s << true << Conversation::group(u"team"_s);
    QTest::newRow("group as spelled") << u"#Team.B"_s << true << Conversation::group(u"Team.B"_s);
    QTest::newRow("a group named everyone")
            << u"#everyone"_s << true << Conversation::group(u"everyone"_s);
    QTest::newRow("unicode") << u"#Grüße"_s << true << Conversation::group(u"Grüße"_s);
    QTest::newRow("decomposed") << u"#Gru\u0308n"_s << true << Conversation::group(u"Grün"_s);
    QTest::newRow("plus signs") << u"#c++"_s << false << Conversation();
    QTest::newRow("leading digit") << u"#2026"_s << false << Conversation();
    QTest::newRow("other double hash") << u"##linux"_s << false << Conversation();
    QTest::newRow("hash alone") << u"#"_s << false << Conversation();
    QTest::newRow("local channel") << u"&local"_s << false << Conversation();
    QTest::newRow("no prefix") << u"team"_s << false << Conversation();
    QTest::newRow("33 characters") << u'#' + QString(33, u'a') << false << Conversation();
}

void tst_IrcCodec::channelToConversation()
{
    QFETCH(QString, channel);
    QFETCH(bool, ok);
    QFETCH(Conversation, conversation);
    const auto result = IrcNames::conversationOfChannel(channel);
    if (!ok) {
        const auto &error = std::get<ProtocolError>(result);
        QCOMPARE(error.code, ErrorCode::BadName);
        QVERIFY(!error.sentence.isEmpty());
        return;
    }
    QCOMPARE(std::get<Conversation>(result), conversation);
    QCOMPARE(std::get<Conversation>(IrcNames::conversationOfTarget(channel)), conversation);
    // And back: the channel as Chinwag keeps it (NFC, as first spelled).
    const auto again = IrcNames::conversationOfChannel(IrcNames::targetOf(conversation));
    QCOMPARE(std::get<Conversation>(again), conversation);
}

void tst_IrcCodec::conversationToTarget()
{
    QCOMPARE(IrcNames::targetOf(Conversation::everyone()), u"##everyone"_s);
    QCOMPARE(IrcNames::everyoneChannel(), u"##everyone"_s);
    QCOMPARE(IrcNames::targetOf(Conversation::group(u"team"_s)), u"#team"_s);
    QCOMPARE(IrcNames::targetOf(Conversation::direct(u"bob"_s)), u"bob"_s);
    QCOMPARE(std::get<Conversation>(IrcNames::conversationOfTarget(u"Bob"_s)),
             Conversation::direct(u"Bob"_s));
    QCOMPARE(std::get<ProtocolError>(IrcNames::conversationOfTarget(u"[bob]"_s)).code,
             ErrorCode::BadName);
    QVERIFY(IrcNames::isChannel(u"#a"_s));
    QVERIFY(!IrcNames::isChannel(u"a"_s));
    // No group can be Everyone's channel: a group's name starts with a letter.
    QVERIFY(!NameRules::isValid(IrcNames::everyoneChannel().mid(1)));
}

void tst_IrcCodec::foldingBeyondAscii()
{
    // CASEMAPPING=ascii tells a client how ASCII names fold, and there Chinwag agrees exactly.
    QCOMPARE(NameRules::key(u"ANNA"_s), NameRules::key(u"anna"_s));
    // Beyond ASCII the server folds as NameRules does, which a client does not know: "ÄRGER"
    // is "ärger", and "ſam" (long s) is "sam". The server decides, with ERR_NICKNAMEINUSE.
    QCOMPARE(NameRules::key(u"ÄRGER"_s), NameRules::key(u"ärger"_s));
    QCOMPARE(NameRules::key(std::get<QString>(IrcNames::userOfNick(u"ſam"_s))),
             NameRules::key(u"SAM"_s));
    // The Kelvin sign is K already in NFC, before any folding.
    QCOMPARE(std::get<QString>(IrcNames::userOfNick(u"\u212Aate"_s)), u"Kate"_s);
}

void tst_IrcCodec::isupportNames()
{
    QCOMPARE(IrcNames::isupportTokens(),
             QStringList({ u"CASEMAPPING=ascii"_s, u"CHANTYPES=#"_s, u"NICKLEN=32"_s,
                           u"CHANNELLEN=33"_s, u"UTF8ONLY"_s }));
}

void tst_IrcCodec::protocolExamples_data()
{
    QVERIFY(addSpecExampleRows(QStringLiteral(CHINWAG_PROTOCOL_MD), "irc") >= 2);
}

void tst_IrcCodec::protocolExamples()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, next);
    QVERIFY2(line.startsWith("C: ") || line.startsWith("S: "), "an example line starts C: or S:");
    const QByteArray content = line.mid(3);
    if (line.startsWith("S: ")) {
        // A server line parses, and is written back exactly as the specification shows it.
        const auto result = IrcMessage::parse(content, IrcMessage::From::Server);
        if (const auto *error = std::get_if<IrcError>(&result))
            QFAIL(qPrintable(error->sentence));
        QCOMPARE(std::get<IrcMessage>(result).encode(), content + "\r\n");
        return;
    }
    // A client line parses; or, where the codec refuses it, the next line is that refusal's reply.
    const auto result = IrcMessage::parse(content);
    if (const auto *error = std::get_if<IrcError>(&result)) {
        const auto reply = IrcReplies(u"chinwag.example"_s, u"anna"_s).refusal(*error);
        QVERIFY(reply);
        QCOMPARE(next, "S: " + reply->encode().chopped(2));
    }
}

void tst_IrcCodec::protocolShowsTheNamesRefusals()
{
    // The replies to names that Chinwag refuses, exactly as the specification shows them.
    QFile spec(QStringLiteral(CHINWAG_PROTOCOL_MD));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    const QByteArray text = spec.readAll();
    const IrcReplies beforeNick(u"chinwag.example"_s, u"*"_s);
    const IrcReplies anna(u"chinwag.example"_s, u"anna"_s);
    const QString nick = u"anna|away"_s;
    const QList<IrcMessage> replies{
        beforeNick.erroneusNickname(nick,
                                    std::get<ProtocolError>(IrcNames::userOfNick(nick)).sentence),
        anna.noSuchChannel(
                u"#c++"_s,
                std::get<ProtocolError>(IrcNames::conversationOfChannel(u"#c++"_s)).sentence),
        anna.noSuchChannel(
                u"&local"_s,
                std::get<ProtocolError>(IrcNames::conversationOfChannel(u"&local"_s)).sentence),
    };
    for (const IrcMessage &reply : replies) {
        const QByteArray line = "\nS: " + reply.encode().chopped(2) + '\n';
        QVERIFY2(text.contains(line), line.constData());
    }
}
