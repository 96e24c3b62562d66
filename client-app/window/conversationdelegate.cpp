// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationdelegate.h"

#include "avatar.h"

#include <conversation.h>
#include <conversationlistmodel.h>

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Kind = Conversation::Kind;

namespace {

constexpr int RowHeight = 34;
constexpr int HeadingHeight = 30;
constexpr int Margin = 12;
constexpr int IconSize = 22;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(ConversationListModel::KindRole).toInt());
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString ConversationDelegate::heading(const QModelIndex &index)
{
    const Kind kind = kindOf(index);
    if (kind == Kind::Everyone)
        return {};
    if (index.row() > 0 && kindOf(index.siblingAtRow(index.row() - 1)) == kind)
        return {};
    return kind == Kind::Direct ? tr("Direct messages") : tr("Groups");
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int height = RowHeight + (heading(index).isEmpty() ? 0 : HeadingHeight);
    return { option.rect.width() > 0 ? option.rect.width() : 180, height };
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect row = option.rect;
    const QString title = heading(index);
    if (!title.isEmpty()) {
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const QRect headingRect(row.left() + Margin, row.top() + 8, row.width() - 2 * Margin,
                                HeadingHeight - 8);
        painter->drawText(headingRect, Qt::AlignLeft | Qt::AlignVCenter, title.toUpper());
        row.setTop(row.top() + HeadingHeight);
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QRect band = row.adjusted(6, 1, -6, -1);
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = option.palette.color(QPalette::Highlight);
        if (!selected)
            fill.setAlphaF(0.12f);
        QPainterPath path;
        path.addRoundedRect(band, 6, 6);
        painter->fillPath(path, fill);
    }

    const Kind kind = kindOf(index);
    const QString name = index.data(Qt::DisplayRole).toString();
    const bool active = index.data(ConversationListModel::ActiveRole).toBool();
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    const QRect icon(band.left() + 8, band.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    if (kind == Kind::Direct) {
        Avatar::paint(painter, icon, name);
    } else {
        QPainterPath path;
        path.addRoundedRect(icon, 5, 5);
        QColor mark = kind == Kind::Group ? Avatar::color(name)
                                          : option.palette.color(QPalette::Highlight);
        if (!active)
            mark.setAlphaF(0.4f);
        painter->fillPath(path, mark);
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(icon, Qt::AlignCenter, kind == Kind::Group ? u"#"_s : u"*"_s);
    }

    QFont font = option.font;
    font.setBold(unread > 0);
    font.setItalic(!active);
    painter->setFont(font);
    QRect label(icon.right() + 10, band.top(), band.right() - icon.right() - 18, band.height());
    if (unread > 0) {
        const QString count = unread > 99 ? u"99+"_s : QString::number(unread);
        QFont badgeFont = font;
        badgeFont.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics metrics(badgeFont);
        const int width = qMax(20, metrics.horizontalAdvance(count) + 12);
        const QRect badge(band.right() - 8 - width, band.center().y() - 9, width, 18);
        QPainterPath pill;
        pill.addRoundedRect(badge, 9, 9);
        painter->fillPath(pill,
                          selected ? option.palette.color(QPalette::HighlightedText)
                                   : QColor(0xd3, 0x2f, 0x2f));
        painter->setFont(badgeFont);
        painter->setPen(selected ? option.palette.color(QPalette::Highlight) : QColor(Qt::white));
        painter->drawText(badge, Qt::AlignCenter, count);
        painter->setFont(font);
        label.setRight(badge.left() - 6);
    }
    QColor nameColor = text;
    if (!active)
        nameColor = option.palette.color(QPalette::PlaceholderText);
    painter->setPen(nameColor);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(name, Qt::ElideRight, label.width()));
    painter->restore();
}

} // namespace Chinwag
