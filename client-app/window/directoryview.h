// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Chinwag {

class ChatSession;

// The directory of public groups: the server's list, fetched when the user asks, page by page,
// and a way to join the group picked.
class DirectoryView : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryView(ChatSession *session, QWidget *parent = nullptr);

private:
    void update();
    void joinSelected();
    // The group picked, if the user may join it (online, and not in it yet); else empty.
    QString joinable() const;

    ChatSession *m_session;
    QLabel *m_hint;
    QListView *m_list;
    QPushButton *m_refresh;
    QPushButton *m_more;
    QPushButton *m_join;
};

} // namespace Chinwag
