// SPDX-License-Identifier: GPL-3.0-or-later
#include "user.h"

#include "session.h"

#include <algorithm>

namespace Chinwag {

User::User(const QString &name, const QString &key, bool account, quint64 historyAfter)
    : m_name(name), m_key(key), m_historyAfter(historyAfter), m_account(account)
{
}

bool User::isAway() const
{
    return !m_sessions.empty()
            && std::all_of(m_sessions.cbegin(), m_sessions.cend(),
                           [](const Session *session) { return session->isAway(); });
}

void User::rename(const QString &name, const QString &key)
{
    m_name = name;
    m_key = key;
}

bool User::removeSession(const Session *session)
{
    m_sessions.erase(std::remove(m_sessions.begin(), m_sessions.end(), session), m_sessions.end());
    return m_sessions.empty();
}

} // namespace Chinwag
