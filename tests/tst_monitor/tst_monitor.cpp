// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "accountsmodel.h"
#include "clientsmodel.h"
#include "databaselock.h"
#include "eventlogmodel.h"
#include "groupsmodel.h"
#include "monitorwindow.h"
#include "serverlog.h"
#include "testpeer.h"
#include "trafficmeter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

using Peer = std::unique_ptr<TestPeer>;

// A model's rows as text, one cell after another: "anna|friends".
QStringList rowsOf(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

// Each dataChanged() as "top-bottom:left-right".
QStringList changesOf(const QSignalSpy &spy)
{
    QStringList changes;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).toModelIndex();
        const auto bottomRight = signal.at(1).toModelIndex();
        changes.append(u"%1-%2:%3-%4"_s.arg(topLeft.row())
                               .arg(bottomRight.row())
                               .arg(topLeft.column())
                               .arg(bottomRight.column()));
    }
    return changes;
}

} // namespace

// The monitor on a real server core, in one process: its models follow the server in batches,
// and the window shows them and acts on the server.
class tst_Monitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clientsModelAddsTheConnectionsOfOnePassTogether();
    void clientsModelAnnouncesOnlyTheCellsThatChanged();
    void clientsModelRemovesClientsThatLeave();
    void groupsModelFollowsGroups();
    void eventLogKeepsTheNewestRecordsLast();
    void trafficMeterKeepsTheLastMinute();

    void windowShowsClientsAsTheyComeAndGo();
    void windowShowsGroupsAsTheyChange();
    void kickButtonClosesTheSelectedClient();
    void accountsPanelLocksUnlocksAndDeletes();
    void noticeButtonTellsEveryClient();
    void filterBoxesNarrowTheTables();
    void busyPortIsShownAndAnotherPortCanBeChosen();
    void stopAndStartAgain();
    void statusBarShowsTheHistorysFigures();
    void historyThatCannotBeOpenedIsShown();
    void historyThatCannotBeWrittenIsShownInRed();
    void serverWithoutHistorySaysSo();
    void windowKeepsItsLayoutInTheSettings();

private:
    Peer join(const QString &name) { return TestPeer::registered(name, m_server->serverPort()); }
    std::vector<Peer> joinAll(const QStringList &names)
    {
        return TestPeer::registeredAll(names, m_server->serverPort());
    }
    // The window, shown and listening on a free port.
    std::unique_ptr<MonitorWindow> openWindow();
    template<typename T>
    T *child(QWidget &window, const char *name)
    {
        T *found = window.findChild<T *>(QLatin1StringView(name));
        if (!found)
            qWarning("no %s in the window", name);
        return found;
    }
    int rowShowing(QTableView *view, const QString &name);

    std::unique_ptr<ChatServer> m_server;
    // The window's settings, in a file of their own for each test.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_Monitor::init()
{
    m_server = std::make_unique<ChatServer>(ServerConfig{});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"chinwag-server.ini"_s),
                                             QSettings::IniFormat);
}

void tst_Monitor::cleanup()
{
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MonitorWindow> tst_Monitor::openWindow()
{
    auto window = std::make_unique<MonitorWindow>(*m_server, m_settings.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())
        || !window->startListening(QHostAddress::LocalHost, 0))
        return nullptr;
    return window;
}

int tst_Monitor::rowShowing(QTableView *view, const QString &name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void tst_Monitor::clientsModelAddsTheConnectionsOfOnePassTogether()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    ClientsModel model(*m_server);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Given five connections that the kernel completes before the server's loop runs again
    // (waitForConnected blocks this thread, and with it the server), so that the server
    // accepts them all in one pass
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 5; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(sockets.back()->waitForConnected(5000));
    }
    // Then they come as one insertion, at the end
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(rowsOf(model, { ClientsModel::Name }), QStringList(5, u"(unregistered)"_s));
}

