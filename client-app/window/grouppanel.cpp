// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouppanel.h"

#include "directoryview.h"
#include "userdelegate.h"

#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <namerules.h>
#include <userlistmodel.h>

#include <QCheckBox>
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
      m_public(new QCheckBox(tr("&Public: anyone may join"), this)),
      m_reason(new QLineEdit(this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_directory(new DirectoryView(session, this)),
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
    m_public->setObjectName(u"publicCheck"_s);
    m_reason->setObjectName(u"removeReason"_s);
    m_reason->setPlaceholderText(tr("Reason (optional)…"));
    m_remove->setObjectName(u"removeButton"_s);
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
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_reason, 1);
    removeRow->addWidget(m_remove);
    layout->addLayout(removeRow);
    layout->addWidget(m_public);
    layout->addWidget(m_directory);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_leave);
    buttons->addStretch();
    buttons->addWidget(m_newGroup);
    layout->addLayout(buttons);

    connect(m_newGroup, &QPushButton::clicked, this, &GroupPanel::newGroupRequested);
    connect(m_invite, &QPushButton::clicked, this, &GroupPanel::inviteSelected);
    connect(m_invitee->lineEdit(), &QLineEdit::returnPressed, this, &GroupPanel::inviteSelected);
    connect(m_invitee, &QComboBox::editTextChanged, this, &GroupPanel::update);
    connect(m_remove, &QPushButton::clicked, this, &GroupPanel::removeSelected);
    connect(m_reason, &QLineEdit::returnPressed, this, &GroupPanel::removeSelected);
    // A click, not a model change, asks the server; its ABOUT sets the box.
    connect(m_public, &QCheckBox::clicked, this, [this](bool checked) {
        if (owns())
            m_session->client()->setGroupPublic(m_conversation.name, checked);
    });
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
    if (m_members->selectionModel())
        connect(m_members->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &GroupPanel::update, Qt::UniqueConnection);
    m_reason->clear();
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
    const bool owner = owns();
    // The owner picks a member to remove; for the others the list is to read.
    m_members->setSelectionMode(owner ? QAbstractItemView::SingleSelection
                                      : QAbstractItemView::NoSelection);
    m_members->setFocusPolicy(owner ? Qt::StrongFocus : Qt::NoFocus);
    m_public->setVisible(owner);
    m_reason->setVisible(owner);
    m_remove->setVisible(owner);
    m_directory->setVisible(!group);
    const ConversationListModel *conversations = m_session->conversations();
    const bool isPublic = conversations->isPublic(m_conversation);
    if (group) {
        const int count = m_members->model() ? m_members->model()->rowCount() : 0;
        m_title->setText(tr("Members of #%1 · %2").arg(m_conversation.name).arg(count));
        const QString groupOwner = conversations->owner(m_conversation);
        if (!active)
            m_hint->setText(tr("You are no longer in this group."));
        else if (owner)
            m_hint->setText(isPublic ? tr("You own this public group: anyone may join it.")
                                     : tr("You own this group: only the members read what is "
                                          "said here."));
        else if (groupOwner.isEmpty())
            m_hint->setText(tr("Only the members read what is said here."));
        else
            m_hint->setText(
                    isPublic ? tr("A public group of %1's: anyone may join it.").arg(groupOwner)
                             : tr("%1's group: only the members read what is said "
                                  "here.")
                                       .arg(groupOwner));
    } else {
        m_title->setText(tr("Groups"));
        m_hint->setText(tr("A group is a private conversation of the people you pick, or a "
                           "public one that anyone may join."));
    }
    m_public->setChecked(isPublic);
    m_public->setEnabled(owner && online);
    m_remove->setEnabled(owner && online && !selectedMember().isEmpty());
    m_reason->setEnabled(owner && online);
    const QString invitee = m_invitee->currentText().trimmed();
    UserListModel *members = m_session->conversations()->members(m_conversation);
    m_invite->setEnabled(active && online && NameRules::isValid(invitee)
                         && !(members && members->contains(invitee)));
    m_invitee->setEnabled(active && online);
    m_leave->setEnabled(active && online);
    m_newGroup->setEnabled(online);
}

bool GroupPanel::owns() const
{
    const ConversationListModel *conversations = m_session->conversations();
    return isGroup() && conversations->isActive(m_conversation)
            && NameRules::key(conversations->owner(m_conversation))
            == NameRules::key(m_session->client()->name());
}

QString GroupPanel::selectedMember() const
{
    const QModelIndex current = m_members->currentIndex();
    if (!current.isValid() || !m_members->selectionModel()->isSelected(current))
        return {};
    const QString name = current.data(UserListModel::NameRole).toString();
    return NameRules::key(name) == NameRules::key(m_session->client()->name()) ? QString() : name;
}

void GroupPanel::removeSelected()
{
    if (!m_remove->isEnabled())
        return;
    m_session->client()->removeMember(m_conversation.name, selectedMember(), m_reason->text());
    m_reason->clear();
    m_members->clearSelection();
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
