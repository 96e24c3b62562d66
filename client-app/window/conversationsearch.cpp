// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationsearch.h"

#include "messagedelegate.h"
#include "messageview.h"
#include "searchbar.h"

#include <messagefiltermodel.h>
#include <messagemodel.h>

namespace Chinwag {

ConversationSearch::ConversationSearch(MessageView *view, SearchBar *bar, QObject *parent)
    : QObject(parent), m_view(view), m_bar(bar), m_filter(new MessageFilterModel(this))
{
    connect(bar, &SearchBar::textChanged, this, &ConversationSearch::search);
    connect(bar, &SearchBar::stepRequested, this, &ConversationSearch::step);
    connect(bar, &SearchBar::showRequested, bar, &SearchBar::close);
    connect(bar, &SearchBar::closed, this, &ConversationSearch::restore);
    // Lines that arrive or load while searching are counted as they come.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ConversationSearch::countMatches);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ConversationSearch::countMatches);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConversationSearch::countMatches);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ConversationSearch::countMatches);
}

void ConversationSearch::open(MessageModel *messages)
{
    if (!messages)
        return;
    m_messages = messages;
    if (m_filter->sourceModel() != messages)
        m_filter->setSourceModel(messages);
    if (m_view->model() != m_filter)
        m_view->setModel(m_filter);
    m_bar->open();
    search(m_bar->text());
}

void ConversationSearch::close()
{
    m_bar->close();
}

QModelIndex ConversationSearch::toMessage(const QModelIndex &index) const
{
    return index.model() == m_filter ? m_filter->mapToSource(index) : index;
}

void ConversationSearch::search(const QString &text)
{
    if (m_view->model() != m_filter)
        return;
    m_filter->setSearchText(text);
    m_view->messageDelegate()->setHighlight(m_filter->searchText());
    m_view->viewport()->update();
    m_view->scrollToBottom();
    countMatches();
}

void ConversationSearch::step(int step)
{
    const int count = m_filter->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + step, count - 1)
                                      : (step < 0 ? count - 1 : 0);
    const QModelIndex next = m_filter->index(row, 0);
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
}

void ConversationSearch::restore()
{
    // The match the user picked stays in view, among the lines around it.
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex picked = current.isValid() && current.model() == m_filter
            ? m_filter->mapToSource(current)
            : QModelIndex();
    m_view->messageDelegate()->setHighlight({});
    m_filter->setSearchText({});
    if (m_messages)
        m_view->setModel(m_messages);
    m_filter->setSourceModel(nullptr);
    m_messages.clear();
    if (picked.isValid()) {
        m_view->setCurrentIndex(picked);
        m_view->scrollTo(picked, QAbstractItemView::PositionAtCenter);
    }
    Q_EMIT closed();
}

void ConversationSearch::countMatches()
{
    m_bar->setMatchCount(m_filter->rowCount());
}

} // namespace Chinwag
