// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QUrl>

namespace Chinwag {

class MessageDelegate;

// The lines of one conversation. It follows the newest line unless the user has scrolled up to
// read older ones; links open on a click; Ctrl+C copies the selected lines as text.
class MessageView : public QListView
{
    Q_OBJECT

public:
    explicit MessageView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Whether the newest line is in view and new ones will be too.
    bool isFollowing() const { return m_following; }
    MessageDelegate *messageDelegate() const { return m_delegate; }

public Q_SLOTS:
    void copySelection();

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    // The user asked to send a message that failed once more.
    void resendRequested(const QModelIndex &index);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString linkAt(const QPoint &pos) const;
    void handleRangeChange();

    MessageDelegate *m_delegate;
    bool m_following = true;
};

} // namespace Chinwag
