// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Chinwag {

class ChatSession;

// Makes a group: a name checked by the shared name rules as it is typed, members picked from
// the users online, and whether anyone may join it (public) or only those invited.
class NewGroupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewGroupDialog(ChatSession *session, QWidget *parent = nullptr);

    QString groupName() const;
    QStringList members() const;
    bool isPublic() const;

private:
    void validate();

    ChatSession *m_session;
    QLineEdit *m_name;
    QLabel *m_hint;
    QListView *m_users;
    QCheckBox *m_public;
    QSortFilterProxyModel *m_others;
    QDialogButtonBox *m_buttons;
};

} // namespace Chinwag