void tst_Monitor::clientsModelAnnouncesOnlyTheCellsThatChanged()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    ClientsModel model(*m_server);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rowsOf(model, { ClientsModel::Name, ClientsModel::Groups }),
             QStringList({ u"anna|"_s, u"bob|"_s, u"carol|"_s }));
    model.refreshCounters();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // When anna makes a group of herself and carol, only their Groups cells change.
    peers[0]->send("MAKEGROUP friends carol");
    QCOMPARE(peers[0]->sync(),
             QByteArrayList({ "MADE friends anna carol", "OK MAKEGROUP friends" }));
    model.flush();
    QStringList changes = changesOf(changed);
    changes.sort();
    const QString groups = QString::number(ClientsModel::Groups);
    QCOMPARE(changes, QStringList({ u"0-0:%1-%1"_s.arg(groups), u"2-2:%1-%1"_s.arg(groups) }));
    QCOMPARE(rowsOf(model, { ClientsModel::Name, ClientsModel::Groups }),
             QStringList({ u"anna|friends"_s, u"bob|"_s, u"carol|friends"_s }));

    // The counters change on their own clock, in one signal for the rows next to each other.
    changed.clear();
    peers[1]->send("MSGALL hello");
    QCOMPARE(TestPeer::masked(peers[1]->nextLine()), "OK MSGALL <id> <time>");
    model.refreshCounters();
    QCOMPARE(changesOf(changed),
             QStringList{
                     u"0-2:%1-%2"_s.arg(ClientsModel::MessagesIn).arg(ClientsModel::BytesOut) });
    QCOMPARE(model.index(1, ClientsModel::MessagesIn).data().toULongLong(), 1u);
    QCOMPARE(model.index(0, ClientsModel::MessagesOut).data().toULongLong(), 1u);
    QCOMPARE(model.index(1, ClientsModel::MessagesOut).data().toULongLong(), 0u);
    model.refreshCounters();
    QCOMPARE(changed.size(), 1);

    // Away shows in the name's cell, and nowhere else.
    changed.clear();
    peers[1]->send("AWAY lunch");
    QCOMPARE(peers[1]->nextLine(), "OK AWAY");
    model.flush();
    QCOMPARE(changesOf(changed), QStringList{ u"1-1:0-0"_s });
    QCOMPARE(model.index(1, ClientsModel::Name).data().toString(), u"bob (away)"_s);
    QCOMPARE(model.index(1, ClientsModel::Name).data(Qt::ToolTipRole).toString(), u"Away: lunch"_s);
}

void tst_Monitor::clientsModelRemovesClientsThatLeave()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s, u"dora"_s });
    QVERIFY(!peers.empty());
    ClientsModel model(*m_server);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QList<quint64> ids = m_server->clientIds();

    peers[1]->send("CLOSE");
    peers[3]->socket().abort();
    QVERIFY(peers[1]->waitForDisconnected());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(rowsOf(model, { ClientsModel::Name }), QStringList({ u"anna"_s, u"carol"_s }));
    QVERIFY(removed.size() >= 1 && removed.size() <= 2);
    QCOMPARE(model.rowOf(ids.at(0)), 0);
    QCOMPARE(model.rowOf(ids.at(1)), -1);
    QCOMPARE(model.rowOf(ids.at(2)), 1);
    QCOMPARE(model.rowOf(ids.at(3)), -1);
}

void tst_Monitor::groupsModelFollowsGroups()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    GroupsModel model(*m_server);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<int> columns{ GroupsModel::Name, GroupsModel::Owner, GroupsModel::MemberCount,
                              GroupsModel::Members };

    peers[0]->send("MAKEGROUP friends bob");
    peers[0]->sync();
    peers[2]->send("MAKEGROUP Zoo");
    peers[2]->sync();
    QTRY_COMPARE(rowsOf(model, columns),
                 QStringList({ u"friends|anna|2|anna, bob"_s, u"Zoo|carol|1|carol"_s }));

    peers[1]->send("INVITE friends Carol");
    peers[1]->sync();
    peers[0]->send("NAME Anna");
    peers[0]->sync();
    QTRY_COMPARE(rowsOf(model, columns),
                 QStringList({ u"friends|Anna|3|Anna, bob, carol"_s, u"Zoo|carol|1|carol"_s }));

    // A group with no members left is gone; its name may come back, as a new row.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    peers[2]->send("LEAVE zoo");
    peers[2]->send("MAKEGROUP zoo anna");
    peers[2]->sync();
    QTRY_COMPARE(
            rowsOf(model, columns),
            QStringList({ u"friends|Anna|3|Anna, bob, carol"_s, u"zoo|carol|2|Anna, carol"_s }));
    QCOMPARE(removed.size(), 1);

    // Stopping the server removes every group at once.
    m_server->stop();
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 2);
}

