// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <chatclient.h>
#include <chatsession.h>
#include <chatwindow.h>
#include <conversationpane.h>
#include <conversationlistmodel.h>
#include <idlewatcher.h>
#include <launchoptions.h>
#include <messagedelegate.h>
#include <messagefiltermodel.h>
#include <messageformatter.h>
#include <messageinput.h>
#include <messagemodel.h>
#include <messagepacer.h>
#include <messageview.h>
#include <preferencesdialog.h>
#include <readmarkers.h>
#include <typingtracker.h>
#include <userlistmodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray Time = "2026-11-25T12:00:00.123Z";

QByteArray hist(const QByteArray &to, const QByteArray &from, quint64 id, const QByteArray &text)
{
    return "HIST " + to + ' ' + from + ' ' + QByteArray::number(id) + ' ' + Time + ' ' + text
            + '\n';
}

// HIST lines to everyone, from bob and carol by turns, one per id.
QByteArray histRange(quint64 first, quint64 last)
{
    QByteArray lines;
    for (quint64 id = first; id <= last; ++id)
        lines += hist("*", id % 2 ? "bob" : "carol", id, "message " + QByteArray::number(id));
    return lines;
}

QByteArray okHistory(const QByteArray &conversation, quint64 count)
{
    return "OK HISTORY " + conversation + ' ' + QByteArray::number(count) + '\n';
}

// anna's client as she runs it, with settings of its own in a temporary file.
struct Person
{
    explicit Person(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat),
          session(&client),
          window(&session, &settings)
    {
        session.setSettings(&settings);
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window.findChild<T *>(name);
    }

    MessageView *view() const { return find<MessageView>(u"messageView"_s); }
    MessageInput *input() const { return find<MessageInput>(u"messageInput"_s); }
    MessageModel *everyone() const
    {
        return session.conversations()->messages(Conversation::everyone());
    }
    QString typingText() const { return find<QLabel>(u"typingLabel"_s)->text(); }

    QSettings settings;
    ChatClient client;
    ChatSession session;
    ChatWindow window;
};

} // namespace

// The chat window against a server whose every line the test writes: the history view with its
// marker and paging, search, name completion, who is typing and away, and pasted lines.
class tst_ClientHistoryGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void historyShowsTheMarkerAndOlderPagesKeepTheViewStill();
    void moreUnreadThanFitsStartsAtTheFirstUnread();
    void longConversationOpensAtItsFirstUnread();
    void ctrlFFiltersAndHighlightsAndEscapeRestores();
    void tabCompletesTheNamesOfTheConversation();
    void typingIsShownUnderTheMessagesAndSent();
    void awayUserIsGreyedAndIdleTimeSetsAway();
    void awayByHandAsksForTheTextAndStays();
    void longPasteAsksThenGoesPacedAndCanBeStopped();
    void preferencesAreRemembered();

private:
    // anna's window, connected and registered; the server answers LIST with `users` and the
    // first HISTORY * with `history` (HIST lines).
    std::unique_ptr<Person> connectedAnna(const QByteArray &users = {},
                                          const QByteArray &history = {}, quint64 lastSeen = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedServer> m_server;
};

void tst_ClientHistoryGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
}

void tst_ClientHistoryGui::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<Person> tst_ClientHistoryGui::connectedAnna(const QByteArray &users,
                                                            const QByteArray &history,
                                                            quint64 lastSeen)
{
    auto person = std::make_unique<Person>(m_dir->filePath(u"anna.ini"_s));
    if (lastSeen != 0) {
        ReadMarkers markers(&person->settings);
        markers.setAccount(u"127.0.0.1"_s, m_server->port(), u"anna"_s);
        markers.setLastSeen(Conversation::everyone(), lastSeen);
    }
    LaunchOptions options;
    options.settings.host = u"127.0.0.1"_s;
    options.settings.port = m_server->port();
    options.settings.name = u"anna"_s;
    options.connectAtOnce = true;
    person->window.start(options);
    if (!QTest::qWaitForWindowExposed(&person->window) || !m_server->waitForClient())
        return nullptr;
    person->window.activateWindow();
    if (!QTest::qWaitForWindowActive(&person->window))
        return nullptr;
    m_server->write("HELLO 1 4096 Welcome\n");
    if (m_server->takeLines(1) != QByteArrayList{ "NAME anna" })
        return nullptr;
    m_server->write("OK NAME anna\n");
    if (m_server->takeLines(2) != QByteArrayList{ "LIST", "HISTORY *" })
        return nullptr;
    m_server->write(users + "OK LIST " + QByteArray::number(users.count('\n')) + '\n' + history
                    + okHistory("*", history.count('\n')));
    if (!QTest::qWaitFor(
                [&] { return !person->session.isLoadingHistory(Conversation::everyone()); }))
        return nullptr;
    return person;
}

