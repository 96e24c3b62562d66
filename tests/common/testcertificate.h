// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
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
    // The same, valid from `from` until `until` only (made with `openssl ca`, which can date a
    // certificate in the past): one that has expired, or is not valid yet.
    static std::optional<TestCertificate> makeDated(const QString &directory, const QString &name,
                                                    const QDateTime &from, const QDateTime &until,
                                                    QString *error);

private:
    // Reads the files openssl made, with the fingerprint it prints.
    static std::optional<TestCertificate> load(const QString &certificateFile,
                                               const QString &keyFile, QString *error);
};

} // namespace Chinwag
