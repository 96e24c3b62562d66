// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_ircreplies.h"

#include "ircnumeric.h"
#include "protocollimits.h"

#include <QFile>
#include <QSet>

using namespace Chinwag;
using namespace Chinwag::IrcRepliesTest;
using namespace Qt::StringLiterals;

void tst_IrcReplies::numericTable()
{
    const QList<IrcNumeric> all = IrcNumerics::all();
    QVERIFY(all.size() >= 60);
    QSet<QByteArray> names;
    int previous = 0;
    for (IrcNumeric numeric : all) {
        const QByteArray command = IrcNumerics::command(numeric);
        QCOMPARE(command.size(), 3);
        QCOMPARE(IrcNumerics::fromCommand(command), numeric);
        const QByteArray name = IrcNumerics::name(numeric);
        QVERIFY2(name.startsWith("RPL_") || name.startsWith("ERR_"), name.constData());
        QVERIFY2(!names.contains(name), name.constData());
        names.insert(name);
        QVERIFY(int(numeric) > previous);
        previous = int(numeric);
    }
    QCOMPARE(IrcNumerics::command(IrcNumeric::Welcome), "001"_ba);
    QCOMPARE(IrcNumerics::name(IrcNumeric::NicknameInUse), "ERR_NICKNAMEINUSE"_ba);
    QCOMPARE(IrcNumerics::name(IrcNumeric::InviteOnlyChan), "ERR_INVITEONLYCHAN"_ba);
    QCOMPARE(IrcNumerics::fromCommand("999"), std::nullopt);
    QCOMPARE(IrcNumerics::fromCommand("01"), std::nullopt);
    QCOMPARE(IrcNumerics::fromCommand("0x1"), std::nullopt);
}

