// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatwindow.h"

#include "accountmenu.h"
#include "autoaway.h"
#include "certificatedialog.h"
#include "connectionstatus.h"
#include "connectprompt.h"
#include "conversationdelegate.h"
#include "conversationpane.h"
#include "launchoptions.h"
#include "newgroupdialog.h"
#include "notifier.h"
#include "peoplepane.h"
#include "preferencesdialog.h"
#include "quickswitcher.h"

#include <aboutdialog.h>
#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <readpositions.h>
#include <errormessages.h>
#include <namerules.h>

#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace Chinwag {

using namespace Qt::StringLiterals;
using State = ChatClient::State;
using Kind = Conversation::Kind;

namespace {

const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString SplitterKey = u"window/splitter"_s;

QIcon themedIcon(const QString &name, const QString &fallback)
{
    return QIcon::fromTheme(name, QIcon(u":/icons/actions/%1.svg"_s.arg(fallback)));
}

} // namespace

ChatWindow::ChatWindow(ChatSession *session, QSettings *settings, SavedPasswords *passwords,
                       QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_client(session->client()),
      m_settings(settings),
      m_notifier(new Notifier(this)),
      m_prompt(new ConnectPrompt(session, settings, passwords, this))
{
    setObjectName(u"chatWindow"_s);
    createLayout();
    createActions(passwords);
    bindClient();
    m_autoAway = new AutoAway(m_client, m_settings, QCoreApplication::instance(), this);
    restoreLayout();
    openConversation(Conversation::everyone());
    updateActions();
    updateTitle();
}

ChatWindow::~ChatWindow() = default;

Conversation ChatWindow::currentConversation() const
{
    return m_conversation->conversation();
}

void ChatWindow::createLayout()
{
    ConversationListModel *conversations = m_session->conversations();
    m_conversationList = new QListView(this);
    m_conversationList->setObjectName(u"conversationList"_s);
    m_conversationList->setModel(conversations);
    m_conversationList->setItemDelegate(new ConversationDelegate(m_conversationList));
    m_conversationList->setFrameShape(QFrame::NoFrame);
    m_conversationList->setMouseTracking(true);
    m_conversationList->setMinimumWidth(170);
    m_conversationList->setBackgroundRole(QPalette::Window);
    m_conversationList->viewport()->setBackgroundRole(QPalette::Window);
    m_conversation = new ConversationPane(m_session, this);
    m_people = new PeoplePane(m_session, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_conversationList);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_people);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({ 220, 640, 240 });
    setCentralWidget(m_splitter);

    new ConnectionStatus(m_client, statusBar(), this);

    connect(m_conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    showConversation(index.data(ConversationListModel::ConversationRole)
                                             .value<Conversation>());
            });
    connect(conversations, &ConversationListModel::currentChanged, this,
            &ChatWindow::openConversation);
    connect(conversations, &ConversationListModel::totalUnreadChanged, this,
            &ChatWindow::updateTitle);
    connect(m_people, &PeoplePane::conversationRequested, this,
            [this](const Conversation &conversation) {
                openConversation(conversation);
                m_conversation->setFocus();
            });
    connect(m_people, &PeoplePane::newGroupRequested, this, &ChatWindow::showNewGroupDialog);
    connect(m_conversation, &ConversationPane::connectRequested, this,
            [this] { showConnectDialog(); });
    connect(m_session, &ChatSession::historyLoadingChanged, this,
            [this](const Conversation &conversation, bool loading) {
                const QString text = tr("Loading earlier messages…");
                if (loading && conversation == currentConversation())
                    statusBar()->showMessage(text);
                else if (!loading && statusBar()->currentMessage() == text)
                    statusBar()->clearMessage();
            });
}

