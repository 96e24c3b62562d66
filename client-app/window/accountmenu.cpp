// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountmenu.h"

#include "changepassworddialog.h"
#include "deleteaccountdialog.h"

#include <chatclient.h>
#include <chatsession.h>
#include <readpositions.h>
#include <savedpasswords.h>

#include <QSettings>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

QIcon themedIcon(const QString &name, const QString &fallback)
{
    return QIcon::fromTheme(name, QIcon(u":/icons/actions/%1.svg"_s.arg(fallback)));
}

} // namespace

AccountMenu::AccountMenu(ChatSession *session, SavedPasswords *passwords, QSettings *settings,
                         QWidget *parent)
    : QMenu(tr("&Account"), parent),
      m_session(session),
      m_client(session->client()),
      m_passwords(passwords),
      m_settings(settings)
{
    setObjectName(u"accountMenu"_s);
    m_changePassword =
            addAction(themedIcon(u"dialog-password"_s, u"start"_s), tr("Change &Password…"), this,
                      &AccountMenu::showChangePasswordDialog);
    m_changePassword->setObjectName(u"changePasswordAction"_s);
    m_signOut = addAction(themedIcon(u"system-log-out"_s, u"disconnect"_s), tr("Sign &Out"), this,
                          &AccountMenu::signOut);
    m_signOut->setObjectName(u"signOutAction"_s);
    addSeparator();
    m_delete = addAction(themedIcon(u"edit-delete"_s, u"quit"_s), tr("&Delete Account…"), this,
                         &AccountMenu::showDeleteAccountDialog);
    m_delete->setObjectName(u"deleteAccountAction"_s);

    connect(m_client, &ChatClient::stateChanged, this, &AccountMenu::updateActions);
    connect(m_client, &ChatClient::registered, this, &AccountMenu::updateActions);
    connect(m_client, &ChatClient::passwordChanged, this, [this] {
        if (m_passwords)
            m_passwords->keep(m_client->settings());
        Q_EMIT statusMessage(tr("Your password has been changed."));
    });
    connect(m_client, &ChatClient::accountDeleted, this, [this] { leaveAccount(true); });
    updateActions();
}

void AccountMenu::showChangePasswordDialog()
{
    if (!m_changePassword->isEnabled())
        return;
    auto *dialog = new ChangePasswordDialog(m_client, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountMenu::showDeleteAccountDialog()
{
    if (!m_delete->isEnabled())
        return;
    auto *dialog = new DeleteAccountDialog(m_client, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountMenu::signOut()
{
    if (!m_signOut->isEnabled())
        return;
    leaveAccount(false);
}

void AccountMenu::updateActions()
{
    const bool account = m_client->isOnline() && m_client->isAccount();
    for (QAction *action : { m_changePassword, m_signOut, m_delete })
        action->setEnabled(account);
}

void AccountMenu::leaveAccount(bool deleted)
{
    ConnectSettings next = m_client->settings();
    if (m_passwords)
        m_passwords->forgetAccount(next);
    next.accountPassword.clear();
    // Signed out, the dialog offers to sign in again; deleted, there is no account to.
    if (deleted)
        next.registration = ConnectSettings::Registration::Guest;
    next.save(*m_settings);
    m_session->readPositions()->flush();
    m_client->disconnectFromServer();
    m_client->forgetAccountPassword();
    m_session->clear();
    if (deleted)
        Q_EMIT accountDeleted();
    else
        Q_EMIT signedOut();
}

} // namespace Chinwag
