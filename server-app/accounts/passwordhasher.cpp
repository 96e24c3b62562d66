// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <sodium.h>

#include <QMetaObject>
#include <QThread>

#include <algorithm>

namespace Chinwag {

namespace {

// A copy of the password that is wiped when it is no longer needed; Qt's strings cannot be.
class Secret
{
public:
    explicit Secret(const QString &text) : m_bytes(text.toUtf8()) { }
    ~Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return quint64(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::PasswordHasher(const PasswordCost &cost, int maxPending, QObject *parent)
    : QObject(parent), m_cost(cost), m_maxPending(maxPending)
{
    // Safe to call more than once; it fails only without a source of randomness.
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_pool.setObjectName(QStringLiteral("password hashing"));
}

PasswordHasher::~PasswordHasher()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QByteArray PasswordHasher::hashNow(const QString &password, const PasswordCost &cost)
{
    const Secret secret(password);
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(hash.data(), secret.data(), secret.size(), cost.ops,
                          size_t(cost.memoryKiB) * 1024)
        != 0)
        return {};
    hash.truncate(qsizetype(qstrlen(hash.constData())));
    return hash;
}

bool PasswordHasher::verifyNow(const QByteArray &hash, const QString &password)
{
    const Secret secret(password);
    // The hash must be NUL terminated for libsodium.
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::run(std::function<std::function<void()>()> work)
{
    if (m_pending >= m_maxPending)
        return false;
    ++m_pending;
    m_pool.start([this, work = std::move(work)] {
        std::function<void()> deliver = work();
        QMetaObject::invokeMethod(
                this,
                [this, deliver = std::move(deliver)] {
                    --m_pending;
                    deliver();
                },
                Qt::QueuedConnection);
    });
    return true;
}

bool PasswordHasher::hash(const QString &password, Hashed done)
{
    return run([password, cost = m_cost, done = std::move(done)]() -> std::function<void()> {
        const QByteArray hash = hashNow(password, cost);
        return [done, hash] { done(hash); };
    });
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password, Verified done)
{
    return run([hash, password, done = std::move(done)]() -> std::function<void()> {
        const bool matches = verifyNow(hash, password);
        return [done, matches] { done(matches); };
    });
}

bool PasswordHasher::change(const QByteArray &hash, const QString &oldPassword,
                            const QString &newPassword, Changed done)
{
    return run([hash, oldPassword, newPassword, cost = m_cost,
                done = std::move(done)]() -> std::function<void()> {
        const bool matches = verifyNow(hash, oldPassword);
        const QByteArray newHash = matches ? hashNow(newPassword, cost) : QByteArray();
        return [done, matches, newHash] { done(matches, newHash); };
    });
}

} // namespace Chinwag
