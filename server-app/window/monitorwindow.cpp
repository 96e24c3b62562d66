// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorwindow.h"

#include "aboutdialog.h"
#include "accountspanel.h"
#include "chatserver.h"
#include "clientsmodel.h"
#include "endpoint.h"
#include "eventlogmodel.h"
#include "filteredtable.h"
#include "groupsmodel.h"
#include "sqlitestore.h"
#include "listenbar.h"
#include "trafficgraph.h"
#include "trafficmeter.h"

#include <QCloseEvent>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

constexpr int StatusMessageMSecs = 5000;

const QString GeometryKey = u"monitor/geometry"_s;
const QString StateKey = u"monitor/state"_s;
const QString TablesSplitterKey = u"monitor/tablesSplitter"_s;
const QString LogSplitterKey = u"monitor/logSplitter"_s;
const QString ClientsColumnsKey = u"monitor/clientsColumns"_s;
const QString GroupsColumnsKey = u"monitor/groupsColumns"_s;
const QString LogColumnsKey = u"monitor/logColumns"_s;

QGroupBox *panel(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

// A table with a row under it: a text field and the button that acts on it.
QGroupBox *panel(const QString &title, QWidget *table, QLineEdit *field, QPushButton *button)
{
    auto *actions = new QHBoxLayout;
    actions->addWidget(field, 1);
    actions->addWidget(button);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addLayout(actions);
    return panel(title, content);
}

// Each column as wide as its title (with room for the sort arrow), or as its widest sample.
void setColumnWidths(QTableView *view, std::initializer_list<std::pair<int, QString>> samples)
{
    const QFontMetrics header = view->horizontalHeader()->fontMetrics();
    for (const auto &[column, sample] : samples) {
        const QString title =
                view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        view->setColumnWidth(column,
                             std::max(header.horizontalAdvance(title) + 22,
                                      view->fontMetrics().horizontalAdvance(sample) + 10));
    }
}

} // namespace

