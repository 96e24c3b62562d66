// SPDX-License-Identifier: GPL-3.0-or-later
// The client's parts that need no connection: the settings, the models the window shows, the
// read markers, name completion, the search filter and who is typing.
#include <clientscript.h>

#include <connectsettings.h>
#include <conversationlistmodel.h>
#include <messagefiltermodel.h>
#include <messagemodel.h>
#include <namecompleter.h>
#include <readmarkers.h>
#include <typingtracker.h>
#include <userlistmodel.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Delivery = MessageEntry::Delivery;

namespace {

MessageEntry received(quint64 id, const QString &from, const QString &text)
{
    MessageEntry entry;
    entry.message = { id, at(Time), Conversation::everyone(), from, text };
    return entry;
}

MessageEntry own(quint64 localId, Delivery delivery, quint64 id, const QString &text)
{
    MessageEntry entry = received(id, u"anna"_s, text);
    entry.localId = localId;
    entry.delivery = delivery;
    return entry;
}

} // namespace

class tst_ClientModels : public QObject
{
    Q_OBJECT

private slots:
    // Settings and read markers, kept in QSettings.
    void connectSettingsAreRemembered();
    void passwordsNeverReachTheSettingsFile_data();
    void passwordsNeverReachTheSettingsFile();
    void readMarkersOnlyMoveForwardPerAccount();

    // The messages of a conversation.
    void messageModelKeepsEachMessageOnce();
    void ownMessageChangesInPlace();
    void echoOfAMessageToOneselfIsMergedWithIt_data();
    void echoOfAMessageToOneselfIsMergedWithIt();
    void olderMessagesArePrepended();
    void mergeHistoryPutsEachMessageByItsId();
    void messageFilterMatchesTextAndSender_data();
    void messageFilterMatchesTextAndSender();

    // People and conversations.
    void userListStaysSortedWithoutCase();
    void conversationsAreOrderedEveryoneDirectGroups();
    void unreadCountsSkipTheCurrentConversation();
    void renamedPeerKeepsTheConversation();
    void nameCompleterCompletesAndCycles_data();
    void nameCompleterCompletesAndCycles();
    void typingTrackerForgetsSilentTypists();
};

void tst_ClientModels::connectSettingsAreRemembered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"client.ini"_s);
    {
        QSettings empty(file, QSettings::IniFormat);
        const ConnectSettings defaults = ConnectSettings::load(empty);
        QCOMPARE(defaults.host, u"127.0.0.1"_s);
        QCOMPARE(defaults.port, Protocol::DefaultPort);
        QVERIFY(!defaults.isComplete());
        settingsFor(7123, u"anna"_s).save(empty);
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(ConnectSettings::load(settings), settingsFor(7123, u"anna"_s));
}

void tst_ClientModels::passwordsNeverReachTheSettingsFile_data()
{
    QTest::addColumn<bool>("remember");
    QTest::newRow("asked to remember") << true;
    QTest::newRow("not asked") << false;
}

void tst_ClientModels::passwordsNeverReachTheSettingsFile()
{
    QFETCH(bool, remember);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"client.ini"_s);
    ConnectSettings given = settingsFor(7123, u"anna"_s);
    given.tls = true;
    given.registration = ConnectSettings::Registration::SignUp;
    given.accountPassword = u"correct-horse"_s;
    given.serverPassword = u"open sesame"_s;
    given.rememberPassword = remember;
    {
        QSettings settings(file, QSettings::IniFormat);
        given.save(settings);
    }
    // The choice to remember and the account are kept; the passwords are the keychain's.
    QSettings settings(file, QSettings::IniFormat);
    const ConnectSettings loaded = ConnectSettings::load(settings);
    QVERIFY(loaded.tls);
    QCOMPARE(loaded.rememberPassword, remember);
    QCOMPARE(loaded.registration, ConnectSettings::Registration::SignIn);
    QVERIFY(loaded.serverPassword.isEmpty());
    QVERIFY(loaded.accountPassword.isEmpty());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(!bytes.contains("open sesame"));
    QVERIFY(!bytes.contains("correct-horse"));
}

void tst_ClientModels::readMarkersOnlyMoveForwardPerAccount()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"client.ini"_s), QSettings::IniFormat);
    const Conversation team = Conversation::group(u"Team"_s);
    ReadMarkers anna(&settings);
    anna.setAccount(u"::1"_s, 7000, u"Anna"_s);
    anna.setLastSeen(team, 40);
    anna.setLastSeen(Conversation::group(u"team"_s), 30);
    QCOMPARE(anna.lastSeen(Conversation::group(u"TEAM"_s)), 40u);

    ReadMarkers again(&settings);
    again.setAccount(u"::1"_s, 7000, u"anna"_s);
    QCOMPARE(again.lastSeen(team), 40u);
    again.setAccount(u"::1"_s, 7001, u"anna"_s);
    QCOMPARE(again.lastSeen(team), 0u);
    again.setAccount(u"::1"_s, 7000, u"bob"_s);
    QCOMPARE(again.lastSeen(team), 0u);
    QCOMPARE(ReadMarkers().lastSeen(team), 0u);
}