void tst_ClientHistoryGui::historyShowsTheMarkerAndOlderPagesKeepTheViewStill()
{
    // Given anna, who last read Everyone up to message 140, connecting: the newest page comes,
    const auto anna = connectedAnna({}, histRange(101, 150), 140);
    QVERIFY(anna);
    MessageModel *messages = anna->everyone();
    MessageView *view = anna->view();
    QCOMPARE(view->model(), messages);
    QCOMPARE(messages->rowCount(), 51); // and "Connected to …"

    // then the marker stands before the first she has not read, the rule makes room above it,
    const QModelIndex marked = messages->index(messages->rowOfId(141));
    QVERIFY(marked.data(MessageModel::FirstUnreadRole).toBool());
    QVERIFY(view->visualRect(marked).height()
            > view->visualRect(messages->index(messages->rowOfId(142))).height()
                    + MessageDelegate::MarkerHeight / 2);
    // and the view shows the newest message.
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QVERIFY(view->verticalScrollBar()->maximum() > 0);

    // When she goes to the top, older messages are asked for,
    QScrollBar *bar = view->verticalScrollBar();
    QTest::keyClick(bar, Qt::Key_Home);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY * BEFORE 101" });
    const QModelIndex reading = view->indexAt(QPoint(1, 1));
    QCOMPARE(reading.data(MessageModel::IdRole).toULongLong(), 101u);
    const int top = view->visualRect(reading).top();

    // and when they come, the message she was reading stays where it was.
    m_server->write(histRange(51, 100) + okHistory("*", 50));
    QTRY_COMPARE(messages->rowCount(), 101);
    QCOMPARE(view->visualRect(messages->index(messages->rowOfId(101))).top(), top);
    QCOMPARE(view->indexAt(QPoint(1, 1)).data(MessageModel::IdRole).toULongLong(), 101u);

    // Paging goes on until the server has fewer than asked for; then nothing more is asked.
    QTest::keyClick(bar, Qt::Key_Home);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY * BEFORE 51" });
    m_server->write(histRange(41, 50) + okHistory("*", 10));
    QTRY_COMPARE(messages->rowCount(), 111);
    QTest::keyClick(bar, Qt::Key_End);
    QTest::keyClick(bar, Qt::Key_Home);
    QTest::keyClicks(anna->input(), u"hi"_s);
    QTest::keyClick(anna->input(), Qt::Key_Return);
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "TYPING *", "MSGALL hi" }));
}

void tst_ClientHistoryGui::moreUnreadThanFitsStartsAtTheFirstUnread()
{
    // Given anna, who has 40 messages to catch up on, more than the view holds,
    const auto anna = connectedAnna({}, histRange(101, 150), 110);
    QVERIFY(anna);
    MessageModel *messages = anna->everyone();
    const QModelIndex first = messages->index(messages->rowOfId(111));
    QVERIFY(first.data(MessageModel::FirstUnreadRole).toBool());

    // the view starts at the first she has not read, rather than at the newest.
    QTRY_COMPARE(anna->view()->visualRect(first).top(), 0);
    QVERIFY(!anna->view()->isFollowing());
}

