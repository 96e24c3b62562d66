// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace Chinwag {

class ChatSession;

// The current group's members, with a way to invite someone online and to leave; and the way
// to make a new group, whatever the conversation.
class GroupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GroupPanel(ChatSession *session, QWidget *parent = nullptr);

    void setConversation(const Conversation &conversation);

Q_SIGNALS:
    void newGroupRequested();

private:
    void update();
    void inviteSelected();
    bool isGroup() const { return m_conversation.kind == Conversation::Kind::Group; }

    ChatSession *m_session;
    Conversation m_conversation;
    QLabel *m_title;
    QLabel *m_hint;
    QListView *m_members;
    QComboBox *m_invitee;
    QPushButton *m_invite;
    QPushButton *m_leave;
    QPushButton *m_newGroup;
};

} // namespace Chinwag