void ChatWindow::createActions(SavedPasswords *passwords)
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    QAction *connectAction =
            chat->addAction(themedIcon(u"network-connect"_s, u"connect"_s), tr("&Connect…"), this,
                            [this] { showConnectDialog(); });
    connectAction->setObjectName(u"connectAction"_s);
    m_disconnectAction =
            chat->addAction(themedIcon(u"network-disconnect"_s, u"disconnect"_s), tr("&Disconnect"),
                            m_client, &ChatClient::disconnectFromServer);
    m_disconnectAction->setObjectName(u"disconnectAction"_s);
    chat->addSeparator();
    m_newGroupAction = chat->addAction(themedIcon(u"folder-new"_s, u"new-group"_s),
                                       tr("&New Group…"), this, &ChatWindow::showNewGroupDialog);
    m_newGroupAction->setObjectName(u"newGroupAction"_s);
    m_newGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *jump =
            chat->addAction(themedIcon(u"edit-find"_s, u"search"_s), tr("&Jump to Conversation…"),
                            this, &ChatWindow::showQuickSwitcher);
    jump->setObjectName(u"jumpAction"_s);
    jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *find = chat->addAction(themedIcon(u"edit-find"_s, u"search"_s),
                                    tr("&Find in Conversation…"), this, &ChatWindow::showSearch);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    chat->addSeparator();
    m_awayAction = chat->addAction(themedIcon(u"user-away"_s, u"away"_s), tr("Set &Away…"));
    m_awayAction->setObjectName(u"awayAction"_s);
    m_awayAction->setCheckable(true);
    connect(m_awayAction, &QAction::triggered, this, &ChatWindow::setAwayByHand);
    QAction *preferences = chat->addAction(themedIcon(u"configure"_s, u"start"_s),
                                           tr("&Preferences…"), this, &ChatWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    chat->addSeparator();
    QAction *quit = chat->addAction(themedIcon(u"application-exit"_s, u"quit"_s), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_accountMenu = new AccountMenu(m_session, passwords, m_settings, this);
    menuBar()->addMenu(m_accountMenu);
    connect(m_accountMenu, &AccountMenu::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_accountMenu, &AccountMenu::signedOut, this, [this] { showConnectDialog(); });
    connect(m_accountMenu, &AccountMenu::accountDeleted, this, [this] {
        showConnectDialog(ErrorMessages::describeDisconnect({ ErrorCode::AccountDeleted, {} }));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(
            themedIcon(u"help-about"_s, u"about"_s), tr("&About Chinwag Client"), this, [this] {
                auto *dialog = new AboutDialog(tr("Chinwag Client"),
                                               tr("A desktop chat client: talk to everyone on "
                                                  "a Chinwag server, to one person, or in "
                                                  "private groups."),
                                               windowIcon(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    about->setMenuRole(QAction::AboutRole);
}

void ChatWindow::bindClient()
{
    connect(m_client, &ChatClient::stateChanged, this, &ChatWindow::updateActions);
    connect(m_prompt, &ConnectPrompt::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_client, &ChatClient::certificateNeedsTrust, this, &ChatWindow::askToTrust);
    connect(m_client, &ChatClient::groupMade, this,
            [this](const QString &group, const QString &creator) {
                // The group the user just made opens, ready to talk in.
                if (NameRules::key(creator) == NameRules::key(m_client->name()))
                    openConversation(Conversation::group(group));
            });
    // So does the public group the user joined.
    connect(m_client, &ChatClient::memberEntered, this,
            [this](const QString &group, const QString &user) {
                if (NameRules::key(user) == NameRules::key(m_client->name()))
                    openConversation(Conversation::group(group));
            });
    connect(m_client, &ChatClient::commandFailed, this,
            [this](const Command &, const ProtocolError &error) {
                statusBar()->showMessage(ErrorMessages::describe(error), 8000);
            });
    connect(m_session, &ChatSession::messageArrived, this, &ChatWindow::notifyOfMessage);
    connect(m_client, &ChatClient::awayChanged, m_awayAction, &QAction::setChecked);
}

void ChatWindow::start(const LaunchOptions &options)
{
    show();
    m_conversation->setFocus();
    m_prompt->start(options);
    if (!options.connectAtOnce || options.message.isEmpty())
        return;
    // The message goes once the client is registered, into the conversation it opens.
    auto *once = new QObject(this);
    connect(m_client, &ChatClient::registered, once, [this, once, options] {
        openConversation(options.messageTo);
        m_session->sendText(options.messageTo, options.message);
        once->deleteLater();
    });
}

void ChatWindow::showConnectDialog(const QString &error, ConnectDialog::Field field)
{
    m_prompt->ask(error, field);
}

void ChatWindow::askToTrust(const CertificateProblem &problem)
{
    auto *dialog = new CertificateDialog(problem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, m_client, &ChatClient::trustCertificate);
    connect(dialog, &QDialog::rejected, m_client, &ChatClient::distrustCertificate);
    dialog->open();
}

void ChatWindow::openConversation(const Conversation &conversation)
{
    m_session->openConversation(conversation);
    const QModelIndex index = m_session->conversations()->indexOf(conversation);
    if (m_conversationList->currentIndex() != index)
        m_conversationList->setCurrentIndex(index);
    else
        showConversation(conversation);
}

void ChatWindow::showConversation(const Conversation &conversation)
{
    if (!m_session->conversations()->messages(conversation))
        return;
    m_conversation->setConversation(conversation);
    m_people->setConversation(conversation);
    updateTitle();
}

void ChatWindow::showSearch()
{
    m_conversation->showSearch();
}

void ChatWindow::setAwayByHand(bool away)
{
    if (!away) {
        m_client->setBack();
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"awayDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set Away"));
    dialog->setLabelText(tr("What the others read while you are away:"));
    dialog->setTextValue(PreferencesDialog::awayText(*m_settings));
    dialog->setOkButtonText(tr("Set &Away"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &text) { m_client->setAway(text); });
    // Not away after all: the action shows it again.
    connect(dialog, &QDialog::rejected, this,
            [this] { m_awayAction->setChecked(m_client->isAway()); });
    dialog->open();
}

void ChatWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_autoAway, &AutoAway::applySettings);
    dialog->open();
}

void ChatWindow::notifyOfMessage(const Conversation &conversation, const ChatMessage &message)
{
    if (conversation.kind == Kind::Everyone || isActiveWindow())
        return;
    const QString title = conversation.kind == Kind::Direct
            ? message.from
            : tr("%1 in #%2").arg(message.from, conversation.name);
    m_notifier->notify(title, message.text);
}

void ChatWindow::updateActions()
{
    const State state = m_client->state();
    m_disconnectAction->setEnabled(state != State::Disconnected);
    m_newGroupAction->setEnabled(state == State::Online);
}

void ChatWindow::updateTitle()
{
    const int unread = m_session->conversations()->totalUnread();
    QString title = tr("%1 — Chinwag").arg(ConversationPane::titleOf(currentConversation()));
    if (unread > 0)
        title = u"(%1) %2"_s.arg(unread).arg(title);
    setWindowTitle(title);
}

void ChatWindow::showNewGroupDialog()
{
    if (!m_client->isOnline())
        return;
    auto *dialog = new NewGroupDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_client->makeGroup(dialog->groupName(), dialog->members(), dialog->isPublic());
    });
    dialog->open();
}

void ChatWindow::showQuickSwitcher()
{
    auto *switcher = new QuickSwitcher(m_session->conversations(), this);
    switcher->setAttribute(Qt::WA_DeleteOnClose);
    connect(switcher, &QuickSwitcher::conversationChosen, this, [this](const Conversation &c) {
        openConversation(c);
        m_conversation->setFocus();
    });
    switcher->open();
}

void ChatWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->value(GeometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(m_settings->value(StateKey).toByteArray());
    m_splitter->restoreState(m_settings->value(SplitterKey).toByteArray());
}

void ChatWindow::saveLayout()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->setValue(SplitterKey, m_splitter->saveState());
}

void ChatWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // What arrives in the current conversation counts as seen while the window is active.
    if (event->type() == QEvent::ActivationChange)
        m_session->setReading(isActiveWindow());
}

void ChatWindow::closeEvent(QCloseEvent *event)
{
    m_session->markRead(currentConversation());
    m_session->readPositions()->flush();
    saveLayout();
    if (m_client->state() != State::Disconnected)
        m_client->disconnectFromServer();
    event->accept();
}

} // namespace Chinwag
