// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passwordcost.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace Chinwag {

// Makes and checks Argon2id password hashes (libsodium) on a small pool of threads, so that a
// storm of sign-ins never stalls the event loop: each costs tens of milliseconds and megabytes
// of memory by design. The pool leaves one core to the event loop. Its queue is bounded, and
// the bound is rarely reached: a connection waits for its password, reading nothing, so each
// holds at most one request and the storm is paced by TCP. Beyond the bound a request is refused
// at once (the caller answers BUSY) rather than waiting without end. Results come back on the
// hasher's thread, as queued calls.
class PasswordHasher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxPending = 1024;

    explicit PasswordHasher(const PasswordCost &cost, int maxPending = DefaultMaxPending,
                            QObject *parent = nullptr);
    ~PasswordHasher() override;

    // `done` gets the hash, or an empty one if it could not be made (memory).
    using Hashed = std::function<void(const QByteArray &hash)>;
    using Verified = std::function<void(bool matches)>;
    // For a change of password: the old one is checked, and only if it matches is the new one
    // hashed (`hash` is empty otherwise).
    using Changed = std::function<void(bool matches, const QByteArray &hash)>;

    // Each returns false, and calls nothing, when the queue is full.
    bool hash(const QString &password, Hashed done);
    bool verify(const QByteArray &hash, const QString &password, Verified done);
    bool change(const QByteArray &hash, const QString &oldPassword, const QString &newPassword,
                Changed done);

    int pending() const { return m_pending; }
    const PasswordCost &cost() const { return m_cost; }

    // The pool's work, without it: for tests and the benchmark's figures.
    static QByteArray hashNow(const QString &password, const PasswordCost &cost);
    static bool verifyNow(const QByteArray &hash, const QString &password);

private:
    bool run(std::function<std::function<void()>()> work);

    const PasswordCost m_cost;
    const int m_maxPending;
    int m_pending = 0;
    // Last, so that it is destroyed first: its destructor waits for the running hashes, whose
    // results then go nowhere.
    QThreadPool m_pool;
};

} // namespace Chinwag
