// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace Chinwag {

class AccountsModel;
class ChatServer;
class FilteredTable;

// The operator's view of the accounts: name, created, last seen, locked; and the buttons that
// lock, unlock or delete the selected one. Deleting asks first, saying what goes with it.
class AccountsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit AccountsPanel(ChatServer &server, QWidget *parent = nullptr);

private:
    // The selected account's name, or empty.
    QString selectedName() const;
    void updateButtons();
    void setLocked(bool locked);
    void confirmDelete();

    ChatServer &m_server;
    AccountsModel *m_model;
    FilteredTable *m_table;
    QPushButton *m_lock;
    QPushButton *m_unlock;
    QPushButton *m_delete;
};

} // namespace Chinwag
