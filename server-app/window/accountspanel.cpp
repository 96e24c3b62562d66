// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspanel.h"

#include "accountsmodel.h"
#include "chatserver.h"
#include "filteredtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

AccountsPanel::AccountsPanel(ChatServer &server, QWidget *parent)
    : QGroupBox(tr("Accounts"), parent),
      m_server(server),
      m_model(new AccountsModel(server, this)),
      m_table(new FilteredTable(m_model, AccountsModel::SortRole, tr("Filter the accounts"))),
      m_lock(new QPushButton(tr("&Lock"))),
      m_unlock(new QPushButton(tr("U&nlock"))),
      m_delete(new QPushButton(tr("&Delete…")))
{
    setObjectName(u"accountsPanel"_s);
    m_table->view()->setObjectName(u"accountsView"_s);
    m_table->filter()->setObjectName(u"accountsFilter"_s);
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->view()->horizontalHeader()->setStretchLastSection(true);
    m_lock->setObjectName(u"lockAccountButton"_s);
    m_lock->setToolTip(tr("Sign the account out everywhere and refuse its sign-ins"));
    m_unlock->setObjectName(u"unlockAccountButton"_s);
    m_unlock->setToolTip(tr("Let the account sign in again"));
    m_delete->setObjectName(u"deleteAccountButton"_s);
    m_delete->setToolTip(tr("Delete the account and what is private to it"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_lock);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_lock, &QPushButton::clicked, this, [this] { setLocked(true); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { setLocked(false); });
    connect(m_delete, &QPushButton::clicked, this, &AccountsPanel::confirmDelete);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPanel::updateButtons);
    // A lock or unlock changes the row under the selection.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsPanel::updateButtons);
    updateButtons();
}

QString AccountsPanel::selectedName() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex index = m_table->proxy()->mapToSource(rows.constFirst());
    return m_model->index(index.row(), AccountsModel::Name).data().toString();
}

void AccountsPanel::updateButtons()
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool locked = selected
            && m_table->proxy()
                       ->index(rows.constFirst().row(), AccountsModel::Locked)
                       .data(AccountsModel::SortRole)
                       .toBool();
    m_lock->setEnabled(selected && !locked);
    m_unlock->setEnabled(selected && locked);
    m_delete->setEnabled(selected);
}

void AccountsPanel::setLocked(bool locked)
{
    const QString name = selectedName();
    if (!name.isEmpty())
        m_server.lockAccount(name, locked);
}

void AccountsPanel::confirmDelete()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Delete the account %1?").arg(name),
            tr("The account %1 is deleted with the messages held for it, its memberships and "
               "its read positions, and its connections are closed. The direct messages it "
               "exchanged stay with the other side. The name is free again.")
                    .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteAccountConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_server.deleteAccount(name);
    });
    box->open();
}

} // namespace Chinwag
