// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefiltermodel.h"

#include "messagemodel.h"

namespace Chinwag {

MessageFilterModel::MessageFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Lines arriving while a search is open are filtered as they come.
    setDynamicSortFilter(true);
}

void MessageFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateRowsFilter();
}

bool MessageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(MessageModel::TextRole).toString().contains(m_searchText, Qt::CaseInsensitive)
            || index.data(MessageModel::SenderRole)
                       .toString()
                       .contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace Chinwag
