// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepane.h"

#include "grouppanel.h"
#include "userdelegate.h"

#include <chatsession.h>
#include <userlistmodel.h>

#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

PeoplePane::PeoplePane(ChatSession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_groupPanel(new GroupPanel(session, this)),
      m_title(new QLabel(this)),
      m_users(new QListView(this))
{
    m_title->setObjectName(u"onlineTitle"_s);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setContentsMargins(10, 8, 10, 2);
    m_users->setObjectName(u"usersList"_s);
    m_users->setModel(session->users());
    m_users->setItemDelegate(new UserDelegate(m_users));
    m_users->setFrameShape(QFrame::NoFrame);
    m_users->setMouseTracking(true);
    m_users->setToolTip(tr("Double-click someone to talk to them alone."));

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_groupPanel, 2);
    layout->addWidget(rule);
    layout->addWidget(m_title);
    layout->addWidget(m_users, 3);
    setMinimumWidth(200);

    UserListModel *users = session->users();
    connect(users, &QAbstractItemModel::rowsInserted, this, &PeoplePane::updateCount);
    connect(users, &QAbstractItemModel::rowsRemoved, this, &PeoplePane::updateCount);
    connect(users, &QAbstractItemModel::modelReset, this, &PeoplePane::updateCount);
    connect(m_users, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT conversationRequested(
                Conversation::direct(index.data(UserListModel::NameRole).toString()));
    });
    connect(m_groupPanel, &GroupPanel::newGroupRequested, this, &PeoplePane::newGroupRequested);
    updateCount();
}

void PeoplePane::setConversation(const Conversation &conversation)
{
    m_groupPanel->setConversation(conversation);
}

void PeoplePane::updateCount()
{
    m_title->setText(tr("Online · %1").arg(m_session->users()->rowCount()));
}

} // namespace Chinwag