void tst_ClientHistoryGui::longConversationOpensAtItsFirstUnread()
{
    // Given a conversation longer than the view lays out at once, read half-way,
    const auto anna = connectedAnna();
    QVERIFY(anna);
    const Conversation bob = Conversation::direct(u"bob"_s);
    anna->window.openConversation(bob);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY @bob" });
    m_server->write(okHistory("@bob", 0));
    MessageModel *messages = anna->everyone();
    QList<MessageEntry> entries;
    for (quint64 id = 1; id <= 600; ++id) {
        MessageEntry entry;
        entry.message = { id, QDateTime::currentDateTimeUtc(), Conversation::everyone(),
                          id % 2 ? u"bob"_s : u"carol"_s, u"message %1"_s.arg(id) };
        entries.append(entry);
    }
    messages->mergeHistory(entries);
    messages->setUnreadMarker(300);

    // opening it shows the first unread message at the top, once the layout reaches it.
    anna->window.openConversation(Conversation::everyone());
    const QModelIndex marked = messages->index(messages->rowOfId(300));
    QTRY_COMPARE(anna->view()->visualRect(marked).top(), 0);
    QVERIFY(!anna->view()->isFollowing());
}

void tst_ClientHistoryGui::ctrlFFiltersAndHighlightsAndEscapeRestores()
{
    const auto anna = connectedAnna({},
                                    hist("*", "bob", 1, "Standup at ten")
                                            + hist("*", "carol", 2, "notes are up")
                                            + hist("*", "dora", 3, "see you at the standup"));
    QVERIFY(anna);
    MessageView *view = anna->view();
    auto *field = anna->find<QLineEdit>(u"searchField"_s);
    QVERIFY(!field->isVisible());

    // Ctrl+F in the input opens the search bar, ready to type;
    QTest::keyClick(anna->input(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->isVisible());
    QTRY_VERIFY(field->hasFocus());

    // typing filters the conversation and marks what matches;
    QTest::keyClicks(field, u"standup"_s);
    auto *filter = anna->window.findChild<MessageFilterModel *>();
    QCOMPARE(view->model(), filter);
    QCOMPARE(filter->rowCount(), 2);
    QCOMPARE(anna->find<QLabel>(u"searchCount"_s)->text(), u"Matches: 2"_s);
    QCOMPARE(view->messageDelegate()->highlight(), u"standup"_s);
    const QString html = MessageFormatter::html(filter->index(0, 0), false, view->palette(),
                                                view->messageDelegate()->highlight());
    QVERIFY2(html.contains(u"background-color"_s) && html.contains(u">Standup<"_s),
             qPrintable(html));

    // Up picks the newest match, Enter shows it among all the lines again.
    QTest::keyClick(field, Qt::Key_Up);
    QCOMPARE(view->currentIndex().data(MessageModel::IdRole).toULongLong(), 3u);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!field->isVisible());
    QCOMPARE(view->model(), anna->everyone());
    QCOMPARE(view->currentIndex().data(MessageModel::IdRole).toULongLong(), 3u);
    QVERIFY(view->messageDelegate()->highlight().isEmpty());

    // A search with no match shows nothing; Escape brings every line back.
    QTest::keyClick(anna->input(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(field->text(), QString());
    QTest::keyClicks(field, u"lunch"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(anna->find<QLabel>(u"searchCount"_s)->text(), u"Matches: 0"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
    QCOMPARE(view->model(), anna->everyone());
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(anna->input()->hasFocus());
}

void tst_ClientHistoryGui::tabCompletesTheNamesOfTheConversation()
{
    const auto anna = connectedAnna(
            "USER anna HERE\nUSER annabel HERE\nUSER bob HERE\nUSER Bobby AWAY lunch\n");
    QVERIFY(anna);
    MessageInput *input = anna->input();
    input->setFocus();

    // In Everyone, the people online but herself: at the start a colon, then a space;
    QTest::keyClicks(input, u"an"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->toPlainText(), u"annabel: "_s);
    QTest::keyClicks(input, u"hi bo"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->toPlainText(), u"annabel: hi bob "_s);
    // Tab again: the next; Shift+Tab: back.
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->toPlainText(), u"annabel: hi Bobby "_s);
    QTest::keyClick(input, Qt::Key_Backtab);
    QCOMPARE(input->toPlainText(), u"annabel: hi bob "_s);
    QVERIFY(input->hasFocus());

    // in a group, its members.
    m_server->write("MADE team carol anna\n");
    const Conversation team = Conversation::group(u"team"_s);
    QTRY_VERIFY(anna->session.conversations()->contains(team));
    anna->window.openConversation(team);
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "TYPING *", "HISTORY #team" }));
    m_server->write(okHistory("#team", 0));
    input->setFocus();
    QTest::keyClicks(input, u"b"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->toPlainText(), u"b"_s); // bob is not in it
    QTest::keyClick(input, Qt::Key_Backspace);
    QTest::keyClicks(input, u"C"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->toPlainText(), u"carol: "_s);
}