MonitorWindow::MonitorWindow(ChatServer &server, QSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_server(server),
      m_settings(settings),
      m_clients(new ClientsModel(server, this)),
      m_groups(new GroupsModel(server, this)),
      m_log(new EventLogModel(server.log(), EventLogModel::DefaultCapacity, this)),
      m_traffic(new TrafficMeter([&server] { return server.messagesAccepted(); }, this)),
      m_listenBar(new ListenBar)
{
    setWindowIcon(QIcon(u":/icons/chinwag-server.svg"_s));
    m_listenBar->setObjectName(u"listenBar"_s);

    m_tablesSplitter = new QSplitter(Qt::Horizontal);
    m_tablesSplitter->setObjectName(u"tablesSplitter"_s);
    m_tablesSplitter->addWidget(createClientsPanel());
    auto *side = new QSplitter(Qt::Vertical);
    side->setObjectName(u"sideSplitter"_s);
    side->addWidget(createGroupsPanel());
    if (server.store())
        side->addWidget(new AccountsPanel(server));
    m_tablesSplitter->addWidget(side);
    m_tablesSplitter->setStretchFactor(0, 3);
    m_tablesSplitter->setStretchFactor(1, 2);
    m_tablesSplitter->setSizes({ 800, 420 });
    m_logSplitter = new QSplitter(Qt::Vertical);
    m_logSplitter->setObjectName(u"logSplitter"_s);
    m_logSplitter->addWidget(m_tablesSplitter);
    m_logSplitter->addWidget(createLogPanel());
    m_logSplitter->setStretchFactor(0, 3);
    m_logSplitter->setStretchFactor(1, 2);
    m_logSplitter->setSizes({ 420, 260 });

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    if (!server.historyError().isEmpty()) {
        auto *historyError = new QLabel(
                tr("%1. The server runs without a history: HISTORY is refused, there are no "
                   "accounts, and messages to users who are offline are not held.")
                        .arg(server.historyError()));
        historyError->setObjectName(u"historyError"_s);
        historyError->setWordWrap(true);
        historyError->setTextFormat(Qt::PlainText);
        historyError->setStyleSheet(u"QLabel { color: #b00020; }"_s);
        layout->addWidget(historyError);
    }
    layout->addWidget(m_listenBar);
    layout->addWidget(m_logSplitter, 1);
    setCentralWidget(central);
    createMenus();
    createStatusBar();
    restoreLayout();

    connect(m_listenBar, &ListenBar::startRequested, this, &MonitorWindow::startListening);
    connect(m_listenBar, &ListenBar::stopRequested, this, &MonitorWindow::stop);
    connect(&server, &ChatServer::listeningChanged, this, &MonitorWindow::showListening);
    connect(&server, &ChatServer::stopped, this, &MonitorWindow::showStopped);
    showListening(server.isListening());
}

bool MonitorWindow::startListening(const QHostAddress &address, quint16 port)
{
    m_listenBar->setEndpoint(address, port);
    if (m_server.listen(address, port))
        return true;
    m_listenBar->showError(tr("Could not listen on %1: %2. Choose another port (or 0 for any "
                              "free one) and press Start.")
                                   .arg(endpointText(address, port), m_server.errorString()));
    statusBar()->showMessage(tr("Could not listen on %1").arg(endpointText(address, port)),
                             StatusMessageMSecs);
    return false;
}

QWidget *MonitorWindow::createClientsPanel()
{
    m_clientsTable = new FilteredTable(m_clients, ClientsModel::SortRole,
                                       tr("Filter clients by name, address or group"));
    m_clientsTable->view()->setObjectName(u"clientsView"_s);
    m_clientsTable->filter()->setObjectName(u"clientsFilter"_s);
    setColumnWidths(m_clientsTable->view(),
                    { { ClientsModel::Name, u"jerry_the_third"_s },
                      { ClientsModel::Address, u"127.0.0.1:00000"_s },
                      { ClientsModel::ConnectedSince, u"00:00:00"_s },
                      { ClientsModel::Groups, u"friends, team"_s },
                      { ClientsModel::MessagesIn, u"00000"_s },
                      { ClientsModel::MessagesOut, u"00000"_s },
                      { ClientsModel::BytesIn, u"000.00 KiB"_s } });

    m_kickReason = new QLineEdit;
    m_kickReason->setObjectName(u"kickReason"_s);
    m_kickReason->setPlaceholderText(tr("Reason, which the client is told"));
    m_kickButton = new QPushButton(QIcon(u":/icons/actions/kick.svg"_s), tr("&Kick"));
    m_kickButton->setObjectName(u"kickButton"_s);
    m_kickButton->setToolTip(tr("Close the selected client's connection, telling it the reason"));
    connect(m_kickButton, &QPushButton::clicked, this, &MonitorWindow::kickSelected);
    connect(m_kickReason, &QLineEdit::returnPressed, this, &MonitorWindow::kickSelected);
    connect(m_clientsTable->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MonitorWindow::updateKickButton);
    updateKickButton();
    return panel(tr("Clients"), m_clientsTable, m_kickReason, m_kickButton);
}

QWidget *MonitorWindow::createGroupsPanel()
{
    m_groupsTable = new FilteredTable(m_groups, GroupsModel::SortRole,
                                      tr("Filter groups by name or member"));
    m_groupsTable->view()->setObjectName(u"groupsView"_s);
    m_groupsTable->filter()->setObjectName(u"groupsFilter"_s);
    setColumnWidths(m_groupsTable->view(),
                    { { GroupsModel::Name, u"friends_club"_s },
                      { GroupsModel::Owner, u"jerry_third"_s },
                      { GroupsModel::MemberCount, u"000"_s } });

    m_notice = new QLineEdit;
    m_notice->setObjectName(u"noticeEdit"_s);
    m_notice->setPlaceholderText(tr("A notice to every client"));
    m_noticeButton = new QPushButton(QIcon(u":/icons/actions/notice.svg"_s), tr("Send &notice"));
    m_noticeButton->setObjectName(u"noticeButton"_s);
    m_noticeButton->setEnabled(false);
    connect(m_notice, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_noticeButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_noticeButton, &QPushButton::clicked, this, &MonitorWindow::sendNotice);
    connect(m_notice, &QLineEdit::returnPressed, this, &MonitorWindow::sendNotice);
    return panel(tr("Groups"), m_groupsTable, m_notice, m_noticeButton);
}

QWidget *MonitorWindow::createLogPanel()
{
    m_logTable = new FilteredTable(m_log, Qt::DisplayRole, tr("Filter the event log"));
    m_logTable->view()->setObjectName(u"logView"_s);
    m_logTable->filter()->setObjectName(u"logFilter"_s);
    // The log reads in the order things happened; the newest comes last.
    m_logTable->view()->setSortingEnabled(false);
    setColumnWidths(
            m_logTable->view(),
            { { EventLogModel::Time, u"00:00:00.000"_s },
              { EventLogModel::Kind, EventLogModel::kindName(LogRecord::Kind::Disconnect) } });

    // Follow the newest record while the view is scrolled to the bottom.
    QTableView *view = m_logTable->view();
    auto following = std::make_shared<bool>(true);
    connect(m_logTable->proxy(), &QAbstractItemModel::rowsAboutToBeInserted, view,
            [view, following] {
                const QScrollBar *bar = view->verticalScrollBar();
                *following = bar->value() == bar->maximum();
            });
    connect(m_logTable->proxy(), &QAbstractItemModel::rowsInserted, view, [view, following] {
        if (*following)
            view->scrollToBottom();
    });
    return panel(tr("Event log"), m_logTable);
}

void MonitorWindow::createMenus()
{
    QMenu *serverMenu = menuBar()->addMenu(tr("&Server"));
    QAction *quit = serverMenu->addAction(QIcon(u":/icons/actions/quit.svg"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about =
            helpMenu->addAction(QIcon(u":/icons/actions/about.svg"_s), tr("&About Chinwag Server"));
    connect(about, &QAction::triggered, this, &MonitorWindow::showAbout);
}

void MonitorWindow::createStatusBar()
{
    m_clientCount = new QLabel;
    m_clientCount->setObjectName(u"clientCountLabel"_s);
    m_groupCount = new QLabel;
    m_groupCount->setObjectName(u"groupCountLabel"_s);
    m_rate = new QLabel;
    m_rate->setObjectName(u"rateLabel"_s);
    m_historyFigures = new QLabel;
    m_historyFigures->setObjectName(u"historyLabel"_s);
    if (const SqliteStore *history = m_server.history()) {
        m_historyFigures->setToolTip(
                history->path() == SqliteStore::temporaryPath()
                        ? tr("The history, kept only while the server runs: messages stored, "
                             "messages held for users who are offline, and the database's size")
                        : tr("The history in %1: messages stored, messages held for users who "
                             "are offline, and the database's size")
                                  .arg(QDir::toNativeSeparators(history->path())));
    }
    auto *graph = new TrafficGraph(*m_traffic);
    graph->setObjectName(u"trafficGraph"_s);
    for (QLabel *label : { m_clientCount, m_groupCount, m_rate, m_historyFigures }) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    statusBar()->addPermanentWidget(graph);

    // The models batch their changes per pass of the event loop, so the counts follow them.
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_clients),
                                       static_cast<QAbstractItemModel *>(m_groups) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MonitorWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MonitorWindow::updateCounts);
    }
    connect(m_traffic, &TrafficMeter::sampled, this, &MonitorWindow::updateCounts);
    // The file's size is read from the disk: once a second, with the traffic, is plenty.
    connect(m_traffic, &TrafficMeter::sampled, this, &MonitorWindow::updateHistoryFigures);
    updateCounts();
    updateHistoryFigures();
}

