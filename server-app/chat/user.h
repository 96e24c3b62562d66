// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Chinwag {

class Session;

// One user as the others see them: a name, and the connections (sessions) it speaks through. A
// guest has one session; an account signed in from several devices has one each, and is one user
// to everyone else: online while any session is, away when all of them are. The Registry owns
// users and makes every change to them; a session keeps only its connection's state.
class User
{
public:
    User(const QString &name, const QString &key, bool account, quint64 historyAfter);

    const QString &name() const { return m_name; }
    const QString &key() const { return m_key; } // NameRules::key(name())
    // Signed in to an account: its name, groups and history outlive the connection.
    bool isAccount() const { return m_account; }
    // The last message id issued before this user's direct history begins: a guest reads only
    // what reached it since it registered, an account what was said since it owned its name.
    quint64 historyAfter() const { return m_historyAfter; }

    const std::vector<Session *> &sessions() const { return m_sessions; }
    bool isAway() const;
    // The text of the last AWAY of one of its sessions.
    const QString &awayText() const { return m_awayText; }

    // The registry's.
    void rename(const QString &name, const QString &key);
    void becomeAccount(quint64 historyAfter)
    {
        m_account = true;
        m_historyAfter = historyAfter;
    }
    void addSession(Session *session) { m_sessions.push_back(session); }
    // Returns whether no session is left.
    bool removeSession(const Session *session);
    void setAwayText(const QString &text) { m_awayText = text; }

private:
    QString m_name;
    QString m_key;
    QString m_awayText;
    std::vector<Session *> m_sessions;
    quint64 m_historyAfter;
    bool m_account;
};

} // namespace Chinwag
