// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Chinwag {

// The defence against guessing passwords: failed attempts are counted per address and per
// account, and after the first few each next attempt must wait longer (1 s, 2 s, 4 s … up to
// maxDelayMSecs); after lockoutFailures the address or account is locked out for lockoutMSecs.
// A success clears the count of the account and of the address. Times are the caller's clock
// in milliseconds, so that a test can move it.
//
// Both tables are bounded: when one is full, entries whose wait is over go first, then the
// oldest failure, so that someone who tries from many addresses cannot make it grow.
class SignInThrottle
{
public:
    struct Policy
    {
        int freeFailures = 2;
        qint64 maxDelayMSecs = 30'000;
        int lockoutFailures = 10;
        qint64 lockoutMSecs = 15 * 60'000;
        int maxEntries = 10'000;
    };

    struct Verdict
    {
        qint64 waitMSecs = 0; // 0: the attempt may go ahead
        bool lockedOut = false; // the wait is a lockout
    };

    SignInThrottle();
    explicit SignInThrottle(const Policy &policy) : m_policy(policy) { }

    // Whether an attempt from `address` on `account` may go ahead at `now`.
    Verdict check(const QString &address, const QString &account, qint64 now) const;
    // Counts a failure; returns whether it locked the address or the account out.
    bool failed(const QString &address, const QString &account, qint64 now);
    void succeeded(const QString &address, const QString &account);

    const Policy &policy() const { return m_policy; }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailure = 0;
        qint64 allowedFrom = 0; // the next attempt may come then
        bool lockedOut = false;
    };
    using Table = QHash<QString, Entry>;

    Verdict check(const Table &table, const QString &key, qint64 now) const;
    bool fail(Table &table, const QString &key, qint64 now);
    void makeRoom(Table &table, qint64 now) const;

    Policy m_policy;
    Table m_addresses;
    Table m_accounts;
};

} // namespace Chinwag
