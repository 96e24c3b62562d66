// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Chinwag {

// Where passwords are kept between runs, by key: the desktop's keychain (KeychainPasswordStore),
// or a stand-in in tests. Every operation answers later, with a signal that names its key, in
// the order the operations were asked for. A store without a keychain behind it answers
// Unavailable, and then nothing is kept.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Done,
        NotFound, // read: nothing is kept under the key
        Unavailable, // there is no keychain to keep passwords in
    };
    Q_ENUM(Outcome)

    using QObject::QObject;

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &password) = 0;
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    // `password` is empty unless the outcome is Done.
    void readFinished(const QString &key, Chinwag::PasswordStore::Outcome outcome,
                      const QString &password);
    void writeFinished(const QString &key, Chinwag::PasswordStore::Outcome outcome);
    void removeFinished(const QString &key, Chinwag::PasswordStore::Outcome outcome);
};

} // namespace Chinwag
