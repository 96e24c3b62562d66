// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include <memory>

class QTextDocument;

namespace Chinwag {

// Draws the lines of a MessageModel as rich text: a header with avatar, sender and local time,
// dropped for a message that follows one from the same sender shortly before; the user's own
// messages on a tinted band; system lines small and quiet; a red "new messages" rule above the
// first unread line; the search text marked. The text comes from MessageFormatter.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The address of the link at `pos` (viewport coordinates) in the line drawn in option.rect.
    QString linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QPoint &pos) const;

    // The search text to mark in every line; empty for none.
    void setHighlight(const QString &text) { m_highlight = text; }
    QString highlight() const { return m_highlight; }

    // Messages from one sender this close together share one header.
    static constexpr int GroupingSeconds = 5 * 60;
    // The height of the "new messages" rule.
    static constexpr int MarkerHeight = 24;

private:
    struct Layout
    {
        bool header = false; // a chat message that shows avatar, sender and time
        QRect marker; // the "new messages" rule, or empty
        QRect avatar;
        QPoint textOrigin;
        int textWidth = 0;
    };

    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    std::unique_ptr<QTextDocument> document(const QStyleOptionViewItem &option,
                                            const QModelIndex &index, bool compact,
                                            int width) const;
    static bool continuesPrevious(const QModelIndex &index);
    void paintMarker(QPainter *painter, const QStyleOptionViewItem &option,
                     const QRect &rect) const;

    // Laid-out heights by what a line shows, for the current width: a view asks for every
    // line's size each time a line is added.
    mutable QHash<QString, int> m_heights;
    mutable int m_heightsWidth = -1;
    QString m_highlight;
};

} // namespace Chinwag