void tst_Monitor::eventLogKeepsTheNewestRecordsLast()
{
    ServerLog log;
    EventLogModel model(log, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    log.add(LogRecord::Kind::Server, u"one"_s);
    log.add(LogRecord::Kind::Connect, u"two"_s);
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(rowsOf(model, { EventLogModel::Kind, EventLogModel::Text }),
             QStringList({ u"Server|one"_s, u"Connect|two"_s }));

    for (const QString &text : { u"three"_s, u"four"_s, u"five"_s, u"six"_s })
        log.add(LogRecord::Kind::Kick, text);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(rowsOf(model, { EventLogModel::Text }),
             QStringList({ u"four"_s, u"five"_s, u"six"_s }));
    QCOMPARE(model.index(2, EventLogModel::Kind).data(EventLogModel::KindRole).toInt(),
             int(LogRecord::Kind::Kick));
    QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"_s)
                    .match(model.index(0, EventLogModel::Time).data().toString())
                    .hasMatch());
}

void tst_Monitor::trafficMeterKeepsTheLastMinute()
{
    quint64 total = 100;
    TrafficMeter meter([&total] { return total; });
    QSignalSpy sampled(&meter, &TrafficMeter::sampled);
    meter.addReading(150, 1000);
    meter.addReading(150, 1000);
    meter.addReading(250, 500);
    QCOMPARE(meter.samples(), QList<double>({ 50.0, 0.0, 200.0 }));
    QCOMPARE(meter.current(), 200.0);
    QCOMPARE(meter.peak(), 200.0);
    QCOMPARE(sampled.size(), 3);
    for (int i = 0; i < 2 * TrafficMeter::Samples; ++i)
        meter.addReading(250 + quint64(i + 1), 1000);
    QCOMPARE(meter.samples().size(), TrafficMeter::Samples);
    QCOMPARE(meter.peak(), 1.0);
}

void tst_Monitor::windowShowsClientsAsTheyComeAndGo()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *view = child<QTableView>(*window, "clientsView");
    auto *count = child<QLabel>(*window, "clientCountLabel");
    QVERIFY(view && count);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    TestPeer stranger;
    QVERIFY(stranger.connectTo(m_server->serverPort()));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ClientsModel::Name).data().toString(), u"(unregistered)"_s);
    QVERIFY(view->model()
                    ->index(0, ClientsModel::Address)
                    .data()
                    .toString()
                    .startsWith(u"127.0.0.1:"_s));
    QVERIFY(stranger.readWelcome());
    stranger.send("NAME anna");
    QCOMPARE(stranger.nextLine(), "OK NAME anna");
    QTRY_COMPARE(view->model()->index(0, ClientsModel::Name).data().toString(), u"anna"_s);

    const Peer bob = join(u"bob"_s);
    QVERIFY(bob);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTRY_COMPARE(count->text(), u"Total Clients = 2"_s);
    stranger.send("CLOSE");
    QVERIFY(stranger.waitForDisconnected());
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ClientsModel::Name).data().toString(), u"bob"_s);
    QTRY_COMPARE(count->text(), u"Total Clients = 1"_s);

    // The event log said so, newest last.
    auto *log = child<QTableView>(*window, "logView");
    QVERIFY(log);
    const QAbstractItemModel *records = log->model();
    QTRY_VERIFY(records->rowCount() >= 2);
    QCOMPARE(records->index(records->rowCount() - 1, EventLogModel::Text).data().toString(),
             u"Total Clients = 1"_s);
    QCOMPARE(records->index(0, EventLogModel::Text).data().toString(),
             u"My server has started on 127.0.0.1:%1"_s.arg(m_server->serverPort()));
}

