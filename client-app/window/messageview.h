// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QPersistentModelIndex>
#include <QUrl>

namespace Chinwag {

class MessageDelegate;

// The lines of one conversation. It follows the newest line unless the user has scrolled up to
// read older ones; lines put in above what the user reads (older history) leave it where it is;
// reaching the top asks for more; links open on a click; Ctrl+C copies the selected lines.
class MessageView : public QListView
{
    Q_OBJECT

public:
    explicit MessageView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Whether the newest line is in view and new ones will be too.
    bool isFollowing() const { return m_following; }
    MessageDelegate *messageDelegate() const { return m_delegate; }

    // Brings a line to the top of the view if it is above it: the first unread one, when there
    // is more to read than the view shows.
    void showFromLine(const QModelIndex &index);

public Q_SLOTS:
    void copySelection();

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    // The user asked to send a message that failed once more.
    void resendRequested(const QModelIndex &index);
    // The user reached the oldest line, or every line fits: older ones would be welcome.
    void topReached();

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString linkAt(const QPoint &pos) const;
    void handleRangeChange();
    void rememberAnchor(const QModelIndex &parent, int first);

    MessageDelegate *m_delegate;
    bool m_following = true;
    QMetaObject::Connection m_insertions;
    // The first line in view while lines are put in above it, and where it was.
    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
    // The line showFromLine() asked for, until a later batch of the layout places it.
    QPersistentModelIndex m_firstLine;
};

} // namespace Chinwag
