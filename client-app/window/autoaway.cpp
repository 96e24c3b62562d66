// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoaway.h"

#include "idlewatcher.h"
#include "preferencesdialog.h"

#include <chatclient.h>

namespace Chinwag {

AutoAway::AutoAway(ChatClient *client, QSettings *settings, QObject *watched, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_settings(settings),
      m_watcher(new IdleWatcher(watched, this))
{
    connect(m_watcher, &IdleWatcher::becameIdle, this, [this] {
        if (m_client->isAway())
            return;
        m_client->setAway(PreferencesDialog::awayText(*m_settings));
        m_automatic = true;
    });
    connect(m_watcher, &IdleWatcher::becameActive, this, [this] {
        if (m_automatic)
            m_client->setBack();
    });
    // Any change the user makes (away by hand, back) is no longer the idle time's.
    connect(client, &ChatClient::awayChanged, this, [this] { m_automatic = false; });
    applySettings();
}

void AutoAway::applySettings()
{
    m_watcher->setIdleTime(std::chrono::minutes(PreferencesDialog::idleMinutes(*m_settings)));
}

} // namespace Chinwag
