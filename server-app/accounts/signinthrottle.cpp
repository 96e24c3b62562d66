// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinthrottle.h"

#include <algorithm>

namespace Chinwag {

SignInThrottle::SignInThrottle() : m_policy(Policy()) { }

SignInThrottle::Verdict SignInThrottle::check(const QString &address, const QString &account,
                                              qint64 now) const
{
    const Verdict byAddress = check(m_addresses, address, now);
    const Verdict byAccount = check(m_accounts, account, now);
    if (byAddress.lockedOut != byAccount.lockedOut)
        return byAddress.lockedOut ? byAddress : byAccount;
    return byAddress.waitMSecs >= byAccount.waitMSecs ? byAddress : byAccount;
}

SignInThrottle::Verdict SignInThrottle::check(const Table &table, const QString &key,
                                              qint64 now) const
{
    const auto it = table.constFind(key);
    if (it == table.cend() || it->allowedFrom <= now)
        return {};
    return { it->allowedFrom - now, it->lockedOut };
}

bool SignInThrottle::failed(const QString &address, const QString &account, qint64 now)
{
    const bool addressLocked = fail(m_addresses, address, now);
    const bool accountLocked = fail(m_accounts, account, now);
    return addressLocked || accountLocked;
}

bool SignInThrottle::fail(Table &table, const QString &key, qint64 now)
{
    if (!table.contains(key))
        makeRoom(table, now);
    Entry &entry = table[key];
    // A lockout that is over starts the count again.
    if (entry.lockedOut && entry.allowedFrom <= now)
        entry = {};
    entry.lastFailure = now;
    ++entry.failures;
    if (entry.failures >= m_policy.lockoutFailures) {
        const bool started = !entry.lockedOut;
        entry.lockedOut = true;
        entry.allowedFrom = now + m_policy.lockoutMSecs;
        return started;
    }
    const int beyond = entry.failures - m_policy.freeFailures;
    if (beyond > 0) {
        const qint64 delay = qint64(1000) << std::min(beyond - 1, 20);
        entry.allowedFrom = now + std::min(delay, m_policy.maxDelayMSecs);
    }
    return false;
}

void SignInThrottle::succeeded(const QString &address, const QString &account)
{
    m_addresses.remove(address);
    m_accounts.remove(account);
}

void SignInThrottle::makeRoom(Table &table, qint64 now) const
{
    if (table.size() < m_policy.maxEntries)
        return;
    // An entry whose wait is over and that has not failed for a lockout's time is forgotten.
    table.removeIf([this, now](const Table::iterator &it) {
        return it->allowedFrom <= now && now - it->lastFailure >= m_policy.lockoutMSecs;
    });
    if (table.size() < m_policy.maxEntries)
        return;
    const auto oldest =
            std::min_element(table.begin(), table.end(), [](const Entry &a, const Entry &b) {
                return a.lastFailure < b.lastFailure;
            });
    table.erase(oldest);
}

} // namespace Chinwag
