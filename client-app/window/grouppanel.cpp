// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouppanel.h"

#include "userdelegate.h"

#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <namerules.h>
#include <userlistmodel.h>

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

GroupPanel::GroupPanel(ChatSession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_title(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_members(new QListView(this)),
      m_invitee(new QComboBox(this)),
      m_invite(new QPushButton(tr("&Invite"), this)),
      m_leave(new QPushButton(tr("&Leave Group"), this)),
      m_newGroup(new QPushButton(tr("&New Group…"), this))
{
    setObjectName(u"groupPanel"_s);
    m_title->setObjectName(u"groupTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setObjectName(u"groupHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_members->setObjectName(u"membersList"_s);
    m_members->setItemDelegate(new UserDelegate(m_members));
    m_members->setFrameShape(QFrame::NoFrame);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->setFocusPolicy(Qt::NoFocus);

    // Anyone online may be typed or picked; the completer knows them.
    m_invitee->setObjectName(u"invitee"_s);
    m_invitee->setEditable(true);
    m_invitee->setInsertPolicy(QComboBox::NoInsert);
    m_invitee->setModel(session->users());
    m_invitee->setModelColumn(0);
    m_invitee->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_invitee->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_invitee->lineEdit()->setPlaceholderText(tr("Name…"));
    m_invitee->setCurrentIndex(-1);
    m_invite->setObjectName(u"inviteButton"_s);
    m_invite->setIcon(QIcon::fromTheme(u"list-add-user"_s, QIcon(u":/icons/actions/invite.svg"_s)));
    m_leave->setObjectName(u"leaveButton"_s);
    m_leave->setIcon(QIcon::fromTheme(u"system-log-out"_s, QIcon(u":/icons/actions/leave.svg"_s)));
    m_newGroup->setObjectName(u"newGroupButton"_s);
    m_newGroup->setIcon(
            QIcon::fromTheme(u"folder-new"_s, QIcon(u":/icons/actions/new-group.svg"_s)));

    auto *inviteRow = new QHBoxLayout;
    inviteRow->addWidget(m_invitee, 1);
    inviteRow->addWidget(m_invite);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_members, 1);
    layout->addLayout(inviteRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_leave);
    buttons->addStretch();
    buttons->addWidget(m_newGroup);
    layout->addLayout(buttons);

    connect(m_newGroup, &QPushButton::clicked, this, &GroupPanel::newGroupRequested);
    connect(m_invite, &QPushButton::clicked, this, &GroupPanel::inviteSelected);
    connect(m_invitee->lineEdit(), &QLineEdit::returnPressed, this, &GroupPanel::inviteSelected);
    connect(m_invitee, &QComboBox::editTextChanged, this, &GroupPanel::update);
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (isGroup())
            m_session->client()->leaveGroup(m_conversation.name);
    });
    ConversationListModel *conversations = session->conversations();
    connect(conversations, &QAbstractItemModel::dataChanged, this, &GroupPanel::update);
    connect(session->client(), &ChatClient::stateChanged, this, &GroupPanel::update);
    update();
}

void GroupPanel::setConversation(const Conversation &conversation)
{
    m_conversation = conversation;
    m_members->setModel(m_session->conversations()->members(conversation));
    m_invitee->setCurrentIndex(-1);
    m_invitee->clearEditText();
    update();
}

void GroupPanel::update()
{
    const bool group = isGroup() && m_session->conversations()->contains(m_conversation);
    const bool active = group && m_session->conversations()->isActive(m_conversation);
    const bool online = m_session->client()->isOnline();
    // Without a group the panel is a heading and a button: the users online get the room.
    setSizePolicy(QSizePolicy::Preferred, group ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    m_members->setVisible(group);
    m_invitee->setVisible(group);
    m_invite->setVisible(group);
    m_leave->setVisible(group);
    if (group) {
        const int count = m_members->model() ? m_members->model()->rowCount() : 0;
        m_title->setText(tr("Members of #%1 · %2").arg(m_conversation.name).arg(count));
        m_hint->setText(active ? tr("Only the members read what is said here.")
                               : tr("You are no longer in this group."));
    } else {
        m_title->setText(tr("Groups"));
        m_hint->setText(tr("A group is a private conversation of the people you pick."));
    }
    const QString invitee = m_invitee->currentText().trimmed();
    UserListModel *members = m_session->conversations()->members(m_conversation);
    m_invite->setEnabled(active && online && NameRules::isValid(invitee)
                         && !(members && members->contains(invitee)));
    m_invitee->setEnabled(active && online);
    m_leave->setEnabled(active && online);
    m_newGroup->setEnabled(online);
}

void GroupPanel::inviteSelected()
{
    if (!m_invite->isEnabled())
        return;
    m_session->client()->invite(m_conversation.name, m_invitee->currentText().trimmed());
    m_invitee->setCurrentIndex(-1);
    m_invitee->clearEditText();
}

} // namespace Chinwag