void tst_ClientModels::messageModelKeepsEachMessageOnce()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(1, u"bob"_s, u"one"_s));
    model.append(received(2, u"bob"_s, u"two"_s));
    model.append(received(1, u"bob"_s, u"one"_s));
    QCOMPARE(texts(&model), (QStringList{ u"bob: one"_s, u"bob: two"_s }));
    QCOMPARE(model.index(1).data(MessageModel::IdRole).toULongLong(), 2u);
    QCOMPARE(model.index(1).data(MessageModel::TimeRole).toDateTime(), at(Time));
    QCOMPARE(model.index(1).data(MessageModel::OwnRole).toBool(), false);
}

void tst_ClientModels::ownMessageChangesInPlace()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateOwn(own(1, Delivery::Sending, 0, u"mine"_s));
    model.append(received(40, u"bob"_s, u"theirs"_s));
    model.updateOwn(own(1, Delivery::Sent, 41, u"mine"_s));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Sent));
    QCOMPARE(model.index(0).data(MessageModel::IdRole).toULongLong(), 41u);
    QCOMPARE(model.index(0).data(MessageModel::OwnRole).toBool(), true);
}

void tst_ClientModels::echoOfAMessageToOneselfIsMergedWithIt_data()
{
    QTest::addColumn<bool>("echoFirst");
    QTest::newRow("the echo comes before the confirmation") << true;
    QTest::newRow("the confirmation comes before the echo") << false;
}

void tst_ClientModels::echoOfAMessageToOneselfIsMergedWithIt()
{
    QFETCH(bool, echoFirst);
    MessageModel model(Conversation::direct(u"anna"_s));
    QAbstractItemModelTester tester(&model);
    model.updateOwn(own(1, Delivery::Sending, 0, u"note to self"_s));
    MessageEntry echo = received(9, u"anna"_s, u"note to self"_s);
    echo.delivery = Delivery::Sent;
    if (echoFirst)
        model.append(echo);
    model.updateOwn(own(1, Delivery::Sent, 9, u"note to self"_s));
    if (!echoFirst)
        model.append(echo);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MessageModel::LocalIdRole).toULongLong(), 1u);
    QCOMPARE(model.index(0).data(MessageModel::IdRole).toULongLong(), 9u);
}

void tst_ClientModels::olderMessagesArePrepended()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(10, u"bob"_s, u"ten"_s));
    model.mergeHistory({ received(8, u"bob"_s, u"eight"_s), received(9, u"bob"_s, u"nine"_s),
                         received(10, u"bob"_s, u"ten"_s) });
    QCOMPARE(texts(&model), (QStringList{ u"bob: eight"_s, u"bob: nine"_s, u"bob: ten"_s }));
}

void tst_ClientModels::mergeHistoryPutsEachMessageByItsId()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(1, u"bob"_s, u"one"_s));
    MessageEntry system;
    system.kind = MessageEntry::Kind::System;
    system.message.text = u"Reconnected"_s;
    model.append(system);
    model.append(received(10, u"bob"_s, u"ten"_s));
    model.updateOwn(own(1, Delivery::Sending, 0, u"on its way"_s));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const QList<MessageEntry> added = model.mergeHistory(
            { received(2, u"bob"_s, u"two"_s), received(5, u"bob"_s, u"five"_s),
              received(10, u"bob"_s, u"ten"_s), received(11, u"bob"_s, u"eleven"_s) });

    // Each goes after the last line with a smaller id; one that is here is not added twice.
    QCOMPARE(ids(&model), (QList<quint64>{ 1, 2, 5, 0, 10, 11, 0 }));
    QCOMPARE(added.size(), 3);
    QCOMPARE(inserted.count(), 2); // one run after "one", one after "ten"
    QCOMPARE(model.oldestId(), 1u);
    QCOMPARE(model.newestId(), 11u);

    // Older ones than all go first, in one insertion.
    model.mergeHistory({ received(0, u"bob"_s, u"no id"_s) });
    model.mergeHistory({ received(0 + 1, u"bob"_s, u"one"_s) });
    QCOMPARE(model.rowCount(), 7);

    // The marker stands on one message at a time.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUnreadMarker(5);
    QCOMPARE(model.index(2).data(MessageModel::FirstUnreadRole).toBool(), true);
    model.setUnreadMarker(11);
    QCOMPARE(model.index(2).data(MessageModel::FirstUnreadRole).toBool(), false);
    QCOMPARE(model.index(5).data(MessageModel::FirstUnreadRole).toBool(), true);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(model.index(3).data(MessageModel::FirstUnreadRole).toBool(), false);
}

