// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Chinwag {

// Draws a user of a UserListModel: avatar and name, greyed out with the reason while away.
class UserDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit UserDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Chinwag
