// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryview.h"

#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <directorymodel.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

DirectoryView::DirectoryView(ChatSession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_hint(new QLabel(this)),
      m_list(new QListView(this)),
      m_refresh(new QPushButton(tr("&Find Public Groups"), this)),
      m_more(new QPushButton(tr("&More"), this)),
      m_join(new QPushButton(tr("&Join"), this))
{
    setObjectName(u"directoryView"_s);
    m_hint->setObjectName(u"directoryHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(u"directoryList"_s);
    m_list->setModel(session->directory());
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(160);
    m_refresh->setObjectName(u"findGroupsButton"_s);
    m_more->setObjectName(u"moreGroupsButton"_s);
    m_join->setObjectName(u"joinButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_more);
    buttons->addStretch();
    buttons->addWidget(m_join);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    DirectoryModel *directory = session->directory();
    connect(m_refresh, &QPushButton::clicked, this,
            [this] { m_session->client()->requestDirectory(); });
    connect(m_more, &QPushButton::clicked, this, [this, directory] {
        if (directory->rowCount() > 0)
            m_session->client()->requestDirectory(directory->group(directory->rowCount() - 1).name);
    });
    connect(m_join, &QPushButton::clicked, this, &DirectoryView::joinSelected);
    connect(m_list, &QListView::doubleClicked, this, &DirectoryView::joinSelected);
    connect(directory, &DirectoryModel::listed, this, &DirectoryView::update);
    connect(directory, &QAbstractItemModel::modelReset, this, &DirectoryView::update);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DirectoryView::update);
    connect(session->conversations(), &QAbstractItemModel::dataChanged, this,
            &DirectoryView::update);
    connect(session->client(), &ChatClient::stateChanged, this, &DirectoryView::update);
    update();
}

QString DirectoryView::joinable() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_session->client()->isOnline())
        return {};
    const QString name = current.data(DirectoryModel::NameRole).toString();
    return m_session->conversations()->isActive(Conversation::group(name)) ? QString() : name;
}

void DirectoryView::update()
{
    const bool online = m_session->client()->isOnline();
    const DirectoryModel *directory = m_session->directory();
    m_hint->setText(directory->rowCount() > 0
                            ? tr("Public groups: anyone may join them.")
                            : tr("Public groups are open to anyone: find them here."));
    m_refresh->setEnabled(online);
    m_more->setVisible(directory->hasMore());
    m_more->setEnabled(online);
    m_join->setEnabled(!joinable().isEmpty());
}

void DirectoryView::joinSelected()
{
    const QString group = joinable();
    if (!group.isEmpty())
        m_session->client()->joinGroup(group);
}

} // namespace Chinwag
