// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatwindow.h"

#include "autoaway.h"
#include "certificatedialog.h"
#include "connectdialog.h"
#include "connectionbanner.h"
#include "conversationdelegate.h"
#include "conversationsearch.h"
#include "grouppanel.h"
#include "launchoptions.h"
#include "messagecomposer.h"
#include "messagedelegate.h"
#include "messageinput.h"
#include "messageview.h"
#include "newgroupdialog.h"
#include "notifier.h"
#include "pendinglinesbar.h"
#include "preferencesdialog.h"
#include "quickswitcher.h"
#include "searchbar.h"
#include "typinglabel.h"
#include "userdelegate.h"

#include <aboutdialog.h>
#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <errormessages.h>
#include <messagemodel.h>
#include <namerules.h>
#include <userlistmodel.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

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

ChatWindow::ChatWindow(ChatSession *session, QSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_client(session->client()),
      m_settings(settings),
      m_notifier(new Notifier(this))
{
    setObjectName(u"chatWindow"_s);
    createLayout();
    createActions();
    bindClient();
    m_autoAway = new AutoAway(m_client, m_settings, QCoreApplication::instance(), this);
    restoreLayout();
    openConversation(Conversation::everyone());
    updateStatus();
    updateTitle();
}

ChatWindow::~ChatWindow() = default;

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

    m_title = new QLabel(this);
    m_title->setObjectName(u"conversationTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"conversationSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 8);
    headerLayout->setSpacing(1);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_banner = new ConnectionBanner(m_client, this);
    m_messages = new MessageView(this);
    m_messages->setObjectName(u"messageView"_s);
    m_searchBar = new SearchBar(this);
    m_search = new ConversationSearch(m_messages, m_searchBar, this);
    m_typing = new TypingLabel(m_session->typing(), this);
    m_pending = new PendingLinesBar(m_session->pacer(), this);
    m_composer = new MessageComposer(this);
    m_composer->setObjectName(u"composer"_s);
    m_composer->input()->setNameSource([this] { return completionNames(); });

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    centerLayout->addWidget(header);
    centerLayout->addWidget(rule);
    centerLayout->addWidget(m_banner);
    centerLayout->addWidget(m_searchBar);
    centerLayout->addWidget(m_messages, 1);
    centerLayout->addWidget(m_typing);
    centerLayout->addWidget(m_pending);
    centerLayout->addWidget(m_composer);

    m_groupPanel = new GroupPanel(m_session, this);
    m_onlineTitle = new QLabel(this);
    m_onlineTitle->setObjectName(u"onlineTitle"_s);
    QFont onlineFont = m_onlineTitle->font();
    onlineFont.setBold(true);
    m_onlineTitle->setFont(onlineFont);
    m_onlineTitle->setContentsMargins(10, 8, 10, 2);
    m_users = new QListView(this);
    m_users->setObjectName(u"usersList"_s);
    m_users->setModel(m_session->users());
    m_users->setItemDelegate(new UserDelegate(m_users));
    m_users->setFrameShape(QFrame::NoFrame);
    m_users->setMouseTracking(true);
    m_users->setToolTip(tr("Double-click someone to talk to them alone."));
    auto *people = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->setSpacing(0);
    peopleLayout->addWidget(m_groupPanel, 2);
    auto *peopleRule = new QFrame(this);
    peopleRule->setFrameShape(QFrame::HLine);
    peopleRule->setFrameShadow(QFrame::Sunken);
    peopleLayout->addWidget(peopleRule);
    peopleLayout->addWidget(m_onlineTitle);
    peopleLayout->addWidget(m_users, 3);
    people->setMinimumWidth(200);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_conversationList);
    m_splitter->addWidget(center);
    m_splitter->addWidget(people);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({ 220, 640, 240 });
    setCentralWidget(m_splitter);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(u"nameLabel"_s);
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_serverLabel, 1);
    statusBar()->addPermanentWidget(m_nameLabel);

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
    connect(conversations, &QAbstractItemModel::dataChanged, this, &ChatWindow::updateComposer);
    connect(m_users, &QListView::activated, this, [this](const QModelIndex &index) {
        openConversation(Conversation::direct(index.data(UserListModel::NameRole).toString()));
        m_composer->setFocus();
    });
    connect(m_session->users(), &QAbstractItemModel::rowsInserted, this, &ChatWindow::updateHeader);
    connect(m_session->users(), &QAbstractItemModel::rowsRemoved, this, &ChatWindow::updateHeader);
    connect(m_session->users(), &QAbstractItemModel::modelReset, this, &ChatWindow::updateHeader);
    connect(m_session->users(), &QAbstractItemModel::dataChanged, this, &ChatWindow::updateHeader);
    connect(conversations, &QAbstractItemModel::dataChanged, this, &ChatWindow::updateHeader);
    connect(m_composer, &MessageComposer::submitted, this, &ChatWindow::submit);
    connect(m_composer->input(), &MessageInput::typed, this, [this] {
        if (!m_composer->text().trimmed().isEmpty()
            && m_session->conversations()->isActive(m_current))
            m_client->sendTyping(m_current);
    });
    connect(m_messages, &MessageView::topReached, this,
            [this] { m_session->loadOlder(m_current); });
    connect(m_session, &ChatSession::historyLoaded, this, [this](const Conversation &conversation) {
        // On the first page, the user reads from the first message they have not seen.
        const MessageModel *messages = m_session->conversations()->messages(conversation);
        if (conversation == m_current && messages && m_messages->model() == messages
            && m_messages->isFollowing())
            showFirstUnread(messages);
    });
    connect(m_session, &ChatSession::historyLoadingChanged, this,
            [this](const Conversation &conversation, bool loading) {
                const QString text = tr("Loading earlier messages…");
                if (loading && conversation == m_current)
                    statusBar()->showMessage(text);
                else if (!loading && statusBar()->currentMessage() == text)
                    statusBar()->clearMessage();
            });
    connect(m_search, &ConversationSearch::closed, this, [this] { m_composer->setFocus(); });
    connect(m_messages, &MessageView::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_messages, &MessageView::resendRequested, this, &ChatWindow::resend);
    connect(m_groupPanel, &GroupPanel::newGroupRequested, this, &ChatWindow::showNewGroupDialog);
    connect(m_banner, &ConnectionBanner::connectRequested, this, [this] { showConnectDialog(); });
}

