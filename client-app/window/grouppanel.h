// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Chinwag {

class ChatSession;
class DirectoryView;

// The current group's members, with a way to invite someone online and to leave, and for its
// owner a way to make it public or private and to remove a member; outside a group, the
// directory of public groups; and the way to make a new group, whatever the conversation.
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
    void removeSelected();
    bool isGroup() const { return m_conversation.kind == Conversation::Kind::Group; }
    // Whether the user owns the current group and is in it.
    bool owns() const;
    // The member picked for removal, never the user; empty if none.
    QString selectedMember() const;

    ChatSession *m_session;
    Conversation m_conversation;
    QLabel *m_title;
    QLabel *m_hint;
    QListView *m_members;
    QComboBox *m_invitee;
    QPushButton *m_invite;
    QPushButton *m_leave;
    QCheckBox *m_public;
    QLineEdit *m_reason;
    QPushButton *m_remove;
    DirectoryView *m_directory;
    QPushButton *m_newGroup;
};

} // namespace Chinwag
