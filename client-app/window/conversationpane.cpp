// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationpane.h"

#include "connectionbanner.h"
#include "conversationsearch.h"
#include "messagecomposer.h"
#include "messageinput.h"
#include "messageview.h"
#include "pendinglinesbar.h"
#include "searchbar.h"
#include "typinglabel.h"

#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <messagemodel.h>
#include <namerules.h>
#include <userlistmodel.h>

#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Kind = Conversation::Kind;

ConversationPane::ConversationPane(ChatSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_client(session->client())
{
    createLayout();
    setFocusProxy(m_composer);

    ConversationListModel *conversations = session->conversations();
    UserListModel *users = session->users();
    connect(users, &QAbstractItemModel::rowsInserted, this, &ConversationPane::updateHeader);
    connect(users, &QAbstractItemModel::rowsRemoved, this, &ConversationPane::updateHeader);
    connect(users, &QAbstractItemModel::modelReset, this, &ConversationPane::updateHeader);
    connect(users, &QAbstractItemModel::dataChanged, this, &ConversationPane::updateHeader);
    connect(conversations, &QAbstractItemModel::dataChanged, this,
            &ConversationPane::updateComposer);
    connect(conversations, &QAbstractItemModel::dataChanged, this, &ConversationPane::updateHeader);
    connect(m_client, &ChatClient::stateChanged, this, &ConversationPane::updateComposer);
    connect(m_client, &ChatClient::registered, this, [this] {
        m_composer->setMaxLineBytes(m_client->maxLineBytes());
        updateHeader();
    });

    connect(m_composer, &MessageComposer::submitted, this, &ConversationPane::submit);
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
    connect(m_search, &ConversationSearch::closed, this, [this] { m_composer->setFocus(); });
    connect(m_messages, &MessageView::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_messages, &MessageView::resendRequested, this, &ConversationPane::resend);
    connect(m_banner, &ConnectionBanner::connectRequested, this,
            &ConversationPane::connectRequested);
}

void ConversationPane::createLayout()
{
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(rule);
    layout->addWidget(m_banner);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_typing);
    layout->addWidget(m_pending);
    layout->addWidget(m_composer);
}

QString ConversationPane::titleOf(const Conversation &conversation)
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

void ConversationPane::setConversation(const Conversation &conversation)
{
    MessageModel *messages = m_session->conversations()->messages(conversation);
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
    m_composer->setConversation(conversation, titleOf(conversation));
    updateHeader();
    updateComposer();
}

void ConversationPane::showSearch()
{
    m_search->open(m_session->conversations()->messages(m_current));
}

void ConversationPane::submit(const QString &text)
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

void ConversationPane::resend(const QModelIndex &index)
{
    MessageModel *messages = m_session->conversations()->messages(m_current);
    const QModelIndex source = m_search->toMessage(index);
    if (!messages || source.model() != messages)
        return;
    const QString text = source.data(MessageModel::TextRole).toString();
    messages->removeEntry(source.row());
    m_session->sendText(m_current, text);
}

QStringList ConversationPane::completionNames() const
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

void ConversationPane::showFirstUnread(const MessageModel *messages)
{
    if (messages->unreadMarker() != 0)
        m_messages->showFromLine(messages->index(messages->rowOfId(messages->unreadMarker())));
}

void ConversationPane::updateHeader()
{
    m_title->setText(titleOf(m_current));
    const int online = m_session->users()->rowCount();
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

void ConversationPane::updateComposer()
{
    const bool connected = m_client->state() != ChatClient::State::Disconnected;
    const bool active = m_session->conversations()->isActive(m_current);
    m_composer->setEnabled(connected && active);
    if (!connected)
        m_composer->input()->setPlaceholderText(tr("Not connected"));
    else if (!active)
        m_composer->input()->setPlaceholderText(tr("You are no longer in this group"));
    else
        m_composer->input()->setPlaceholderText(tr("Message %1").arg(titleOf(m_current)));
}

} // namespace Chinwag
