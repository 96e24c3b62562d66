// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace Chinwag {

// A self-signed server certificate and its private key, made for one test run by the `openssl`
// program in a directory the test owns, as an operator would make one. Its SHA-256 fingerprint
// is what `openssl x509 -fingerprint -sha256` prints, so that a test compares the client's
// fingerprint with one the code under test did not compute.
struct TestCertificate
{
    QString certificateFile;
    QString keyFile;
    QSslCertificate certificate;
    QSslKey key;
    QByteArray fingerprint; // "AB:CD:…", as openssl prints it

    // Makes one named `name` (its common name, and the files' base name) in `directory`; on
    // failure, nullopt and why in `error`.
    static std::optional<TestCertificate> make(const QString &directory, const QString &name,
                                               QString *error);
};

} // namespace Chinwag
