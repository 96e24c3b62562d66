// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <messagemodel.h>

#include <QObject>
#include <QPointer>

namespace Chinwag {

class MessageFilterModel;
class MessageView;
class SearchBar;

// Searching one conversation: while the bar is open, the view shows a MessageFilterModel over the
// conversation's messages and its delegate marks the search text; when it closes, the view shows
// every message again, with the match the user picked in view.
class ConversationSearch : public QObject
{
    Q_OBJECT

public:
    ConversationSearch(MessageView *view, SearchBar *bar, QObject *parent = nullptr);

    // Opens the bar over these messages, or focuses it when it is open over them.
    void open(MessageModel *messages);
    // Closes the bar; the view shows every message of the conversation again.
    void close();
    bool isOpen() const { return !m_messages.isNull(); }
    // The messages searched while the bar is open.
    MessageModel *messages() const { return m_messages; }
    MessageFilterModel *filter() const { return m_filter; }
    // A line of the view, as a line of the conversation.
    QModelIndex toMessage(const QModelIndex &index) const;

Q_SIGNALS:
    void closed();

private:
    void search(const QString &text);
    void step(int step);
    void restore();
    void countMatches();

    MessageView *m_view;
    SearchBar *m_bar;
    MessageFilterModel *m_filter;
    QPointer<MessageModel> m_messages;
};

} // namespace Chinwag
