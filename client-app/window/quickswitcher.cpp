// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickswitcher.h"

#include "conversationdelegate.h"

#include <conversationlistmodel.h>

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

QuickSwitcher::QuickSwitcher(ConversationListModel *conversations, QWidget *parent)
    : QDialog(parent),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(u"quickSwitcher"_s);
    setWindowTitle(tr("Jump to a Conversation"));
    resize(360, 320);

    m_filter->setSourceModel(conversations);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(u"quickSwitcherSearch"_s);
    m_search->setPlaceholderText(tr("Jump to…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(u"quickSwitcherList"_s);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &QuickSwitcher::filter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { choose(m_list->currentIndex()); });
    connect(m_list, &QListView::activated, this, &QuickSwitcher::choose);
    connect(m_list, &QListView::clicked, this, &QuickSwitcher::choose);
    filter({});
}

void QuickSwitcher::filter(const QString &text)
{
    m_filter->setFilterFixedString(text.trimmed());
    m_list->setCurrentIndex(m_filter->index(0, 0));
}

void QuickSwitcher::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT conversationChosen(
            index.data(ConversationListModel::ConversationRole).value<Conversation>());
    accept();
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field move through the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            const int row = m_list->currentIndex().row() + (key == Qt::Key_Up ? -1 : 1);
            if (row >= 0 && row < m_filter->rowCount())
                m_list->setCurrentIndex(m_filter->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Chinwag