void tst_Monitor::windowShowsGroupsAsTheyChange()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *view = child<QTableView>(*window, "groupsView");
    auto *count = child<QLabel>(*window, "groupCountLabel");
    QVERIFY(view && count);
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    const QList<int> columns{ GroupsModel::Name, GroupsModel::Owner, GroupsModel::MemberCount,
                              GroupsModel::Members };

    peers[0]->send("MAKEGROUP friends bob");
    peers[0]->sync();
    QTRY_COMPARE(rowsOf(*view->model(), columns), QStringList{ u"friends|anna|2|anna, bob"_s });
    QTRY_COMPARE(count->text(), u"Groups = 1"_s);
    peers[1]->send("INVITE friends carol");
    peers[1]->sync();
    QTRY_COMPARE(rowsOf(*view->model(), columns),
                 QStringList{ u"friends|anna|3|anna, bob, carol"_s });
    // A member who disconnects leaves the group.
    peers[1]->socket().abort();
    QTRY_COMPARE(rowsOf(*view->model(), columns), QStringList{ u"friends|anna|2|anna, carol"_s });
    peers[0]->send("LEAVE friends");
    peers[2]->send("LEAVE friends");
    peers[2]->sync();
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QTRY_COMPARE(count->text(), u"Groups = 0"_s);
}

void tst_Monitor::kickButtonClosesTheSelectedClient()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *view = child<QTableView>(*window, "clientsView");
    auto *reason = child<QLineEdit>(*window, "kickReason");
    auto *kick = child<QPushButton>(*window, "kickButton");
    QVERIFY(view && reason && kick);
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"carol"_s });
    QVERIFY(!peers.empty());
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(!kick->isEnabled());

    // Sorted by name, descending, so that the row clicked is found by what it shows.
    view->sortByColumn(ClientsModel::Name, Qt::DescendingOrder);
    const int row = rowShowing(view, u"bob"_s);
    QCOMPARE(row, 1);
    const QModelIndex bobCell = view->model()->index(row, ClientsModel::Address);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(bobCell).center());
    QVERIFY(kick->isEnabled());
    QTest::keyClicks(reason, u"spamming the lobby"_s);
    QTest::mouseClick(kick, Qt::LeftButton);

    QCOMPARE(peers[1]->nextLine(), "BYE KICKED spamming the lobby");
    QVERIFY(peers[1]->waitForDisconnected());
    QCOMPARE(peers[0]->sync(), QByteArrayList{ "LEFT bob kicked: spamming the lobby" });
    QCOMPARE(peers[2]->sync(), QByteArrayList{ "LEFT bob kicked: spamming the lobby" });
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(rowShowing(view, u"bob"_s), -1);
    QVERIFY(reason->text().isEmpty());
}

