// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Chinwag {

class ConversationListModel;

// Ctrl+K: type part of a name, press Enter, and that conversation opens.
class QuickSwitcher : public QDialog
{
    Q_OBJECT

public:
    explicit QuickSwitcher(ConversationListModel *conversations, QWidget *parent = nullptr);

Q_SIGNALS:
    void conversationChosen(const Chinwag::Conversation &conversation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void choose(const QModelIndex &index);

    QLineEdit *m_search;
    QListView *m_list;
    QSortFilterProxyModel *m_filter;
};

} // namespace Chinwag