void ChatWindow::createActions()
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    m_connectAction = chat->addAction(themedIcon(u"network-connect"_s, u"connect"_s),
                                      tr("&Connect…"), this, [this] { showConnectDialog(); });
    m_connectAction->setObjectName(u"connectAction"_s);
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
    connect(m_client, &ChatClient::stateChanged, this, [this] {
        updateStatus();
        updateComposer();
    });
    connect(m_client, &ChatClient::registered, this, [this] {
        m_client->settings().save(*m_settings);
        m_composer->setMaxLineBytes(m_client->maxLineBytes());
        updateStatus();
        updateHeader();
    });
    connect(m_client, &ChatClient::nameChanged, this, &ChatWindow::updateStatus);
    connect(m_client, &ChatClient::nameRefused, this, [this](const ProtocolError &error) {
        showConnectDialog(ErrorMessages::describe(error));
    });
    connect(m_client, &ChatClient::passwordRefused, this, [this](const ProtocolError &error) {
        showConnectDialog(ErrorMessages::describe(error), ConnectDialog::Field::Password);
    });
    connect(m_client, &ChatClient::certificateNeedsTrust, this, &ChatWindow::askToTrust);
    connect(m_client, &ChatClient::groupMade, this,
            [this](const QString &group, const QString &creator) {
                // The group the user just made opens, ready to talk in.
                if (NameRules::key(creator) == NameRules::key(m_client->name()))
                    openConversation(Conversation::group(group));
            });
    connect(m_client, &ChatClient::commandFailed, this,
            [this](const Command &, const ProtocolError &error) {
                statusBar()->showMessage(ErrorMessages::describe(error), 8000);
            });
    connect(m_session, &ChatSession::messageArrived, this, &ChatWindow::notifyOfMessage);
    connect(m_client, &ChatClient::awayChanged, this, [this](bool away) {
        m_awayAction->setChecked(away);
        updateStatus();
    });
}

void ChatWindow::start(const LaunchOptions &options)
{
    show();
    m_composer->setFocus();
    if (!options.connectAtOnce) {
        askToConnect(options.settings, {});
        return;
    }
    m_client->connectToServer(options.settings);
    if (options.message.isEmpty())
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
    askToConnect(m_client->settings().isComplete() ? m_client->settings()
                                                   : ConnectSettings::load(*m_settings),
                 error, field);
}