void MonitorWindow::showListening(bool listening)
{
    if (listening) {
        const QString endpoint = endpointText(m_server.serverAddress(), m_server.serverPort());
        m_listenBar->showListening(endpoint);
        setWindowTitle(tr("Chinwag Server — %1").arg(endpoint));
    } else if (m_server.isStopping()) {
        m_listenBar->showStopping();
    } else {
        showStopped();
    }
}

void MonitorWindow::showStopped()
{
    m_listenBar->showStopped();
    setWindowTitle(tr("Chinwag Server — stopped"));
}

void MonitorWindow::stop()
{
    m_server.stop();
}

void MonitorWindow::kickSelected()
{
    const QModelIndexList selected = m_clientsTable->view()->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QModelIndex row = selected.first();
    const quint64 id = row.data(ClientsModel::ConnectionIdRole).toULongLong();
    const QString who =
            tr("%1 (%2)").arg(row.siblingAtColumn(ClientsModel::Name).data().toString(),
                              row.siblingAtColumn(ClientsModel::Address).data().toString());
    if (!m_server.kick(id, m_kickReason->text())) {
        statusBar()->showMessage(tr("Could not kick %1: the reason may hold only printable "
                                    "characters")
                                         .arg(who),
                                 StatusMessageMSecs);
        return;
    }
    m_kickReason->clear();
    statusBar()->showMessage(tr("Kicked %1").arg(who), StatusMessageMSecs);
}

