// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Chinwag {

// Draws the conversations of the sidebar: a heading above the first direct conversation and the
// first group, an avatar or a group mark, the name, bold with a count while messages are unread,
// and a group the user is no longer in greyed out.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The heading this row starts, if it is the first of its kind.
    static QString heading(const QModelIndex &index);
};

} // namespace Chinwag