void tst_ClientModels::messageFilterMatchesTextAndSender_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing: every line")
            << u""_s
            << QStringList{ u"bob: Standup at ten"_s, u"carol: notes are up"_s,
                            u"bob: see you at the STANDUP"_s };
    QTest::newRow("a word without regard to case")
            << u"standup"_s
            << QStringList{ u"bob: Standup at ten"_s, u"bob: see you at the STANDUP"_s };
    QTest::newRow("a sender") << u"carol"_s << QStringList{ u"carol: notes are up"_s };
    QTest::newRow("spaces around") << u"  notes "_s << QStringList{ u"carol: notes are up"_s };
    QTest::newRow("no match") << u"lunch"_s << QStringList{};
}

void tst_ClientModels::messageFilterMatchesTextAndSender()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    MessageModel model(Conversation::everyone());
    model.append(received(1, u"bob"_s, u"Standup at ten"_s));
    model.append(received(2, u"carol"_s, u"notes are up"_s));
    MessageFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setSourceModel(&model);
    filter.setSearchText(search);

    // Lines that arrive while searching are filtered as they come.
    model.append(received(3, u"bob"_s, u"see you at the STANDUP"_s));

    QCOMPARE(names(&filter), expected);
}

void tst_ClientModels::userListStaysSortedWithoutCase()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model);
    model.setUsers({ { u"carol"_s, false, {} },
                     { u"Bob"_s, false, {} },
                     { u"anna"_s, false, {} },
                     { u"bob"_s, false, {} } });
    QCOMPARE(model.names(), (QStringList{ u"anna"_s, u"Bob"_s, u"carol"_s }));

    model.addUser({ u"Dora"_s, false, {} });
    model.addUser({ u"ANNA"_s, false, {} });
    model.renameUser(u"anna"_s, u"zoe"_s);
    model.renameUser(u"bob"_s, u"BOB"_s);
    model.removeUser(u"CAROL"_s);
    model.setAway(u"dora"_s, true, u"lunch"_s);
    QCOMPARE(names(&model), (QStringList{ u"BOB"_s, u"Dora"_s, u"zoe"_s }));
    QCOMPARE(model.index(1).data(UserListModel::AwayRole).toBool(), true);
    QCOMPARE(model.index(1).data(UserListModel::AwayTextRole).toString(), u"lunch"_s);
    QVERIFY(model.contains(u"ZOE"_s));
    QVERIFY(!model.contains(u"anna"_s));
}

void tst_ClientModels::conversationsAreOrderedEveryoneDirectGroups()
{
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    model.ensure(Conversation::group(u"team"_s));
    model.ensure(Conversation::direct(u"bob"_s));
    model.ensure(Conversation::group(u"Alpha"_s));
    model.ensure(Conversation::direct(u"Anna"_s));
    model.ensure(Conversation::direct(u"BOB"_s));
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"Anna"_s, u"bob"_s, u"Alpha"_s,
                           u"team"_s }));
    QVERIFY(model.members(Conversation::group(u"team"_s)));
    QVERIFY(!model.members(Conversation::direct(u"bob"_s)));

    model.remove(Conversation::direct(u"anna"_s));
    model.remove(Conversation::everyone());
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"bob"_s, u"Alpha"_s,
                           u"team"_s }));
}

void tst_ClientModels::unreadCountsSkipTheCurrentConversation()
{
    // Given a user who reads Everyone,
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy total(&model, &ConversationListModel::totalUnreadChanged);
    const Conversation bob = Conversation::direct(u"bob"_s);
    model.ensure(bob);
    QCOMPARE(model.current(), Conversation::everyone());

    // messages elsewhere are unread, and those in Everyone are not;
    model.countMessage(Conversation::everyone());
    model.countMessage(bob);
    model.countMessage(bob);
    QCOMPARE(model.indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 2);
    QCOMPARE(model.indexOf(Conversation::everyone()).data(ConversationListModel::UnreadRole), 0);
    QCOMPARE(model.totalUnread(), 2);

    // opening bob's conversation reads it.
    model.setCurrent(bob);
    model.countMessage(bob);
    model.countMessage(Conversation::everyone());
    QCOMPARE(model.indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 0);
    QCOMPARE(model.totalUnread(), 1);
    QCOMPARE(total.last().at(0).toInt(), 1);
}

