// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredtable.h"

#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

FilteredTable::FilteredTable(QAbstractItemModel *model, int sortRole, const QString &placeholder,
                             QWidget *parent)
    : QWidget(parent),
      m_filter(new QLineEdit(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(placeholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(u":/icons/actions/search.svg"_s), QLineEdit::LeadingPosition);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Rows of one line: the view need not measure each row, which matters with many rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

} // namespace Chinwag
