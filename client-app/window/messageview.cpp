// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageview.h"

#include "messagedelegate.h"
#include "messageformatter.h"

#include <messagemodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>

namespace Chinwag {

using namespace Qt::StringLiterals;

MessageView::MessageView(QWidget *parent) : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setUniformItemSizes(false);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::DefaultContextMenu);

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &MessageView::copySelection);
    addAction(copy);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_following = value >= bar->maximum();
        if (value == bar->minimum() && bar->maximum() > bar->minimum())
            Q_EMIT topReached();
    });
    connect(bar, &QScrollBar::rangeChanged, this, &MessageView::handleRangeChange);
}

void MessageView::setModel(QAbstractItemModel *model)
{
    disconnect(m_insertions);
    m_anchor = QPersistentModelIndex();
    m_firstLine = QPersistentModelIndex();
    QListView::setModel(model);
    if (model) {
        m_insertions = connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                               &MessageView::rememberAnchor);
    }
    m_following = true;
    scrollToBottom();
}

void MessageView::handleRangeChange()
{
    QScrollBar *bar = verticalScrollBar();
    // New lines, or a new width: the newest stays in view if it was.
    if (m_following)
        bar->setValue(bar->maximum());
    if (m_firstLine.isValid() && visualRect(m_firstLine).isValid())
        showFromLine(QModelIndex(m_firstLine));
    if (bar->maximum() == bar->minimum() && model() && model()->rowCount() > 0)
        Q_EMIT topReached();
}

void MessageView::rememberAnchor(const QModelIndex &parent, int first)
{
    m_anchor = QPersistentModelIndex();
    if (m_following || parent.isValid())
        return;
    const QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid() || first > top.row())
        return;
    m_anchor = top;
    m_anchorTop = visualRect(top).top();
}

void MessageView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (!m_anchor.isValid())
        return;
    // Laid out now, the line the user was reading shows how far the new ones pushed it.
    executeDelayedItemsLayout();
    const QRect line = visualRect(m_anchor);
    m_anchor = QPersistentModelIndex();
    // (Past the first batch of a long layout the line has no place yet: better still than wrong.)
    if (line.isValid())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + line.top() - m_anchorTop);
}

void MessageView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                              const QList<int> &roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    // A line's height changes with a failure to tell, or the new-messages rule.
    if (roles.isEmpty() || roles.contains(MessageModel::FirstUnreadRole)
        || roles.contains(MessageModel::DeliveryRole))
        scheduleDelayedItemsLayout();
}

void MessageView::showFromLine(const QModelIndex &index)
{
    m_firstLine = QPersistentModelIndex();
    if (!index.isValid() || index.model() != model())
        return;
    executeDelayedItemsLayout();
    const QRect line = visualRect(index);
    // A long conversation is laid out in batches: the line may be placed by a later one.
    if (!line.isValid())
        m_firstLine = index;
    else if (line.top() < 0)
        scrollTo(index, QAbstractItemView::PositionAtTop);
}

void MessageView::copySelection()
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(MessageFormatter::plainText(index));
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

QString MessageView::linkAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->linkAt(option, index, pos);
}

void MessageView::mouseMoveEvent(QMouseEvent *event)
{
    QListView::mouseMoveEvent(event);
    viewport()->setCursor(linkAt(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor
                                                                        : Qt::PointingHandCursor);
}

void MessageView::mouseReleaseEvent(QMouseEvent *event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QString link = linkAt(event->position().toPoint());
    if (!link.isEmpty())
        Q_EMIT linkActivated(QUrl(link));
}

void MessageView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this, &MessageView::copySelection);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    const QString link = linkAt(event->pos());
    if (!link.isEmpty()) {
        menu.addAction(tr("Copy &Link Address"), this,
                       [link] { QApplication::clipboard()->setText(link); });
    }
    const auto delivery = MessageEntry::Delivery(index.data(MessageModel::DeliveryRole).toInt());
    if (index.isValid() && delivery == MessageEntry::Delivery::Failed) {
        menu.addSeparator();
        menu.addAction(tr("Send &Again"), this, [this, index] { Q_EMIT resendRequested(index); });
    }
    menu.exec(event->globalPos());
}

} // namespace Chinwag