void tst_Monitor::accountsPanelLocksUnlocksAndDeletes()
{
    ServerConfig config;
    config.passwordCost = PasswordCost::least();
    m_server = std::make_unique<ChatServer>(config);
    const auto window = openWindow();
    QVERIFY(window);
    auto *clients = child<QTableView>(*window, "clientsView");
    auto *view = child<QTableView>(*window, "accountsView");
    auto *lock = child<QPushButton>(*window, "lockAccountButton");
    auto *unlock = child<QPushButton>(*window, "unlockAccountButton");
    auto *remove = child<QPushButton>(*window, "deleteAccountButton");
    QVERIFY(clients && view && lock && unlock && remove);
    // Given anna, signed in on two devices, and bob, a guest
    TestPeer desktop;
    TestPeer laptop;
    QVERIFY(desktop.signInAs(Command::Type::SignUp, u"anna"_s, u"anna-password"_s,
                             m_server->serverPort()));
    QVERIFY(laptop.signInAs(Command::Type::SignIn, u"anna"_s, u"anna-password"_s,
                            m_server->serverPort()));
    const Peer bob = join(u"bob"_s);
    QVERIFY(bob);
    // The clients table tells accounts from guests, and counts an account's connections
    QTRY_COMPARE(clients->model()->rowCount(), 3);
    QStringList who;
    for (int row = 0; row < 3; ++row)
        who.append(clients->model()->index(row, ClientsModel::Identity).data().toString());
    QCOMPARE(who,
             QStringList({ u"account, 2 connections"_s, u"account, 2 connections"_s, u"guest"_s }));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AccountsModel::Name).data().toString(), u"anna"_s);
    QVERIFY(!lock->isEnabled() && !unlock->isEnabled() && !remove->isEnabled());

    // When the operator locks her, both devices are signed out
    const QModelIndex anna = view->model()->index(0, AccountsModel::Name);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(anna).center());
    QVERIFY(lock->isEnabled() && !unlock->isEnabled());
    QTest::mouseClick(lock, Qt::LeftButton);
    QVERIFY(desktop.waitForLine("BYE").startsWith("BYE LOCKED"));
    QVERIFY(laptop.waitForLine("BYE").startsWith("BYE LOCKED"));
    QTRY_COMPARE(view->model()->index(0, AccountsModel::Locked).data().toString(), u"Locked"_s);
    QTRY_VERIFY(unlock->isEnabled());
    TestPeer refused;
    QVERIFY(refused.connectTo(m_server->serverPort()) && refused.readWelcome());
    refused.send(Command::signIn(u"anna"_s, u"anna-password"_s));
    QVERIFY(refused.nextLine().startsWith("ERROR LOCKED"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_VERIFY(!m_server->store()->account(u"anna"_s)->locked);

    // Deleting asks first; Cancel keeps the account, Delete removes it
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *confirm = window->findChild<QMessageBox *>(u"deleteAccountConfirmation"_s);
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(u"read positions"_s));
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(m_server->store()->account(u"anna"_s));
    QTRY_VERIFY(!window->findChild<QMessageBox *>(u"deleteAccountConfirmation"_s));
    QTest::mouseClick(remove, Qt::LeftButton);
    confirm = window->findChild<QMessageBox *>(u"deleteAccountConfirmation"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(!m_server->store()->account(u"anna"_s));
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

void tst_Monitor::noticeButtonTellsEveryClient()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *notice = child<QLineEdit>(*window, "noticeEdit");
    auto *send = child<QPushButton>(*window, "noticeButton");
    QVERIFY(notice && send);
    auto peers = joinAll({ u"anna"_s, u"bob"_s });
    QVERIFY(!peers.empty());
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(notice, u"The server restarts at 18:00 UTC."_s);
    QTest::mouseClick(send, Qt::LeftButton);
    for (const Peer &peer : peers)
        QCOMPARE(peer->sync(), QByteArrayList{ "NOTICE The server restarts at 18:00 UTC." });
    QVERIFY(notice->text().isEmpty());
}

void tst_Monitor::filterBoxesNarrowTheTables()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *clients = child<QTableView>(*window, "clientsView");
    auto *clientsFilter = child<QLineEdit>(*window, "clientsFilter");
    auto *log = child<QTableView>(*window, "logView");
    auto *logFilter = child<QLineEdit>(*window, "logFilter");
    QVERIFY(clients && clientsFilter && log && logFilter);
    auto peers = joinAll({ u"anna"_s, u"bob"_s, u"Bobby"_s });
    QVERIFY(!peers.empty());
    QTRY_COMPARE(clients->model()->rowCount(), 3);

    QTest::keyClicks(clientsFilter, u"BOB"_s);
    QCOMPARE(clients->model()->rowCount(), 2);
    clientsFilter->clear();
    QCOMPARE(clients->model()->rowCount(), 3);

    QTRY_VERIFY(log->model()->rowCount() > 3);
    QTest::keyClicks(logFilter, u"registered as"_s);
    QCOMPARE(log->model()->rowCount(), 3);
}

void tst_Monitor::busyPortIsShownAndAnotherPortCanBeChosen()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    MonitorWindow window(*m_server, m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *error = child<QLabel>(window, "listenError");
    auto *status = child<QLabel>(window, "listenStatus");
    auto *port = child<QSpinBox>(window, "portSpin");
    auto *start = child<QPushButton>(window, "startButton");
    QVERIFY(error && status && port && start);

    QVERIFY(!window.startListening(QHostAddress::LocalHost, occupant.serverPort()));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(
                     u"Could not listen on 127.0.0.1:%1: "_s.arg(occupant.serverPort())),
             qPrintable(error->text()));
    QCOMPARE(status->text(), u"Stopped"_s);
    QVERIFY(start->isEnabled());

    // Another port, typed in, and Start.
    port->selectAll();
    QTest::keyClicks(port, u"0"_s);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(m_server->isListening());
    QVERIFY(!error->isVisible());
    QCOMPARE(status->text(), u"Listening on 127.0.0.1:%1"_s.arg(m_server->serverPort()));
    QVERIFY(!start->isEnabled());
}