void MonitorWindow::sendNotice()
{
    if (!m_server.sendNotice(m_notice->text())) {
        statusBar()->showMessage(tr("A notice may hold only printable characters"),
                                 StatusMessageMSecs);
        return;
    }
    m_notice->clear();
    statusBar()->showMessage(tr("Notice sent to %n client(s)", nullptr, m_server.clientCount()),
                             StatusMessageMSecs);
}

void MonitorWindow::updateKickButton()
{
    m_kickButton->setEnabled(m_clientsTable->view()->selectionModel()->hasSelection());
}

void MonitorWindow::updateCounts()
{
    // The exercise's words for the first.
    m_clientCount->setText(tr("Total Clients = %1").arg(m_server.clientCount()));
    m_groupCount->setText(tr("Groups = %1").arg(m_server.groupCount()));
    m_rate->setText(tr("%1 messages/s").arg(QLocale().toString(m_traffic->current(), 'f', 1)));
}

void MonitorWindow::updateHistoryFigures()
{
    const SqliteStore *history = m_server.history();
    if (!history) {
        m_historyFigures->setText(tr("No history"));
        return;
    }
    const QLocale locale;
    QString figures = tr("History: %1 stored, %2 held, %3")
                              .arg(locale.toString(history->messageCount()),
                                   locale.toString(history->heldCount()),
                                   locale.formattedDataSize(history->sizeOnDisk()));
    if (history->prunedCount() > 0)
        figures = tr("%1, %2 removed by retention")
                          .arg(figures, locale.toString(history->prunedCount()));
    const QString error = history->writeError();
    // Red for as long as nothing reaches the disk; back to normal once writing resumes.
    m_historyFigures->setText(error.isEmpty() ? figures
                                              : tr("%1 (not written: %2)").arg(figures, error));
    m_historyFigures->setStyleSheet(error.isEmpty() ? QString() : u"QLabel { color: #b00020; }"_s);
}

void MonitorWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->value(GeometryKey).toByteArray()))
        resize(1240, 760);
    restoreState(m_settings->value(StateKey).toByteArray());
    m_tablesSplitter->restoreState(m_settings->value(TablesSplitterKey).toByteArray());
    m_logSplitter->restoreState(m_settings->value(LogSplitterKey).toByteArray());
    for (const auto &[table, key] :
         { std::pair(m_clientsTable, ClientsColumnsKey), std::pair(m_groupsTable, GroupsColumnsKey),
           std::pair(m_logTable, LogColumnsKey) }) {
        QHeaderView *header = table->view()->horizontalHeader();
        if (!header->restoreState(m_settings->value(key).toByteArray()))
            continue;
        // The header only shows the sort order it restored; the rows follow it here.
        if (table->view()->isSortingEnabled())
            table->view()->sortByColumn(header->sortIndicatorSection(),
                                        header->sortIndicatorOrder());
    }
}

void MonitorWindow::saveLayout()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->setValue(TablesSplitterKey, m_tablesSplitter->saveState());
    m_settings->setValue(LogSplitterKey, m_logSplitter->saveState());
    m_settings->setValue(ClientsColumnsKey,
                         m_clientsTable->view()->horizontalHeader()->saveState());
    m_settings->setValue(GroupsColumnsKey, m_groupsTable->view()->horizontalHeader()->saveState());
    m_settings->setValue(LogColumnsKey, m_logTable->view()->horizontalHeader()->saveState());
}

void MonitorWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MonitorWindow::showAbout()
{
    AboutDialog about(tr("Chinwag Server"),
                      tr("A chat server for people on one network, and a window to watch it: "
                         "who is connected, the groups they talk in, the traffic and the "
                         "history."),
                      QIcon(u":/icons/chinwag-server.svg"_s), this);
    about.exec();
}

} // namespace Chinwag
