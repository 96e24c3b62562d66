// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Chinwag {

// What one Argon2id hash costs (libsodium's crypto_pwhash_str): passes over memory, and memory
// in KiB. The defaults are libsodium's INTERACTIVE limits (docs/SECURITY.md); tests and the
// benchmark's sign-in storm may choose less. A hash carries its own cost, so a change applies
// to new passwords and every old one still verifies.
struct PasswordCost
{
    static constexpr quint64 DefaultOps = 2;
    static constexpr quint64 DefaultMemoryKiB = 64 * 1024;
    // libsodium's least: crypto_pwhash_OPSLIMIT_MIN and MEMLIMIT_MIN (8 KiB).
    static constexpr quint64 MinOps = 1;
    static constexpr quint64 MinMemoryKiB = 8;

    quint64 ops = DefaultOps;
    quint64 memoryKiB = DefaultMemoryKiB;

    static PasswordCost least() { return { MinOps, MinMemoryKiB }; }
};

} // namespace Chinwag
