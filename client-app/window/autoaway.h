// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSettings;

namespace Chinwag {

class ChatClient;
class IdleWatcher;

// Sets the user away after the idle time of the preferences, with their away message, and back
// at their next input; away that the user chose themselves is theirs to end.
class AutoAway : public QObject
{
    Q_OBJECT

public:
    // Watches the input that reaches `watched` (the application).
    AutoAway(ChatClient *client, QSettings *settings, QObject *watched, QObject *parent = nullptr);

    IdleWatcher *watcher() const { return m_watcher; }
    // Reads the idle time from the preferences again.
    void applySettings();
    // Whether the user is away because they were idle.
    bool isAutomatic() const { return m_automatic; }

private:
    ChatClient *m_client;
    QSettings *m_settings;
    IdleWatcher *m_watcher;
    bool m_automatic = false;
};

} // namespace Chinwag
