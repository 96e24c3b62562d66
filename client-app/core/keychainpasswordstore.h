// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passwordstore.h"

namespace Chinwag {

// The desktop's keychain through QtKeychain: the Secret Service on Linux (GNOME Keyring,
// KWallet), the Keychain on macOS, the Credential Store on Windows. The passwords are kept under
// the service "Chinwag"; QtKeychain runs the jobs one after another, in order. Where no keychain
// service runs, or the user refuses access, every operation answers Unavailable; there is no
// fallback to a file.
class KeychainPasswordStore : public PasswordStore
{
    Q_OBJECT

public:
    using PasswordStore::PasswordStore;

    void read(const QString &key) override;
    void write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;
};

} // namespace Chinwag