void tst_ClientHistoryGui::typingIsShownUnderTheMessagesAndSent()
{
    const auto anna = connectedAnna("USER anna HERE\nUSER bob HERE\nUSER carol HERE\n");
    QVERIFY(anna);
    anna->session.typing()->setShownFor(3s);
    QCOMPARE(anna->typingText(), QString());

    // Who types in the current conversation shows under the messages;
    m_server->write("TYPING * bob\n");
    QTRY_COMPARE(anna->typingText(), u"bob is typing…"_s);
    m_server->write("TYPING * carol\nTYPING @anna dora\n");
    QTRY_COMPARE(anna->typingText(), u"bob and carol are typing…"_s);
    // a message from bob ends his; silence ends carol's after a while.
    m_server->write("MSG * bob 5 " + Time + " done\n");
    QTRY_COMPARE(anna->typingText(), u"carol is typing…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(anna->typingText(), QString(), 10000);

    // Typing tells the others once, not on every key.
    QTest::keyClicks(anna->input(), u"hello"_s);
    QTest::keyClick(anna->input(), Qt::Key_Return);
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "TYPING *", "MSGALL hello" }));
}

void tst_ClientHistoryGui::awayUserIsGreyedAndIdleTimeSetsAway()
{
    const auto anna = connectedAnna("USER anna HERE\nUSER dora AWAY at the dentist\n");
    QVERIFY(anna);

    // dora is away: her line says so, with her text as its tooltip.
    UserListModel *users = anna->session.users();
    const QModelIndex dora = users->index(users->rowOf(u"dora"_s));
    QVERIFY(dora.data(UserListModel::AwayRole).toBool());
    QCOMPARE(dora.data(Qt::ToolTipRole).toString(), u"at the dentist"_s);
    m_server->write("BACK dora\n");
    QTRY_VERIFY(!users->index(users->rowOf(u"dora"_s)).data(UserListModel::AwayRole).toBool());

    // anna does nothing for the idle time: she is set away with the default text;
    auto *idle = anna->window.findChild<IdleWatcher *>();
    QVERIFY(idle);
    QCOMPARE(
            idle->idleTime(),
            std::chrono::milliseconds(std::chrono::minutes(PreferencesDialog::DefaultIdleMinutes)));
    idle->setIdleTime(50ms);
    QCOMPARE(m_server->takeLines(1),
             QByteArrayList{ "AWAY " + PreferencesDialog::awayText(anna->settings).toUtf8() });
    QTRY_VERIFY(anna->find<QLabel>(u"nameLabel"_s)->text().contains(u"away"_s));
    QVERIFY(anna->find<QAction>(u"awayAction"_s)->isChecked());

    // a key brings her back.
    idle->setIdleTime(0ms);
    QTest::keyClick(anna->input(), Qt::Key_X);
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "BACK", "TYPING *" }));
    QVERIFY(!anna->find<QAction>(u"awayAction"_s)->isChecked());
}

