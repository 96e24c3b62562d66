// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QWidget>

class QLabel;
class QListView;

namespace Chinwag {

class ChatSession;
class GroupPanel;

// The window's right-hand pane: the current group, if the conversation is one, above who is
// online, counted. Double-clicking someone asks for the conversation with them alone.
class PeoplePane : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePane(ChatSession *session, QWidget *parent = nullptr);

    void setConversation(const Conversation &conversation);

Q_SIGNALS:
    void conversationRequested(const Chinwag::Conversation &conversation);
    void newGroupRequested();

private:
    void updateCount();

    ChatSession *m_session;
    GroupPanel *m_groupPanel;
    QLabel *m_title;
    QListView *m_users;
};

} // namespace Chinwag