void tst_Monitor::stopAndStartAgain()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *status = child<QLabel>(*window, "listenStatus");
    auto *start = child<QPushButton>(*window, "startButton");
    auto *stop = child<QPushButton>(*window, "stopButton");
    auto *clients = child<QTableView>(*window, "clientsView");
    QVERIFY(status && start && stop && clients);
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);

    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(anna->nextLine(), "BYE SHUTDOWN the server is stopping");
    QVERIFY(anna->waitForDisconnected());
    QTRY_COMPARE(status->text(), u"Stopped"_s);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QTRY_COMPARE(clients->model()->rowCount(), 0);

    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(m_server->isListening());
    QVERIFY(join(u"anna"_s));
}

void tst_Monitor::statusBarShowsTheHistorysFigures()
{
    // Given a server whose history is a file, and an account that has signed up and gone
    QTemporaryDir dir;
    ServerConfig config;
    config.dataPath = dir.filePath(u"history.sqlite"_s);
    config.passwordCost = PasswordCost::least();
    m_server = std::make_unique<ChatServer>(config);
    {
        const auto window = openWindow();
        QVERIFY(window);
        auto *figures = child<QLabel>(*window, "historyLabel");
        QVERIFY(figures);
        QVERIFY2(figures->toolTip().contains(config.dataPath), qPrintable(figures->toolTip()));
        QVERIFY(!window->findChild<QLabel *>(u"historyError"_s));
        {
            TestPeer dora;
            QVERIFY(dora.signInAs(Command::Type::SignUp, u"dora"_s, u"dora-password"_s,
                                  m_server->serverPort()));
        }
        QTRY_COMPARE(m_server->clientCount(), 0);

        // When messages are said, and one is held for dora
        auto peers = joinAll({ u"anna"_s, u"bob"_s });
        QVERIFY(!peers.empty());
        peers[0]->send("MSGALL hello");
        peers[1]->send("MSGIND anna hi");
        peers[1]->send("MSGIND dora see you");
        peers[1]->sync();

        // Then the status bar counts them, with the database's size, within its refresh
        const QRegularExpression shown(u"^History: 3 stored, 1 held, \\d[\\d.,]* \\S+$"_s);
        QTRY_VERIFY2(shown.match(figures->text()).hasMatch(), qPrintable(figures->text()));
        QVERIFY(m_server->history()->sizeOnDisk() > 0);
    }
    // The history's file goes with the folder.
    m_server.reset();
}

void tst_Monitor::historyThatCannotBeOpenedIsShown()
{
    QTemporaryDir dir;
    QFile notADatabase(dir.filePath(u"history.sqlite"_s));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray(4096, 'x'));
    notADatabase.close();
    ServerConfig config;
    config.dataPath = notADatabase.fileName();
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY(!m_server->history());
    const auto window = openWindow();
    QVERIFY(window);
    auto *error = child<QLabel>(*window, "historyError");
    auto *figures = child<QLabel>(*window, "historyLabel");
    QVERIFY(error && figures);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(m_server->historyError()), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"runs without a history"_s), qPrintable(error->text()));
    QCOMPARE(figures->text(), u"No history"_s);
    // The server runs all the same
    QVERIFY(join(u"anna"_s));
}