void tst_IrcReplies::replies_data()
{
    QTest::addColumn<IrcMessage>("message");
    QTest::addColumn<QByteArray>("line");

    const IrcReplies r = toAnna();
    const QDateTime t = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    const auto row = [](const char *name, const IrcMessage &m, const QByteArray &line) {
        QTest::newRow(name) << m << line;
    };
    row("400", r.unknownError(u"PRIVMSG"_s, u"oops"_s), ":chinwag.example 400 anna PRIVMSG :oops");
    row("417", r.inputTooLong(), ":chinwag.example 417 anna :Input line was too long");
    row("421", r.unknownCommand(u"FOO"_s), ":chinwag.example 421 anna FOO :Unknown command");
    row("461", r.needMoreParams(u"JOIN"_s),
        ":chinwag.example 461 anna JOIN :Not enough parameters");
    row("451", r.notRegistered(), ":chinwag.example 451 anna :You have not registered");
    row("462", r.alreadyRegistered(), ":chinwag.example 462 anna :You may not reregister");
    row("464", r.passwdMismatch(), ":chinwag.example 464 anna :Password incorrect");
    row("431", r.noNicknameGiven(), ":chinwag.example 431 anna :No nickname given");
    row("432", r.erroneusNickname(u"[bot]"_s, u"must start with a letter"_s),
        ":chinwag.example 432 anna [bot] :must start with a letter");
    row("432 without a reason", r.erroneusNickname(u"[bot]"_s, {}),
        ":chinwag.example 432 anna [bot] :Erroneous nickname");
    row("433", IrcReplies(Server, u"*"_s).nicknameInUse(u"bob"_s),
        ":chinwag.example 433 * bob :Nickname is already in use");
    row("401", r.noSuchNick(u"carol"_s), ":chinwag.example 401 anna carol :No such nick/channel");
    row("403", r.noSuchChannel(u"#gone"_s), ":chinwag.example 403 anna #gone :No such channel");
    row("403 with a reason", r.noSuchChannel(u"#c++"_s, u"bad name"_s),
        ":chinwag.example 403 anna #c++ :bad name");
    row("404", r.cannotSendToChan(u"#t"_s), ":chinwag.example 404 anna #t :Cannot send to channel");
    row("405", r.tooManyChannels(u"#t"_s),
        ":chinwag.example 405 anna #t :You have joined too many channels");
    row("411", r.noRecipient(u"PRIVMSG"_s),
        ":chinwag.example 411 anna :No recipient given (PRIVMSG)");
    row("412", r.noTextToSend(), ":chinwag.example 412 anna :No text to send");
    row("441", r.userNotInChannel(u"bob"_s, u"#t"_s),
        ":chinwag.example 441 anna bob #t :They aren't on that channel");
    row("442", r.notOnChannel(u"#t"_s), ":chinwag.example 442 anna #t :You're not on that channel");
    row("443", r.userOnChannel(u"bob"_s, u"#t"_s),
        ":chinwag.example 443 anna bob #t :is already on channel");
    row("471", r.channelIsFull(u"#t"_s), ":chinwag.example 471 anna #t :Cannot join channel (+l)");
    row("472", r.unknownMode(u'k'), ":chinwag.example 472 anna k :is unknown mode char to me");
    row("473", r.inviteOnlyChan(u"#t"_s), ":chinwag.example 473 anna #t :Cannot join channel (+i)");
    row("476", r.badChanMask(u"t"_s), ":chinwag.example 476 anna t :Bad Channel Mask");
    row("482", r.chanOPrivsNeeded(u"#t"_s),
        ":chinwag.example 482 anna #t :You're not channel operator");
    row("501", r.uModeUnknownFlag(), ":chinwag.example 501 anna :Unknown MODE flag");
    row("502", r.usersDontMatch(), ":chinwag.example 502 anna :Cant change mode for other users");
    row("221", r.uModeIs(u"+i"_s), ":chinwag.example 221 anna :+i");
    row("301", r.away(u"bob"_s, u"at lunch"_s), ":chinwag.example 301 anna bob :at lunch");
    row("305", r.unAway(), ":chinwag.example 305 anna :You are no longer marked as being away");
    row("306", r.nowAway(), ":chinwag.example 306 anna :You have been marked as being away");
    row("332", r.topic(u"#t"_s, u"plans for 2027"_s),
        ":chinwag.example 332 anna #t :plans for 2027");
    row("331", r.noTopic(u"#t"_s), ":chinwag.example 331 anna #t :No topic is set");
    row("333", r.topicWhoTime(u"#t"_s, u"bob"_s, t),
        ":chinwag.example 333 anna #t bob :1795000000");
    row("324", r.channelModeIs(u"#t"_s, u"+i"_s), ":chinwag.example 324 anna #t :+i");
    row("329", r.creationTime(u"#t"_s, t), ":chinwag.example 329 anna #t :1795000000");
    row("341", r.inviting(u"bob"_s, u"#t"_s), ":chinwag.example 341 anna bob :#t");
    row("366", r.endOfNames(u"#t"_s), ":chinwag.example 366 anna #t :End of /NAMES list");
    row("321", r.listStart(), ":chinwag.example 321 anna Channel :Users  Name");
    row("322", r.list(u"#t"_s, 3, u"plans"_s), ":chinwag.example 322 anna #t 3 :plans");
    row("323", r.listEnd(), ":chinwag.example 323 anna :End of /LIST");
    row("352", r.whoReply({ u"#t"_s, u"bob"_s, u"chinwag"_s, u"bob"_s, true, u"@"_s, u"Bob B"_s }),
        ":chinwag.example 352 anna #t bob chinwag chinwag.example bob G@ :0 Bob B");
    row("352 here", r.whoReply({ u"*"_s, u"bob"_s, u"h"_s, u"bob"_s, false, {}, u"Bob"_s }),
        ":chinwag.example 352 anna * bob h chinwag.example bob H :0 Bob");
    row("315", r.endOfWho(u"#t"_s), ":chinwag.example 315 anna #t :End of WHO list");
    row("311", r.whoisUser(u"bob"_s, u"bob"_s, u"h"_s, u"Bob B"_s),
        ":chinwag.example 311 anna bob bob h * :Bob B");
    row("312", r.whoisServer(u"bob"_s, u"Chinwag"_s),
        ":chinwag.example 312 anna bob chinwag.example :Chinwag");
    row("317", r.whoisIdle(u"bob"_s, 42, t),
        ":chinwag.example 317 anna bob 42 1795000000 :seconds idle, signon time");
    row("330", r.whoisAccount(u"bob"_s, u"bob"_s),
        ":chinwag.example 330 anna bob bob :is logged in as");
    row("318", r.endOfWhois(u"bob"_s), ":chinwag.example 318 anna bob :End of /WHOIS list");
    row("900", r.loggedIn(u"anna!anna@chinwag"_s, u"anna"_s),
        ":chinwag.example 900 anna anna!anna@chinwag anna :You are now logged in as anna");
    row("901", r.loggedOut(u"anna!anna@chinwag"_s),
        ":chinwag.example 901 anna anna!anna@chinwag :You are now logged out");
    row("903", r.saslSuccess(), ":chinwag.example 903 anna :SASL authentication successful");
    row("904", r.saslFail(), ":chinwag.example 904 anna :SASL authentication failed");
    row("905", r.saslTooLong(), ":chinwag.example 905 anna :SASL message too long");
    row("906", r.saslAborted(), ":chinwag.example 906 anna :SASL authentication aborted");
    row("907", r.saslAlready(),
        ":chinwag.example 907 anna :You have already authenticated using SASL");
    row("908", r.saslMechs({ u"PLAIN"_s, u"EXTERNAL"_s }),
        ":chinwag.example 908 anna PLAIN,EXTERNAL :are available SASL mechanisms");
    row("FAIL", r.fail(u"PRIVMSG"_s, u"INVALID_UTF8"_s, u"bad"_s),
        ":chinwag.example FAIL PRIVMSG INVALID_UTF8 :bad");
    row("FAIL without a command", r.fail({}, u"INVALID_UTF8"_s, u"bad"_s),
        ":chinwag.example FAIL * INVALID_UTF8 :bad");
    row("any numeric", r.numeric(IrcNumeric::WhoisIdle, { u"x"_s }, u"y"_s),
        ":chinwag.example 317 anna x :y");
}

