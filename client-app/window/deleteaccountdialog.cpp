// SPDX-License-Identifier: GPL-3.0-or-later
#include "deleteaccountdialog.h"

#include "passwordedit.h"

#include <chatclient.h>
#include <errormessages.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

DeleteAccountDialog::DeleteAccountDialog(ChatClient *client, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_password(new PasswordEdit(u"password"_s, this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"deleteAccountDialog"_s);
    setWindowTitle(tr("Delete Account"));
    setMinimumWidth(420);

    auto *message = new QLabel(
            tr("<p>Delete the account <b>%1</b> on %2?</p>"
               "<p>Deleted with it: the messages kept for you while you were offline, your "
               "place in every group, and how far you have read each conversation. The direct "
               "messages you exchanged stay with the people you wrote to. The name %1 is free "
               "for anyone afterwards.</p><p>This cannot be undone.</p>")
                    .arg(client->name().toHtmlEscaped(), client->settings().host.toHtmlEscaped()),
            this);
    message->setObjectName(u"deleteMessage"_s);
    message->setWordWrap(true);
    message->setTextFormat(Qt::RichText);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    m_delete = m_buttons->addButton(tr("&Delete Account"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setEnabled(false);
    // Enter must not delete an account by accident.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_delete, &QPushButton::clicked, this, &DeleteAccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_delete->setEnabled(!text.isEmpty()); });
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(client, &ChatClient::accountDeleted, this, &QDialog::accept);
    connect(client, &ChatClient::commandFailed, this,
            [this](const Command &command, const ProtocolError &error) {
                if (command.type != Command::Type::DeleteAccount)
                    return;
                m_error->setText(ErrorMessages::describe(error));
                m_error->show();
                m_delete->setEnabled(true);
                m_password->setFocus();
                m_password->selectAll();
            });
}

void DeleteAccountDialog::submit()
{
    m_delete->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    m_client->deleteAccount(m_password->text());
}

} // namespace Chinwag
