// SPDX-License-Identifier: GPL-3.0-or-later
#include "changepassworddialog.h"

#include "newpasswordcheck.h"
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

ChangePasswordDialog::ChangePasswordDialog(ChatClient *client, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_old(new PasswordEdit(u"oldPassword"_s, this)),
      m_new(new PasswordEdit(u"newPassword"_s, this)),
      m_repeat(new PasswordEdit(u"repeatPassword"_s, this)),
      m_hint(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change Password"));
    setMinimumWidth(360);
    m_hint->setObjectName(u"passwordHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"changeButton"_s);
    ok->setText(tr("C&hange Password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
            tr("Your other devices stay signed in; they ask for the new password next time."),
            this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_old, m_new, m_repeat }) {
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    }
    connect(client, &ChatClient::passwordChanged, this, &QDialog::accept);
    connect(client, &ChatClient::commandFailed, this,
            [this](const Command &command, const ProtocolError &error) {
                if (command.type != Command::Type::Password)
                    return;
                m_waiting = false;
                m_error->setText(ErrorMessages::describe(error));
                m_error->show();
                QLineEdit *edit = error.code == ErrorCode::InvalidPassword ? m_new : m_old;
                edit->setFocus();
                edit->selectAll();
                validate();
            });
    validate();
}

void ChangePasswordDialog::validate()
{
    const NewPasswordCheck check = NewPasswordCheck::of(m_new->text(), m_repeat->text());
    m_hint->setText(check.hint);
    m_hint->setStyleSheet(check.problem ? u"color: #c62828;"_s : QString());
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_waiting && !m_old->text().isEmpty() && check.acceptable);
}

void ChangePasswordDialog::submit()
{
    m_waiting = true;
    validate();
    m_client->changePassword(m_old->text(), m_new->text());
}

} // namespace Chinwag