void tst_IrcReplies::replies()
{
    QFETCH(IrcMessage, message);
    QFETCH(QByteArray, line);
    QCOMPARE(wire(message), line);
    QVERIFY(parsesBack(message));
}

void tst_IrcReplies::welcome()
{
    IrcReplies::Welcome w = sampleWelcome();
    w.isupport.append(u"NETWORK=Chinwag"_s);
    const QList<IrcMessage> lines = toAnna().welcome(w);
    QByteArrayList wires;
    for (const IrcMessage &m : lines)
        wires.append(wire(m));
    QCOMPARE(wires,
             QByteArrayList({
                     ":chinwag.example 001 anna :Welcome to the Chinwag IRC network, anna",
                     ":chinwag.example 002 anna :Your host is chinwag.example, running version "
                     "chinwag-1.0",
                     ":chinwag.example 003 anna :This server was created 25 Nov 2026 12:00:00 "
                     "+0000",
                     ":chinwag.example 004 anna chinwag.example chinwag-1.0 i :i",
                     ":chinwag.example 005 anna CASEMAPPING=ascii CHANTYPES=# NICKLEN=32 "
                     "CHANNELLEN=33 UTF8ONLY NETWORK=Chinwag :are supported by this server",
             }));
}

void tst_IrcReplies::isupportSpreadsOverLines()
{
    QStringList tokens;
    for (int i = 0; i < 40; ++i)
        tokens.append(u"TOKEN%1=%2"_s.arg(i).arg(QString(i % 7 == 0 ? 60 : 3, u'v')));
    const QList<IrcMessage> lines = toAnna().isupport(tokens);
    QStringList seen;
    for (const IrcMessage &m : lines) {
        // irctest's isupport test: the nick, 1 to 13 tokens, the closing text.
        QVERIFY(m.params.size() >= 3 && m.params.size() <= Irc::MaxParameters);
        QCOMPARE(m.params.first(), u"anna"_s);
        QCOMPARE(m.params.last(), u"are supported by this server"_s);
        QVERIFY(bodyOf(m).size() <= Irc::MaxBodyBytes);
        QVERIFY(parsesBack(m));
        seen.append(m.params.mid(1, m.params.size() - 2));
    }
    QCOMPARE(seen, tokens);
    QCOMPARE(lines.size(), 4); // 13 + 13 + 13 + 1
    QVERIFY(toAnna().isupport({}).isEmpty());
}