void ChatWindow::askToConnect(const ConnectSettings &settings, const QString &error,
                              ConnectDialog::Field field)
{
    if (!m_connectDialog) {
        m_connectDialog = new ConnectDialog(this);
        m_connectDialog->setWindowModality(Qt::WindowModal);
        connect(m_connectDialog, &QDialog::accepted, this, [this] {
            const ConnectSettings settings = m_connectDialog->settings();
            settings.save(*m_settings);
            m_client->connectToServer(settings);
        });
    }
    m_connectDialog->setSettings(settings);
    m_connectDialog->setError(error, field);
    m_connectDialog->open();
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
    ConversationListModel *conversations = m_session->conversations();
    MessageModel *messages = conversations->messages(conversation);
    if (!messages)
        return;
    // A peer who changed name keeps the conversation, and what is being typed to them.
    const QAbstractItemModel *shown =
            m_search->isOpen() ? m_search->messages() : m_messages->model();
    const bool another = m_current != conversation && shown != messages;
    if (another) {
        m_drafts.insert(m_current, m_composer->text());
        m_composer->setText(m_drafts.take(conversation));
        m_search->close();
    }
    m_current = conversation;
    m_session->setCurrentConversation(conversation);
    if (!m_search->isOpen() && m_messages->model() != messages)
        m_messages->setModel(messages);
    m_typing->setConversation(conversation);
    if (another)
        showFirstUnread(messages);
    m_groupPanel->setConversation(conversation);
    m_composer->setConversation(conversation, titleOf(conversation));
    updateHeader();
    updateComposer();
    updateTitle();
}

