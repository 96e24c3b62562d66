// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QHash>
#include <QString>

class QSettings;

namespace Chinwag {

// How far the user has read each conversation: the id of the newest message they have seen, per
// server and name, remembered in QSettings (or only in memory without settings), so that the
// "new messages" marker finds its place after a restart.
class ReadMarkers
{
public:
    explicit ReadMarkers(QSettings *settings = nullptr) : m_settings(settings) { }

    void setSettings(QSettings *settings);
    // Whose reading is remembered: the markers of one name on one server.
    void setAccount(const QString &host, quint16 port, const QString &name);

    // 0 when the user has never read the conversation here.
    quint64 lastSeen(const Conversation &conversation) const;
    // Moves the marker forward to `id`; never back.
    void setLastSeen(const Conversation &conversation, quint64 id);

private:
    QString keyOf(const Conversation &conversation) const;

    QSettings *m_settings;
    QString m_account;
    mutable QHash<QString, quint64> m_cache;
};

} // namespace Chinwag
