// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
QT_END_NAMESPACE

namespace Chinwag {

class ChatServer;
class ClientsModel;
class EventLogModel;
class FilteredTable;
class GroupsModel;
class ListenBar;
class TrafficMeter;

// The server's monitor: where it listens, with Start and Stop; its live clients and groups; its
// event log; kicking a client and sending a notice; and, in the status bar, the clients, the
// groups, the messages per second and the history's figures. It reads the server through the core's
// models and calls its public API; it never touches a socket. Its size, its splitters and its
// tables' columns are kept in the settings when it closes, and restored when it opens.
class MonitorWindow : public QMainWindow
{
    Q_OBJECT

public:
    MonitorWindow(ChatServer &server, QSettings *settings, QWidget *parent = nullptr);

    // Fills in the address and port, and starts listening there; if that fails, the window says
    // why and lets another port be chosen.
    bool startListening(const QHostAddress &address, quint16 port);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createClientsPanel();
    QWidget *createGroupsPanel();
    QWidget *createLogPanel();
    void createMenus();
    void createStatusBar();

    void showListening(bool listening);
    void showStopped();
    void stop();
    void kickSelected();
    void sendNotice();
    void updateKickButton();
    void updateCounts();
    void updateHistoryFigures();
    void showAbout();
    void restoreLayout();
    void saveLayout();

    ChatServer &m_server;
    QSettings *m_settings;
    ClientsModel *m_clients;
    GroupsModel *m_groups;
    EventLogModel *m_log;
    TrafficMeter *m_traffic;

    ListenBar *m_listenBar;
    FilteredTable *m_clientsTable = nullptr;
    FilteredTable *m_groupsTable = nullptr;
    FilteredTable *m_logTable = nullptr;
    QSplitter *m_tablesSplitter = nullptr;
    QSplitter *m_logSplitter = nullptr;
    QLineEdit *m_kickReason = nullptr;
    QPushButton *m_kickButton = nullptr;
    QLineEdit *m_notice = nullptr;
    QPushButton *m_noticeButton = nullptr;
    QLabel *m_clientCount = nullptr;
    QLabel *m_groupCount = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_historyFigures = nullptr;
};

} // namespace Chinwag