void ChatWindow::submit(const QString &text)
{
    const qsizetype lines = ChatSession::messageLines(text).size();
    if (lines <= ConfirmLines) {
        m_session->sendText(m_current, text);
        return;
    }
    // A long paste is easy to make by mistake, and takes a while to go out.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send %1 Messages?").arg(lines),
                                tr("The text has %1 lines. Each line goes as its own message, a "
                                   "few every second, to %2.")
                                        .arg(lines)
                                        .arg(titleOf(m_current)),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmPaste"_s);
    box->addButton(tr("&Send All"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Conversation to = m_current;
    connect(box, &QMessageBox::accepted, this, [this, to, text] { m_session->sendText(to, text); });
    connect(box, &QMessageBox::rejected, this, [this, text] {
        if (m_composer->text().isEmpty())
            m_composer->setText(text);
    });
    box->open();
}

void ChatWindow::resend(const QModelIndex &index)
{
    MessageModel *messages = m_session->conversations()->messages(m_current);
    const QModelIndex source = m_search->toMessage(index);
    if (!messages || source.model() != messages)
        return;
    const QString text = source.data(MessageModel::TextRole).toString();
    messages->removeEntry(source.row());
    m_session->sendText(m_current, text);
}

QStringList ChatWindow::completionNames() const
{
    QStringList names;
    switch (m_current.kind) {
    case Kind::Everyone:
        names = m_session->users()->names();
        break;
    case Kind::Direct:
        names = { m_current.name };
        break;
    case Kind::Group:
        if (const UserListModel *members = m_session->conversations()->members(m_current))
            names = members->names();
        break;
    }
    const QString me = NameRules::key(m_client->name());
    names.removeIf([&me](const QString &name) { return NameRules::key(name) == me; });
    return names;
}

void ChatWindow::showFirstUnread(const MessageModel *messages)
{
    if (messages->unreadMarker() != 0)
        m_messages->showFromLine(messages->index(messages->rowOfId(messages->unreadMarker())));
}

void ChatWindow::showSearch()
{
    m_search->open(m_session->conversations()->messages(m_current));
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

QString ChatWindow::titleOf(const Conversation &conversation) const
{
    switch (conversation.kind) {
    case Kind::Everyone:
        return tr("Everyone");
    case Kind::Direct:
        return conversation.name;
    case Kind::Group:
        return u"#"_s + conversation.name;
    }
    Q_UNREACHABLE();
}

void ChatWindow::updateHeader()
{
    m_title->setText(titleOf(m_current));
    const int online = m_session->users()->rowCount();
    m_onlineTitle->setText(tr("Online · %1").arg(online));
    QString subtitle;
    switch (m_current.kind) {
    case Kind::Everyone:
        subtitle = m_client->isOnline() ? tr("Everyone on this server · %1 online").arg(online)
                                        : tr("Everyone on this server");
        break;
    case Kind::Direct: {
        const int row = m_session->users()->rowOf(m_current.name);
        if (row < 0)
            subtitle = tr("Not online: messages are kept for them if they have been here before.");
        else if (m_session->users()->user(row).away)
            subtitle = tr("Away");
        else
            subtitle = tr("Online");
        break;
    }
    case Kind::Group: {
        const UserListModel *members = m_session->conversations()->members(m_current);
        subtitle = m_session->conversations()->isActive(m_current)
                ? tr("Private group of %1").arg(members ? members->rowCount() : 0)
                : tr("You are no longer in this group.");
        break;
    }
    }
    m_subtitle->setText(subtitle);
}

void ChatWindow::updateStatus()
{
    const State state = m_client->state();
    QString text;
    QColor dot;
    switch (state) {
    case State::Disconnected:
        text = tr("Disconnected");
        dot = QColor(0x9e, 0x9e, 0x9e);
        break;
    case State::Connecting:
        text = tr("Connecting…");
        dot = QColor(0xf9, 0xa8, 0x25);
        break;
    case State::Registering:
        text = tr("Signing in…");
        dot = QColor(0xf9, 0xa8, 0x25);
        break;
    case State::Online:
        text = tr("Online");
        dot = QColor(0x2e, 0x7d, 0x32);
        break;
    case State::WaitingToReconnect:
        text = tr("Reconnecting…");
        dot = QColor(0xe6, 0x51, 0x00);
        break;
    }
    m_stateLabel->setText(u"<span style=\"color:%1\">\u25cf</span> %2"_s.arg(dot.name(), text));
    const ConnectSettings &settings = m_client->settings();
    m_serverLabel->setText(
            !settings.isComplete() ? QString()
                    : settings.tls
                    ? tr("Server %1:%2, encrypted").arg(settings.host).arg(settings.port)
                    : tr("Server %1:%2").arg(settings.host).arg(settings.port));
    QString signedIn;
    if (m_client->isOnline()) {
        signedIn = m_client->isAway() ? tr("Signed in as %1 · away").arg(m_client->name())
                                      : tr("Signed in as %1").arg(m_client->name());
    }
    m_nameLabel->setText(signedIn);
    m_nameLabel->setToolTip(m_client->isAway() ? m_client->awayText() : QString());
    m_connectAction->setEnabled(true);
    m_disconnectAction->setEnabled(state != State::Disconnected);
    m_newGroupAction->setEnabled(state == State::Online);
}

void ChatWindow::updateTitle()
{
    const int unread = m_session->conversations()->totalUnread();
    QString title = tr("%1 — Chinwag").arg(titleOf(m_current));
    if (unread > 0)
        title = u"(%1) %2"_s.arg(unread).arg(title);
    setWindowTitle(title);
}

void ChatWindow::updateComposer()
{
    const bool connected = m_client->state() != State::Disconnected;
    const bool active = m_session->conversations()->isActive(m_current);
    m_composer->setEnabled(connected && active);
    if (!connected)
        m_composer->input()->setPlaceholderText(tr("Not connected"));
    else if (!active)
        m_composer->input()->setPlaceholderText(tr("You are no longer in this group"));
    else
        m_composer->input()->setPlaceholderText(tr("Message %1").arg(titleOf(m_current)));
}

void ChatWindow::showNewGroupDialog()
{
    if (!m_client->isOnline())
        return;
    auto *dialog = new NewGroupDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_client->makeGroup(dialog->groupName(), dialog->members()); });
    dialog->open();
}

void ChatWindow::showQuickSwitcher()
{
    auto *switcher = new QuickSwitcher(m_session->conversations(), this);
    switcher->setAttribute(Qt::WA_DeleteOnClose);
    connect(switcher, &QuickSwitcher::conversationChosen, this, [this](const Conversation &c) {
        openConversation(c);
        m_composer->setFocus();
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
    m_session->markRead(m_current);
    saveLayout();
    if (m_client->state() != State::Disconnected)
        m_client->disconnectFromServer();
    event->accept();
}

} // namespace Chinwag