void tst_ClientModels::renamedPeerKeepsTheConversation()
{
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy current(&model, &ConversationListModel::currentChanged);
    model.ensure(Conversation::direct(u"anna"_s));
    MessageModel *messages = model.ensure(Conversation::direct(u"bob"_s));
    model.ensure(Conversation::direct(u"carol"_s));
    model.setCurrent(Conversation::direct(u"bob"_s));

    model.renamePeer(u"bob"_s, u"zed"_s);
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"anna"_s, u"carol"_s,
                           u"zed"_s }));
    QCOMPARE(model.messages(Conversation::direct(u"zed"_s)), messages);
    QCOMPARE(messages->conversation(), Conversation::direct(u"zed"_s));
    QCOMPARE(model.current(), Conversation::direct(u"zed"_s));
    QCOMPARE(current.count(), 1);

    model.renamePeer(u"zed"_s, u"Aaron"_s);
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"Aaron"_s, u"anna"_s,
                           u"carol"_s }));
}

void tst_ClientModels::nameCompleterCompletesAndCycles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<int>("tabs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("start of the line: a colon") << u"an"_s << 2 << 1 << u"anna: "_s;
    QTest::newRow("within a sentence: a space") << u"ask an"_s << 6 << 1 << u"ask anna "_s;
    QTest::newRow("without regard to case") << u"BO"_s << 2 << 1 << u"bob: "_s;
    QTest::newRow("Tab again: the next name") << u"bo"_s << 2 << 2 << u"Bobby: "_s;
    QTest::newRow("past the last: the first again") << u"bo"_s << 2 << 3 << u"bob: "_s;
    QTest::newRow("start of the second line") << u"hi\nan"_s << 5 << 1 << u"hi\nanna: "_s;
    QTest::newRow("after an at sign") << u"cc @an"_s << 6 << 1 << u"cc @anna "_s;
    QTest::newRow("before more text") << u"an is here"_s << 2 << 1 << u"anna:  is here"_s;
    QTest::newRow("no name fits") << u"zed"_s << 3 << 1 << QString();
    QTest::newRow("nothing typed") << u"hi "_s << 3 << 1 << QString();
}

void tst_ClientModels::nameCompleterCompletesAndCycles()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(int, tabs);
    QFETCH(QString, expected);
    const QStringList names{ u"Bobby"_s, u"anna"_s, u"bob"_s, u"carol"_s };

    NameCompleter completer;
    std::optional<NameCompleter::Completion> completion;
    for (int tab = 0; tab < tabs; ++tab) {
        completion = completer.complete(completion ? completion->text : text,
                                        completion ? completion->cursor : cursor, names);
    }

    QCOMPARE(completion ? completion->text : QString(), expected);
    if (completion) {
        QVERIFY(completion->text.left(completion->cursor).endsWith(u' '));
        // Shift+Tab goes back.
        if (tabs == 2) {
            const auto back = completer.complete(completion->text, completion->cursor, names, true);
            QVERIFY(back);
            QCOMPARE(back->text, text.left(cursor - 2) + u"bob: "_s);
        }
    }
}

void tst_ClientModels::typingTrackerForgetsSilentTypists()
{
    TypingTracker tracker;
    tracker.setShownFor(150ms);
    QSignalSpy changed(&tracker, &TypingTracker::typistsChanged);
    const Conversation everyone = Conversation::everyone();
    const Conversation team = Conversation::group(u"team"_s);

    tracker.noteTyping(everyone, u"anna"_s);
    tracker.noteTyping(everyone, u"bob"_s);
    tracker.noteTyping(everyone, u"Anna"_s);
    tracker.noteTyping(team, u"bob"_s);
    QCOMPARE(tracker.typists(everyone), (QStringList{ u"anna"_s, u"bob"_s }));
    QCOMPARE(changed.count(), 3);

    // A message ends typing at once; leaving ends it everywhere; silence ends it after a while.
    tracker.noteStopped(everyone, u"ANNA"_s);
    QCOMPARE(tracker.typists(everyone), QStringList{ u"bob"_s });
    tracker.forget(u"bob"_s);
    QCOMPARE(tracker.typists(everyone), QStringList{});
    QCOMPARE(tracker.typists(team), QStringList{});
    tracker.noteTyping(team, u"carol"_s);
    QCOMPARE(tracker.typists(Conversation::group(u"TEAM"_s)), QStringList{ u"carol"_s });
    QTRY_COMPARE(tracker.typists(team), QStringList{});
    QCOMPARE(changed.last().at(0).value<Conversation>(), team);
}

QTEST_GUILESS_MAIN(tst_ClientModels)
#include "tst_clientmodels.moc"
