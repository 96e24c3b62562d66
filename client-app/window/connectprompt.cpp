// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectprompt.h"

#include "launchoptions.h"

#include <chatclient.h>
#include <chatsession.h>
#include <namerules.h>
#include <savedpasswords.h>

#include <QSettings>

namespace Chinwag {

ConnectPrompt::ConnectPrompt(ChatSession *session, QSettings *settings, SavedPasswords *passwords,
                             QWidget *window)
    : QObject(window),
      m_session(session),
      m_client(session->client()),
      m_settings(settings),
      m_passwords(passwords),
      m_window(window)
{
    connect(m_client, &ChatClient::registered, this, [this] {
        m_client->settings().save(*m_settings);
        // Kept only once the server took them, so that a mistyped one is not.
        if (m_passwords)
            m_passwords->keep(m_client->settings());
    });
    const auto askAgain = [this](const ProtocolError &error) {
        askWith(m_client->settings())->showRefusal(error);
    };
    connect(m_client, &ChatClient::registrationRefused, this, askAgain);
    connect(m_client, &ChatClient::passwordRefused, this, askAgain);
    connect(m_client, &ChatClient::accountsChanged, this, [this](ChatClient::Accounts accounts) {
        if (m_dialog)
            m_dialog->setAccounts(accounts);
    });
    if (!m_passwords)
        return;
    connect(m_passwords, &SavedPasswords::filled, this, [this](const ConnectSettings &filled) {
        if (const auto then = std::exchange(m_afterFill, {}))
            then(filled);
    });
    connect(m_passwords, &SavedPasswords::keychainUnavailable, this, [this] {
        if (m_dialog)
            m_dialog->setKeychainAvailable(false);
    });
    connect(m_passwords, &SavedPasswords::notKept, this, [this] {
        Q_EMIT statusMessage(tr("No keychain is available: your password is not remembered, "
                                "and will be asked for next time."));
    });
}

void ConnectPrompt::start(const LaunchOptions &options)
{
    withPasswords(options.settings, [this, options](const ConnectSettings &settings) {
        // An account without its password needs the dialog.
        if (options.connectAtOnce && settings.isComplete())
            connectAs(settings);
        else
            askWith(settings);
    });
}

void ConnectPrompt::ask(const QString &error, ConnectDialog::Field field)
{
    if (m_client->settings().isComplete()) {
        askWith(m_client->settings(), error, field);
        return;
    }
    withPasswords(ConnectSettings::load(*m_settings),
                  [this, error, field](const ConnectSettings &s) { askWith(s, error, field); });
}

ConnectDialog *ConnectPrompt::askWith(const ConnectSettings &settings, const QString &error,
                                      ConnectDialog::Field field)
{
    if (!m_dialog) {
        m_dialog = new ConnectDialog(m_window);
        m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &QDialog::accepted, this, [this] { connectAs(m_dialog->settings()); });
    }
    m_dialog->setKeychainAvailable(m_passwords && m_passwords->isAvailable());
    // What the server said of accounts holds for that server only.
    m_dialog->setAccounts(settings.isSameServer(m_client->settings())
                                  ? m_client->accounts()
                                  : ChatClient::Accounts::Unknown);
    m_dialog->setSettings(settings);
    m_dialog->setError(error, field);
    m_dialog->open();
    return m_dialog;
}

void ConnectPrompt::withPasswords(const ConnectSettings &settings,
                                  std::function<void(const ConnectSettings &)> then)
{
    if (!m_passwords) {
        then(settings);
        return;
    }
    m_afterFill = std::move(then);
    m_passwords->fill(settings);
}

void ConnectPrompt::connectAs(const ConnectSettings &settings)
{
    const ConnectSettings &last = m_client->settings();
    // Another server or another user: what the window shows was someone else's.
    if (!settings.isSameServer(last) || NameRules::key(settings.name) != NameRules::key(last.name)
        || settings.isAccount() != last.isAccount())
        m_session->clear();
    settings.save(*m_settings);
    m_client->connectToServer(settings);
}

} // namespace Chinwag
