// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainpasswordstore.h"

#include "clientlog.h"

#include <qt6keychain/keychain.h>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Outcome = PasswordStore::Outcome;

namespace {

const QString Service = u"Chinwag"_s;

Outcome outcomeOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return Outcome::Done;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    default:
        // The reason names the backend's trouble, never the password.
        qCInfo(lcClient).noquote() << KeychainPasswordStore::tr("The keychain cannot be used: %1")
                                              .arg(job->errorString());
        return Outcome::Unavailable;
    }
}

template<typename Job>
Job *startJob(QObject *parent, const QString &key)
{
    auto *job = new Job(Service, parent);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

} // namespace

void KeychainPasswordStore::read(const QString &key)
{
    auto *job = startJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const Outcome outcome = outcomeOf(job);
        Q_EMIT readFinished(key, outcome, outcome == Outcome::Done ? job->textData() : QString());
    });
    job->start();
}

void KeychainPasswordStore::write(const QString &key, const QString &password)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, key] { Q_EMIT writeFinished(key, outcomeOf(job)); });
    job->start();
}

void KeychainPasswordStore::remove(const QString &key)
{
    auto *job = startJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, key] { Q_EMIT removeFinished(key, outcomeOf(job)); });
    job->start();
}

} // namespace Chinwag