void tst_Monitor::historyThatCannotBeWrittenIsShownInRed()
{
    QTemporaryDir dir;
    ServerConfig config;
    config.dataPath = dir.filePath(u"history.sqlite"_s);
    m_server = std::make_unique<ChatServer>(config);
    {
        const auto window = openWindow();
        QVERIFY(window);
        auto *figures = child<QLabel>(*window, "historyLabel");
        QVERIFY(figures);
        QVERIFY(figures->styleSheet().isEmpty());
        // Given another program that holds the database's lock for longer than the writer waits
        auto lock = std::make_unique<DatabaseLock>(config.dataPath);
        QVERIFY(lock->isHeld());
        const auto anna = join(u"anna"_s);
        QVERIFY(anna);
        anna->send("MSGALL not written yet");
        // Then the figures say so in red, with the reason
        QTRY_VERIFY_WITH_TIMEOUT(figures->text().contains(u"not written: "_s), 20000);
        QVERIFY(figures->styleSheet().contains(u"color"_s));
        // And once the lock is let go, they are back to normal
        lock.reset();
        QTRY_VERIFY_WITH_TIMEOUT(figures->styleSheet().isEmpty(), 20000);
        QTRY_VERIFY2(figures->text().startsWith(u"History: 1 stored"_s),
                     qPrintable(figures->text()));
    }
    m_server.reset();
}

void tst_Monitor::serverWithoutHistorySaysSo()
{
    ServerConfig config;
    config.dataPath.clear();
    m_server = std::make_unique<ChatServer>(config);
    const auto window = openWindow();
    QVERIFY(window);
    auto *figures = child<QLabel>(*window, "historyLabel");
    QVERIFY(figures);
    QCOMPARE(figures->text(), u"No history"_s);
    QVERIFY(!window->findChild<QLabel *>(u"historyError"_s));
}

void tst_Monitor::windowKeepsItsLayoutInTheSettings()
{
    // The operator makes the window smaller, moves both splitters, widens the clients' Address
    // column and sorts the clients by name, newest name first, with clicks on its title;
    QSize size;
    QList<int> tables, log;
    int addressWidth = 0;
    {
        const auto window = openWindow();
        QVERIFY(window);
        auto *tablesSplitter = child<QSplitter>(*window, "tablesSplitter");
        auto *logSplitter = child<QSplitter>(*window, "logSplitter");
        auto *clients = child<QTableView>(*window, "clientsView");
        QVERIFY(tablesSplitter && logSplitter && clients);
        window->resize(1000, 640);
        QTRY_COMPARE(window->size(), QSize(1000, 640));
        tablesSplitter->setSizes({ 700, 260 });
        logSplitter->setSizes({ 300, 250 });
        QHeaderView *header = clients->horizontalHeader();
        header->resizeSection(ClientsModel::Address, 210);
        const QPoint nameTitle(header->sectionViewportPosition(ClientsModel::Name)
                                       + header->sectionSize(ClientsModel::Name) / 2,
                               header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameTitle);
        if (header->sortIndicatorOrder() != Qt::DescendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameTitle);
        QCOMPARE(header->sortIndicatorSection(), int(ClientsModel::Name));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        size = window->size();
        tables = tablesSplitter->sizes();
        log = logSplitter->sizes();
        addressWidth = header->sectionSize(ClientsModel::Address);
        QVERIFY(tables != QList<int>({ 800, 420 }));
        QVERIFY(window->close());
    }

    // then closes the window; the next one opens as they left it, with the clients sorted so.
    m_server->stop();
    QTRY_VERIFY(!m_server->isStopping());
    const auto window = openWindow();
    QVERIFY(window);
    const auto peers = joinAll({ u"anna"_s, u"carol"_s, u"bob"_s });
    auto *clients = child<QTableView>(*window, "clientsView");
    QVERIFY(clients);
    QCOMPARE(window->size(), size);
    QCOMPARE(child<QSplitter>(*window, "tablesSplitter")->sizes(), tables);
    QCOMPARE(child<QSplitter>(*window, "logSplitter")->sizes(), log);
    QHeaderView *header = clients->horizontalHeader();
    QCOMPARE(header->sectionSize(ClientsModel::Address), addressWidth);
    QCOMPARE(header->sortIndicatorSection(), int(ClientsModel::Name));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTRY_COMPARE(rowsOf(*clients->model(), { ClientsModel::Name }),
                 (QStringList{ u"carol"_s, u"bob"_s, u"anna"_s }));
}

QTEST_MAIN(tst_Monitor)
#include "tst_monitor.moc"
