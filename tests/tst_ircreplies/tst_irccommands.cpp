// SPDX-License-Identifier: GPL-3.0-or-later
// tst_IrcReplies: the messages besides numerics (IrcCommands).
#include "tst_ircreplies.h"

#include "irccommands.h"
#include "protocollimits.h"
#include "textrules.h"

using namespace Chinwag;
using namespace Chinwag::IrcRepliesTest;
using namespace Qt::StringLiterals;

void tst_IrcReplies::commands_data()
{
    QTest::addColumn<IrcMessage>("message");
    QTest::addColumn<QByteArray>("line");

    const auto row = [](const char *name, const IrcMessage &m, const QByteArray &line) {
        QTest::newRow(name) << m << line;
    };
    const QList<IrcTag> tags{ { u"time"_s, u"2026-11-25T12:00:00.123Z"_s } };
    row("privmsg", IrcCommands::privmsg(Anna, u"#team"_s, u"hi all"_s, tags).first(),
        "@time=2026-11-25T12:00:00.123Z :anna!anna@chinwag PRIVMSG #team :hi all");
    row("privmsg, one word", IrcCommands::privmsg(Anna, u"bob"_s, u"hi"_s).first(),
        ":anna!anna@chinwag PRIVMSG bob :hi");
    row("notice", IrcCommands::notice(IrcSource::ofServer(Server), u"*"_s, u"restart"_s).first(),
        ":chinwag.example NOTICE * :restart");
    row("tagmsg", IrcCommands::tagmsg(Anna, u"bob"_s, { { u"+react"_s, u"👍"_s } }),
        "@+react=👍 :anna!anna@chinwag TAGMSG :bob");
    row("typing", IrcCommands::typing(Anna, u"#team"_s),
        "@+typing=active :anna!anna@chinwag TAGMSG :#team");
    row("join", IrcCommands::join(Anna, u"##everyone"_s), ":anna!anna@chinwag JOIN :##everyone");
    row("part", IrcCommands::part(Anna, u"#team"_s, u"bye"_s),
        ":anna!anna@chinwag PART #team :bye");
    row("part without reason", IrcCommands::part(Anna, u"#team"_s, {}),
        ":anna!anna@chinwag PART :#team");
    row("quit", IrcCommands::quit(Anna, u"Quit: gone"_s), ":anna!anna@chinwag QUIT :Quit: gone");
    row("nick", IrcCommands::nick(Anna, u"Anna"_s), ":anna!anna@chinwag NICK :Anna");
    row("away", IrcCommands::away(Anna, u"at lunch"_s), ":anna!anna@chinwag AWAY :at lunch");
    row("back", IrcCommands::away(Anna, {}), ":anna!anna@chinwag AWAY");
    row("topic", IrcCommands::topic(Anna, u"#team"_s, u"plans"_s),
        ":anna!anna@chinwag TOPIC #team :plans");
    row("kick", IrcCommands::kick(Anna, u"#team"_s, u"bob"_s, u"spam"_s),
        ":anna!anna@chinwag KICK #team bob :spam");
    row("invite", IrcCommands::invite(Anna, u"bob"_s, u"#team"_s),
        ":anna!anna@chinwag INVITE bob :#team");
    row("mode", IrcCommands::mode(Anna, u"#team"_s, u"+i"_s), ":anna!anna@chinwag MODE #team :+i");
    row("ping", IrcCommands::ping(Server, u"17"_s), ":chinwag.example PING :17");
    row("pong", IrcCommands::pong(Server, u"17"_s), ":chinwag.example PONG chinwag.example :17");
    row("error", IrcCommands::error(u"Closing link: timed out"_s),
        "ERROR :Closing link: timed out");
    row("authenticate", IrcCommands::authenticate(u"+"_s), "AUTHENTICATE :+");
    row("cap",
        IrcCommands::cap(Server, u"*"_s, u"LS"_s, { u"sasl=PLAIN"_s, u"server-time"_s }).first(),
        ":chinwag.example CAP * LS :sasl=PLAIN server-time");
    row("cap without capabilities", IrcCommands::cap(Server, u"anna"_s, u"LIST"_s, {}).first(),
        ":chinwag.example CAP anna LIST :");
}

void tst_IrcReplies::commands()
{
    QFETCH(IrcMessage, message);
    QFETCH(QByteArray, line);
    QCOMPARE(wire(message), line);
    QVERIFY(parsesBack(message));
}

void tst_IrcReplies::longTextIsSplit_data()
{
    QTest::addColumn<QString>("text");

    QString words;
    while (words.size() < 4000)
        words += u"lorem ipsum dolor "_s;
    QTest::newRow("words") << words;
    QTest::newRow("no spaces") << QString(4000, u'x');
    QTest::newRow("two-byte characters") << QString(1500, u'é');
    QString emoji;
    for (int i = 0; i < 700; ++i)
        emoji += u"😃"_s;
    QTest::newRow("four-byte characters") << emoji;
    QTest::newRow("spaces only early") << u"a b "_s + QString(1000, u'y');
    QTest::newRow("fits exactly") << QString(Irc::MaxBodyBytes - 35, u'z');
}

void tst_IrcReplies::longTextIsSplit()
{
    QFETCH(QString, text);
    const QList<IrcMessage> parts = IrcCommands::privmsg(Anna, u"#team"_s, text);
    QString joined;
    for (const IrcMessage &m : parts) {
        const QByteArray body = bodyOf(m);
        QVERIFY(body.size() <= Irc::MaxBodyBytes);
        QCOMPARE(TextRules::check(body), TextRules::Verdict::Ok);
        QVERIFY(parsesBack(m)); // nothing was cut by the encoder
        QCOMPARE(m.params.first(), u"#team"_s);
        joined += m.params.last();
    }
    QCOMPARE(joined, text);
    const qsizetype fixed = bodyOf(IrcCommands::privmsg(Anna, u"#team"_s, {}).first()).size();
    const qsizetype least =
            (text.toUtf8().size() + (Irc::MaxBodyBytes - fixed) - 1) / (Irc::MaxBodyBytes - fixed);
    QVERIFY(parts.size() >= least);
    QVERIFY(parts.size() <= 2 * least); // cut at spaces only in a part's second half
}

void tst_IrcReplies::capSpreadsOverLines()
{
    QStringList caps;
    for (int i = 0; i < 60; ++i)
        caps.append(u"draft/some-capability-%1"_s.arg(i));
    const QList<IrcMessage> lines = IrcCommands::cap(Server, u"*"_s, u"LS"_s, caps);
    QVERIFY(lines.size() > 1);
    QStringList seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const IrcMessage &m = lines.at(i);
        const bool last = i + 1 == lines.size();
        QCOMPARE(m.params.size(), last ? 3 : 4);
        if (!last)
            QCOMPARE(m.params.at(2), u"*"_s);
        QVERIFY(bodyOf(m).size() <= Irc::MaxBodyBytes);
        seen.append(m.params.last().split(u' '));
    }
    QCOMPARE(seen, caps);
}