void tst_ClientHistoryGui::awayByHandAsksForTheTextAndStays()
{
    const auto anna = connectedAnna();
    QVERIFY(anna);
    auto *away = anna->find<QAction>(u"awayAction"_s);

    // Set Away asks what the others should read;
    away->trigger();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = anna->find<QInputDialog>(u"awayDialog"_s)) && dialog->isVisible());
    // (cancelled, nothing changes)
    QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Escape);
    QTRY_VERIFY(!away->isChecked());
    away->trigger();
    QTRY_VERIFY((dialog = anna->find<QInputDialog>(u"awayDialog"_s)) && dialog->isVisible());
    auto *text = dialog->findChild<QLineEdit *>();
    text->selectAll();
    QTest::keyClicks(text, u"in a meeting"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "AWAY in a meeting" });
    QVERIFY(away->isChecked());

    // she stays away while she types after an idle time, until she says she is back.
    auto *idle = anna->window.findChild<IdleWatcher *>();
    idle->setIdleTime(50ms);
    QTRY_VERIFY(idle->isIdle());
    idle->setIdleTime(0ms);
    QTest::keyClick(anna->input(), Qt::Key_X);
    QVERIFY(!idle->isIdle());
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "TYPING *" });
    away->trigger();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "BACK" });
    QVERIFY(!away->isChecked());
}

void tst_ClientHistoryGui::longPasteAsksThenGoesPacedAndCanBeStopped()
{
    const auto anna = connectedAnna();
    QVERIFY(anna);
    MessageInput *input = anna->input();
    auto *bar = anna->find<QWidget>(u"pendingLinesBar"_s);
    QVERIFY(!bar->isVisible());

    // A paste of a few lines goes at once, a message per line, blank lines left out;
    QApplication::clipboard()->setText(u"one\n\ntwo\nthree"_s);
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(m_server->lines().contains("MSGALL three"));
    QByteArrayList sent = m_server->takeLines();
    sent.removeAll("TYPING *"); // whether a paste counts as typing is not the point here
    QCOMPARE(sent, (QByteArrayList{ "MSGALL one", "MSGALL two", "MSGALL three" }));

    // a long one asks first (no: the text is back in the input),
    QStringList lines;
    for (int i = 1; i <= ConversationPane::ConfirmLines + 20; ++i)
        lines.append(u"line %1"_s.arg(i));
    QApplication::clipboard()->setText(lines.join(u'\n'));
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(input, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = anna->find<QMessageBox>(u"confirmPaste"_s)) && box->isVisible());
    box->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE(input->toPlainText(), lines.join(u'\n'));

    // and, once agreed, goes a few lines at first and then paced, with a way to stop.
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY((box = anna->find<QMessageBox>(u"confirmPaste"_s)) && box->isVisible());
    const auto buttons = box->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_VERIFY(bar->isVisible());
    const int burst = anna->session.pacer()->burst();
    QVERIFY(m_server->takeLines(burst).size() >= burst);
    QTest::mouseClick(anna->find<QPushButton>(u"pendingLinesCancel"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QTest::keyClicks(input, u"after"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(m_server->lines().contains("MSGALL after"));
    QVERIFY(m_server->takeLines().size() < lines.size());
}

void tst_ClientHistoryGui::preferencesAreRemembered()
{
    const auto anna = connectedAnna();
    QVERIFY(anna);
    anna->find<QAction>(u"preferencesAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = anna->find<QDialog>(u"preferencesDialog"_s)) && dialog->isVisible());
    auto *minutes = dialog->findChild<QSpinBox *>(u"idleMinutes"_s);
    QCOMPARE(minutes->value(), PreferencesDialog::DefaultIdleMinutes);
    minutes->selectAll();
    QTest::keyClicks(minutes, u"0"_s);
    QCOMPARE(minutes->value(), 0);
    QCOMPARE(minutes->specialValueText(), PreferencesDialog::tr("Never"));
    auto *text = dialog->findChild<QLineEdit *>(u"awayText"_s);
    text->selectAll();
    QTest::keyClicks(text, u"back soon"_s);
    QTest::keyClick(text, Qt::Key_Return);

    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(PreferencesDialog::idleMinutes(anna->settings), 0);
    QCOMPARE(PreferencesDialog::awayText(anna->settings), u"back soon"_s);
    QCOMPARE(anna->window.findChild<IdleWatcher *>()->idleTime(), 0ms);
}

QTEST_MAIN(tst_ClientHistoryGui)
#include "tst_client_history_gui.moc"
