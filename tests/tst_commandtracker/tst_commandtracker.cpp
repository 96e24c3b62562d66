// SPDX-License-Identifier: GPL-3.0-or-later
// CommandTracker without a socket: the server's lines, parsed by the codec, against the commands
// that wait for them.
#include <clientscript.h>

#include <commandtracker.h>

#include <serverline.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;

namespace {

// The line as the codec reads it; a line it refuses fails the test that wrote it.
ServerLine line(const QByteArray &text)
{
    auto parsed = ServerLine::parse(text);
    if (const auto *error = std::get_if<ProtocolError>(&parsed))
        qFatal("not a server line: %s (%s)", text.constData(), qPrintable(error->sentence));
    return std::get<ServerLine>(parsed);
}

} // namespace

class tst_CommandTracker : public QObject
{
    Q_OBJECT

private slots:
    void repliesAreMatchedFirstInFirstOut();
    void unreadableReplyStillAnswersItsCommand();
    void refusalDropsWhatWasCollected();
    void historyLinesBeyondTheRequestAreIgnored();
    void replyToNoCommandIsIgnored();
    void clearingGivesTheUnansweredBack();
};

void tst_CommandTracker::repliesAreMatchedFirstInFirstOut()
{
    // Given a message, a list and another message waiting for their replies,
    CommandTracker tracker;
    QSignalSpy answered(&tracker, &CommandTracker::answered);
    QSignalSpy refused(&tracker, &CommandTracker::refused);
    QSignalSpy users(&tracker, &CommandTracker::usersListed);
    tracker.track(Command::msgAll(u"hello all"_s), 1);
    tracker.track(Command::list());
    tracker.track(Command::msgInd(u"bob"_s, u"hi bob"_s), 2);

    // when the replies come in order, with an ERROR FLOOD and an event that answer none,
    QVERIFY(tracker.handleLine(line("OK MSGALL 7 " + Time)));
    QVERIFY(tracker.handleLine(line("USER anna HERE")));
    QVERIFY(!tracker.handleLine(line("ERROR FLOOD you are sending too fast")));
    QVERIFY(!tracker.handleLine(line("JOINED carol")));
    QVERIFY(tracker.handleLine(line("OK LIST 1")));
    QVERIFY(tracker.handleLine(line("ERROR NO_SUCH_USER user bob is not online")));

    // then each command has its own: the message its id, the list its lines, the other its error.
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Command>(), Command::msgAll(u"hello all"_s));
    QCOMPARE(answered.at(0).at(1).toULongLong(), 1u);
    QCOMPARE(answered.at(0).at(2).value<ServerLine>().message.id, 7u);
    QCOMPARE(users.count(), 1);
    QCOMPARE(users.at(0).at(0).value<QList<OnlineUser>>(),
             (QList<OnlineUser>{ { u"anna"_s, false, {} } }));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(1).toULongLong(), 2u);
    QCOMPARE(refused.at(0).at(2).value<ProtocolError>().code, ErrorCode::NoSuchUser);
    QVERIFY(tracker.isEmpty());
}

void tst_CommandTracker::unreadableReplyStillAnswersItsCommand()
{
    CommandTracker tracker;
    QSignalSpy answered(&tracker, &CommandTracker::answered);
    QSignalSpy refused(&tracker, &CommandTracker::refused);
    tracker.track(Command::msgAll(u"one"_s), 1);
    tracker.track(Command::msgAll(u"two"_s), 2);

    // A reply the codec could not read refuses the oldest; another unreadable line refuses none.
    tracker.handleBadLine("OK MSGALL not-a-number " + Time);
    tracker.handleBadLine("MSG * 9lives 1 " + Time + " hi");
    QVERIFY(tracker.handleLine(line("OK MSGALL 9 " + Time)));

    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(1).toULongLong(), 1u);
    QCOMPARE(refused.at(0).at(2).value<ProtocolError>().code, ErrorCode::BadSyntax);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(1).toULongLong(), 2u);
}

void tst_CommandTracker::refusalDropsWhatWasCollected()
{
    // Given a list of members refused after one of its lines came,
    CommandTracker tracker;
    QSignalSpy members(&tracker, &CommandTracker::membersListed);
    tracker.track(Command::members(u"team"_s));
    QVERIFY(tracker.handleLine(line("MEMBER team anna")));
    QVERIFY(tracker.handleLine(line("ERROR NOT_A_MEMBER you are not in team")));

    // when it is asked again, the new list holds only its own lines.
    tracker.track(Command::members(u"team"_s));
    QVERIFY(tracker.handleLine(line("MEMBER team bob")));
    QVERIFY(tracker.handleLine(line("OK MEMBERS team 1")));

    QCOMPARE(members.count(), 1);
    QCOMPARE(members.at(0), (QVariantList{ u"team"_s, QStringList{ u"bob"_s } }));
}

void tst_CommandTracker::historyLinesBeyondTheRequestAreIgnored()
{
    CommandTracker tracker;
    QSignalSpy history(&tracker, &CommandTracker::historyReceived);

    // HIST lines that answer no HISTORY, and more than were asked for, are dropped.
    QVERIFY(tracker.handleLine(line(hist("*", "bob", 1, "stray"))));
    tracker.track(Command::history(Conversation::everyone(), 10, 2));
    for (const QByteArray &text : histRange(7, 9))
        QVERIFY(tracker.handleLine(line(text)));
    QVERIFY(tracker.handleLine(line("OK HISTORY * 3")));

    QCOMPARE(history.count(), 1);
    const auto messages = history.at(0).at(1).value<QList<ChatMessage>>();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).id, 7u);
    QCOMPARE(history.at(0).at(0).value<Conversation>(), Conversation::everyone());
    QCOMPARE(history.at(0).at(2).toULongLong(), 10u);
    QCOMPARE(history.at(0).at(3).toInt(), 2);
}

void tst_CommandTracker::replyToNoCommandIsIgnored()
{
    CommandTracker tracker;
    QSignalSpy answered(&tracker, &CommandTracker::answered);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"answers no command"_s));
    QVERIFY(tracker.handleLine(line("OK MSGALL 7 " + Time)));
    QCOMPARE(answered.count(), 0);

    // A reply of another command still answers the oldest, so that the next ones stay in step.
    tracker.track(Command::away(u"lunch"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not answer AWAY"_s));
    QVERIFY(tracker.handleLine(line("OK BACK")));
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).value<Command>(), Command::away(u"lunch"_s));
}

void tst_CommandTracker::clearingGivesTheUnansweredBack()
{
    CommandTracker tracker;
    QSignalSpy users(&tracker, &CommandTracker::usersListed);
    tracker.track(Command::msgAll(u"one"_s), 1);
    tracker.track(Command::list());
    QVERIFY(tracker.handleLine(line("USER anna HERE")));

    const QList<CommandTracker::Pending> unanswered = tracker.clear();

    QCOMPARE(unanswered.size(), 2);
    QCOMPARE(unanswered.at(0).localId, 1u);
    QCOMPARE(unanswered.at(1).command, Command::list());
    QVERIFY(tracker.isEmpty());
    // What was collected went with its command.
    tracker.track(Command::list());
    QVERIFY(tracker.handleLine(line("OK LIST 0")));
    QCOMPARE(users.count(), 1);
    QCOMPARE(users.at(0).at(0).value<QList<OnlineUser>>(), QList<OnlineUser>{});
}

QTEST_GUILESS_MAIN(tst_CommandTracker)
#include "tst_commandtracker.moc"
