// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdelegate.h"

#include "avatar.h"

#include <userlistmodel.h>

#include <QPainter>
#include <QPainterPath>

namespace Chinwag {

namespace {
constexpr int RowHeight = 30;
constexpr int AvatarSize = 22;
constexpr int Margin = 10;
} // namespace

UserDelegate::UserDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QSize UserDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { option.rect.width() > 0 ? option.rect.width() : 160, RowHeight };
}

void UserDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect band = option.rect.adjusted(4, 1, -4, -1);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlphaF(selected ? 0.25f : 0.10f);
        QPainterPath path;
        path.addRoundedRect(band, 6, 6);
        painter->fillPath(path, fill);
    }

    const QString name = index.data(UserListModel::NameRole).toString();
    const bool away = index.data(UserListModel::AwayRole).toBool();
    const QRect avatar(band.left() + Margin - 4, band.center().y() - AvatarSize / 2 + 1, AvatarSize,
                       AvatarSize);
    Avatar::paint(painter, avatar, name, away);

    // A dot on the avatar: green when here, hollow when away.
    const QRect dot(avatar.right() - 6, avatar.bottom() - 6, 8, 8);
    painter->setPen(QPen(option.palette.color(QPalette::Base), 1.5));
    painter->setBrush(away ? option.palette.color(QPalette::Base) : QColor(0x2e, 0x7d, 0x32));
    painter->drawEllipse(dot);

    const QRect label(avatar.right() + 10, band.top(), band.right() - avatar.right() - 14,
                      band.height());
    QString text = name;
    if (away) {
        const QString why = index.data(UserListModel::AwayTextRole).toString();
        text = why.isEmpty() ? tr("%1 (away)").arg(name) : tr("%1 (away: %2)").arg(name, why);
    }
    painter->setPen(option.palette.color(away ? QPalette::PlaceholderText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, label.width()));
    painter->restore();
}

} // namespace Chinwag
