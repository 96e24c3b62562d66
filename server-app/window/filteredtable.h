// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace Chinwag {

// A table of one of the core's models with a filter box above it: sortable by any column
// (through `sortRole`), and narrowed to the rows that contain what is typed, in any column.
class FilteredTable : public QWidget
{
    Q_OBJECT

public:
    FilteredTable(QAbstractItemModel *model, int sortRole, const QString &placeholder,
                  QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace Chinwag
