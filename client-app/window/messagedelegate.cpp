// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagedelegate.h"

#include "avatar.h"
#include "messageformatter.h"

#include <messagemodel.h>
#include <namerules.h>

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Kind = MessageEntry::Kind;

namespace {

constexpr int Margin = 14;
constexpr int AvatarSize = 34;
constexpr int AvatarGap = 10;
constexpr int TextLeft = Margin + AvatarSize + AvatarGap;
constexpr int HeaderTop = 9; // above a line with a header
constexpr int LineTop = 1; // above a line that continues the previous one, or a system line
constexpr int Bottom = 2;
constexpr int OwnBarWidth = 3;
// Heights kept at most; the cache starts over past it.
constexpr qsizetype MaxCachedHeights = 20000;

// The width lines are laid out in: the view's, as a list view asks for sizes without a rectangle.
int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

bool MessageDelegate::continuesPrevious(const QModelIndex &index)
{
    if (index.row() == 0 || Kind(index.data(MessageModel::KindRole).toInt()) != Kind::Chat)
        return false;
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    if (Kind(previous.data(MessageModel::KindRole).toInt()) != Kind::Chat)
        return false;
    const QString sender = index.data(MessageModel::SenderRole).toString();
    if (NameRules::key(sender)
        != NameRules::key(previous.data(MessageModel::SenderRole).toString()))
        return false;
    const QDateTime time = index.data(MessageModel::TimeRole).toDateTime();
    const QDateTime before = previous.data(MessageModel::TimeRole).toDateTime();
    return before.secsTo(time) < GroupingSeconds;
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index) const
{
    Layout layout;
    const bool chat = Kind(index.data(MessageModel::KindRole).toInt()) == Kind::Chat;
    const bool marked = index.data(MessageModel::FirstUnreadRole).toBool();
    // After the rule, a message starts afresh with its header.
    layout.header = chat && (marked || !continuesPrevious(index));
    int top = option.rect.top();
    if (marked) {
        layout.marker = QRect(option.rect.left(), top, availableWidth(option), MarkerHeight);
        top += MarkerHeight;
    }
    top += layout.header ? HeaderTop : LineTop;
    layout.avatar = QRect(option.rect.left() + Margin, top + 1, AvatarSize, AvatarSize);
    layout.textOrigin = QPoint(option.rect.left() + TextLeft, top);
    layout.textWidth = qMax(80, availableWidth(option) - TextLeft - Margin);
    return layout;
}

std::unique_ptr<QTextDocument> MessageDelegate::document(const QStyleOptionViewItem &option,
                                                         const QModelIndex &index, bool compact,
                                                         int width) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setDefaultFont(option.font);
    document->setDefaultStyleSheet(
            u"a { color: %1; }"_s.arg(option.palette.color(QPalette::Link).name()));
    document->setHtml(MessageFormatter::html(index, compact, option.palette, m_highlight));
    document->setTextWidth(width);
    return document;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout layout = layoutFor(option, index);
    if (m_heightsWidth != layout.textWidth || m_heights.size() > MaxCachedHeights) {
        m_heights.clear();
        m_heightsWidth = layout.textWidth;
    }
    // What decides the height, cheaper to build than the HTML with its links.
    const QString key = QString::number(index.data(MessageModel::KindRole).toInt())
            + QString::number(index.data(MessageModel::DeliveryRole).toInt())
            + (layout.header ? u'h' : u'c') + index.data(MessageModel::SenderRole).toString()
            + u'\x1f' + index.data(MessageModel::TextRole).toString() + u'\x1f'
            + index.data(MessageModel::FailureRole).toString();
    auto cached = m_heights.constFind(key);
    int textHeight;
    if (cached != m_heights.cend()) {
        textHeight = *cached;
    } else {
        const auto doc = document(option, index, !layout.header, layout.textWidth);
        textHeight = qCeil(doc->size().height());
        m_heights.insert(key, textHeight);
    }
    int height = (layout.header ? HeaderTop : LineTop) + textHeight + Bottom;
    if (layout.header)
        height = qMax(height, HeaderTop + 1 + AvatarSize + Bottom);
    return { TextLeft + layout.textWidth + Margin, height + layout.marker.height() };
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout layout = layoutFor(option, index);
    painter->save();
    QRect row = option.rect;
    if (!layout.marker.isEmpty()) {
        paintMarker(painter, option, layout.marker);
        row.setTop(layout.marker.bottom() + 1);
    }
    const bool own = index.data(MessageModel::OwnRole).toBool();
    if (option.state & QStyle::State_Selected) {
        QColor selection = option.palette.color(QPalette::Highlight);
        selection.setAlphaF(0.22f);
        painter->fillRect(row, selection);
    } else if (own) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlphaF(0.07f);
        painter->fillRect(row, tint);
    }
    if (own) {
        QColor bar = option.palette.color(QPalette::Highlight);
        bar.setAlphaF(0.6f);
        painter->fillRect(QRect(row.left(), row.top(), OwnBarWidth, row.height()), bar);
    }
    if (layout.header)
        Avatar::paint(painter, layout.avatar, index.data(MessageModel::SenderRole).toString());

    const auto doc = document(option, index, !layout.header, layout.textWidth);
    painter->translate(layout.textOrigin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

void MessageDelegate::paintMarker(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QRect &rect) const
{
    const QColor red = option.palette.color(QPalette::Base).lightness() > 128
            ? QColor(0xd3, 0x2f, 0x2f)
            : QColor(0xef, 0x53, 0x50);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QString label = tr("New messages");
    const QFontMetrics metrics(font);
    const int labelWidth = metrics.horizontalAdvance(label) + 12;
    const int y = rect.center().y();
    const QRect labelRect(rect.right() - Margin - labelWidth, rect.top(), labelWidth,
                          rect.height());
    painter->setPen(QPen(red, 1));
    painter->drawLine(rect.left() + Margin, y, labelRect.left() - 4, y);
    painter->setFont(font);
    painter->drawText(labelRect, Qt::AlignCenter, label);
}

QString MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QPoint &pos) const
{
    const Layout layout = layoutFor(option, index);
    const auto doc = document(option, index, !layout.header, layout.textWidth);
    return doc->documentLayout()->anchorAt(QPointF(pos - layout.textOrigin));
}

} // namespace Chinwag