void tst_IrcReplies::namesSpreadOverLines()
{
    QStringList entries;
    for (int i = 0; i < 300; ++i)
        entries.append((i % 10 == 0 ? u"@"_s : QString()) + u"näme%1"_s.arg(i));
    const QList<IrcMessage> lines = toAnna().names(u"#team"_s, entries);
    QVERIFY(lines.size() > 2);
    QStringList seen;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const IrcMessage &m = lines.at(i);
        QCOMPARE(m.command, "353"_ba);
        QCOMPARE(m.params.mid(0, 3), QStringList({ u"anna"_s, u"="_s, u"#team"_s }));
        QVERIFY(bodyOf(m).size() <= Irc::MaxBodyBytes);
        if (i + 2 < lines.size())
            QVERIFY(bodyOf(m).size() > Irc::MaxBodyBytes - 20); // lines are filled
        QVERIFY(parsesBack(m));
        seen.append(m.params.last().split(u' '));
    }
    QCOMPARE(seen, entries);
    QCOMPARE(wire(lines.last()), ":chinwag.example 366 anna #team :End of /NAMES list"_ba);
    const QList<IrcMessage> secret = toAnna().names(u"#s"_s, { u"@anna"_s, u"bob"_s }, true);
    QCOMPARE(wire(secret.first()), ":chinwag.example 353 anna @ #s :@anna bob"_ba);
    QCOMPARE(toAnna().names(u"#e"_s, {}).size(), 1); // only 366
}

void tst_IrcReplies::whoisChannelsSpreadOverLines()
{
    QStringList channels;
    for (int i = 0; i < 100; ++i)
        channels.append(u"#channel-number-%1"_s.arg(i));
    const QList<IrcMessage> lines = toAnna().whoisChannels(u"bob"_s, channels);
    QVERIFY(lines.size() > 1);
    QStringList seen;
    for (const IrcMessage &m : lines) {
        QCOMPARE(m.params.mid(0, 2), QStringList({ u"anna"_s, u"bob"_s }));
        QVERIFY(bodyOf(m).size() <= Irc::MaxBodyBytes);
        seen.append(m.params.last().split(u' '));
    }
    QCOMPARE(seen, channels);
}

void tst_IrcReplies::motd()
{
    const QList<IrcMessage> none = toAnna().motd({});
    QCOMPARE(none.size(), 1);
    QCOMPARE(wire(none.first()), ":chinwag.example 422 anna :MOTD File is missing"_ba);
    const QList<IrcMessage> lines = toAnna().motd({ u"Be kind."_s, u"Have fun."_s });
    QByteArrayList wires;
    for (const IrcMessage &m : lines)
        wires.append(wire(m));
    QCOMPARE(wires,
             QByteArrayList({ ":chinwag.example 375 anna :- chinwag.example Message of the day - ",
                              ":chinwag.example 372 anna :- Be kind.",
                              ":chinwag.example 372 anna :- Have fun.",
                              ":chinwag.example 376 anna :End of /MOTD command." }));
}

