// SPDX-License-Identifier: GPL-3.0-or-later
#include "newgroupdialog.h"

#include "userdelegate.h"

#include <chatclient.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <errormessages.h>
#include <namerules.h>
#include <userlistmodel.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

NewGroupDialog::NewGroupDialog(ChatSession *session, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_name(new QLineEdit(this)),
      m_hint(new QLabel(this)),
      m_users(new QListView(this)),
      m_public(new QCheckBox(tr("&Public: anyone may find and join it"), this)),
      m_others(new QSortFilterProxyModel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newGroupDialog"_s);
    setWindowTitle(tr("New Group"));
    resize(380, 440);

    m_name->setObjectName(u"groupName"_s);
    m_name->setPlaceholderText(tr("for example: team"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"groupNameHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // Everyone online but the user, who is in the group anyway.
    m_others->setSourceModel(session->users());
    m_others->setFilterRole(UserListModel::NameRole);
    m_others->setFilterRegularExpression(QRegularExpression(
            u"^(?!%1$)"_s.arg(QRegularExpression::escape(session->client()->name())),
            QRegularExpression::CaseInsensitiveOption));
    m_users->setObjectName(u"memberPicker"_s);
    m_users->setModel(m_others);
    m_users->setItemDelegate(new UserDelegate(m_users));
    m_users->setSelectionMode(QAbstractItemView::MultiSelection);
    m_users->setMouseTracking(true);

    QPushButton *make = m_buttons->button(QDialogButtonBox::Ok);
    make->setText(tr("&Make Group"));
    make->setObjectName(u"makeGroupButton"_s);

    auto *layout = new QVBoxLayout(this);
    auto *nameLabel = new QLabel(tr("Group &name:"), this);
    nameLabel->setBuddy(m_name);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    m_public->setObjectName(u"publicCheck"_s);
    auto *usersLabel = new QLabel(tr("&Members (click to pick):"), this);
    usersLabel->setWordWrap(true);
    usersLabel->setBuddy(m_users);
    layout->addWidget(usersLabel);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_public);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewGroupDialog::validate);
    validate();
}

QString NewGroupDialog::groupName() const
{
    return m_name->text().trimmed();
}

QStringList NewGroupDialog::members() const
{
    QStringList names;
    QModelIndexList rows = m_users->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows))
        names.append(index.data(UserListModel::NameRole).toString());
    return names;
}

bool NewGroupDialog::isPublic() const
{
    return m_public->isChecked();
}

void NewGroupDialog::validate()
{
    const QString name = groupName();
    QString problem;
    if (!name.isEmpty() && !NameRules::isValid(name))
        problem = ErrorMessages::describe({ ErrorCode::BadName, {} });
    else if (m_session->conversations()->isActive(Conversation::group(name)))
        problem = tr("You are in a group of that name already.");
    m_hint->setText(problem.isEmpty() ? tr(
                            "1 to 32 letters, digits, '_', '-' or '.', starting with a letter.")
                                      : problem);
    m_hint->setStyleSheet(problem.isEmpty() ? QString() : u"color: #c62828;"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && problem.isEmpty());
}

} // namespace Chinwag