void tst_IrcReplies::echoedParametersCannotBreakALine_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("echoed");

    QTest::newRow("plain") << u"carol"_s << u"carol"_s;
    QTest::newRow("longest channel") << u'#' + u"😃"_s.repeated(32) << u'#' + u"😃"_s.repeated(32);
    QTest::newRow("space") << u"a b"_s << u"*"_s;
    QTest::newRow("leading colon") << u":x"_s << u"*"_s;
    QTest::newRow("empty") << QString() << u"*"_s;
    QTest::newRow("longer than a name") << QString(133, u'a') << u"*"_s;
}

void tst_IrcReplies::echoedParametersCannotBreakALine()
{
    QFETCH(QString, given);
    QFETCH(QString, echoed);
    const IrcMessage m = toAnna().noSuchNick(given);
    QCOMPARE(m.params.at(1), echoed);
    QVERIFY(parsesBack(m));
    // The nick a reply is addressed to is held to the grammar too.
    QCOMPARE(IrcReplies(Server, QString()).notRegistered().params.first(), u"*"_s);
}

void tst_IrcReplies::refusals_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply"); // empty: none

    QTest::newRow("empty") << ""_ba
                           << ""_ba;
    QTest::newRow("too long") << "PING " + QByteArray(506, 'x')
                              << ":chinwag.example 417 anna :Input line was too long"_ba;
    QTest::newRow("tags too long") << "@+a=" + QByteArray(4092, 'x') + " PING x"
                                   << ":chinwag.example 417 anna :Input line was too long"_ba;
    QTest::newRow("bad UTF-8")
            << "PRIVMSG bob :hi\xaa"_ba
            << ":chinwag.example FAIL PRIVMSG INVALID_UTF8 :the line is not valid UTF-8"_ba;
    QTest::newRow("bad UTF-8 before a command")
            << "\xaa"_ba
            << ":chinwag.example FAIL * INVALID_UTF8 :the line is not valid UTF-8"_ba;
    QTest::newRow("bad command")
            << "PRIV-MSG bob"_ba
            << ":chinwag.example 421 anna * :a command is letters, or three digits"_ba;
    QTest::newRow("NUL") << QByteArray("PING \0", 6)
                         << ":chinwag.example 400 anna PING :the line holds a NUL, CR or LF"_ba;
    QTest::newRow("too many parameters")
            << "X 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16"_ba
            << ":chinwag.example 400 anna X :a message may have at most 15 parameters"_ba;
    QTest::newRow("no command") << "@a"_ba
                                << ":chinwag.example 400 anna * :the line has no command"_ba;
}

void tst_IrcReplies::refusals()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    const auto result = IrcMessage::parse(line);
    const auto answer = toAnna().refusal(std::get<IrcError>(result));
    if (reply.isEmpty()) {
        QVERIFY(!answer);
        return;
    }
    QVERIFY(answer);
    QCOMPARE(wire(*answer), reply);
    QVERIFY(parsesBack(*answer));
}

void tst_IrcReplies::protocolShowsEveryNumericAndTheWelcome()
{
    QFile spec(QStringLiteral(CHINWAG_PROTOCOL_MD));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    const QByteArray text = spec.readAll();
    for (IrcNumeric numeric : IrcNumerics::all()) {
        const QByteArray cell = "| `" + IrcNumerics::command(numeric) + "` | `"
                + IrcNumerics::name(numeric) + "` |";
        QVERIFY2(text.contains(cell), cell.constData());
    }
    for (const IrcMessage &m : toAnna().welcome(sampleWelcome())) {
        const QByteArray line = "\nS: " + wire(m) + '\n';
        QVERIFY2(text.contains(line), line.constData());
    }
}

QTEST_GUILESS_MAIN(tst_IrcReplies)
