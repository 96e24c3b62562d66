// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

constexpr int OpensslMSecs = 30000;

// Runs openssl with `arguments`; its standard output, or nullopt and why in `error`.
std::optional<QByteArray> openssl(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(u"openssl"_s, arguments);
    // A test helper: there is no event loop to return to before the files exist.
    if (!process.waitForFinished(OpensslMSecs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"openssl %1 failed: %2 %3"_s.arg(
                arguments.join(u' '), process.errorString(),
                QString::fromLocal8Bit(process.readAllStandardError()));
        process.kill();
        process.waitForFinished(OpensslMSecs);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<TestCertificate> TestCertificate::make(const QString &directory, const QString &name,
                                                     QString *error)
{
    const QDir dir(directory);
    const QString certificateFile = dir.filePath(name + u"-cert.pem"_s);
    const QString keyFile = dir.filePath(name + u"-key.pem"_s);
    // An elliptic-curve key is made at once, where an RSA key takes a while.
    if (!openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=%1/O=Chinwag tests"_s.arg(name), u"-keyout"_s, keyFile, u"-out"_s,
                   certificateFile },
                 error))
        return std::nullopt;
    return load(certificateFile, keyFile, error);
}

std::optional<TestCertificate> TestCertificate::makeDated(const QString &directory,
                                                          const QString &name,
                                                          const QDateTime &from,
                                                          const QDateTime &until, QString *error)
{
    // `openssl ca` signs a request with the request's own key (-selfsign), and keeps a small
    // database of what it signed, here in a folder of its own.
    QDir dir(directory);
    const QString caDir = name + u"-ca"_s;
    if (!dir.mkpath(caDir)) {
        *error = u"cannot make %1"_s.arg(dir.filePath(caDir));
        return std::nullopt;
    }
    const QDir ca(dir.filePath(caDir));
    const QString config = ca.filePath(u"ca.cnf"_s);
    QFile configFile(config);
    QFile index(ca.filePath(u"index.txt"_s));
    if (!configFile.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)) {
        *error = u"cannot write in %1"_s.arg(ca.path());
        return std::nullopt;
    }
    configFile.write(u"[ca]\ndefault_ca = test\n"
                     "[test]\ndatabase = %1\nnew_certs_dir = %2\nrand_serial = yes\n"
                     "default_md = sha256\npolicy = any\nunique_subject = no\n"
                     "[any]\ncommonName = supplied\norganizationName = optional\n"_s
                             .arg(index.fileName(), ca.path())
                             .toUtf8());
    configFile.close();
    index.close();

    const QString request = ca.filePath(name + u".csr"_s);
    const QString certificateFile = dir.filePath(name + u"-cert.pem"_s);
    const QString keyFile = dir.filePath(name + u"-key.pem"_s);
    const auto date = [](const QDateTime &time) {
        return time.toUTC().toString(u"yyyyMMddHHmmss'Z'"_s);
    };
    if (!openssl({ u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-subj"_s,
                   u"/CN=%1/O=Chinwag tests"_s.arg(name), u"-keyout"_s, keyFile, u"-out"_s,
                   request },
                 error)
        || !openssl({ u"ca"_s, u"-batch"_s, u"-config"_s, config, u"-selfsign"_s, u"-keyfile"_s,
                      keyFile, u"-in"_s, request, u"-out"_s, certificateFile, u"-notext"_s,
                      u"-startdate"_s, date(from), u"-enddate"_s, date(until) },
                    error))
        return std::nullopt;
    return load(certificateFile, keyFile, error);
}

std::optional<TestCertificate> TestCertificate::load(const QString &certificateFile,
                                                     const QString &keyFile, QString *error)
{
    TestCertificate result;
    result.certificateFile = certificateFile;
    result.keyFile = keyFile;
    const auto printed = openssl({ u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s,
                                   u"-in"_s, result.certificateFile },
                                 error);
    if (!printed)
        return std::nullopt;
    // "sha256 Fingerprint=AB:CD:…" (the case of the first word depends on the version)
    result.fingerprint = printed->mid(printed->indexOf('=') + 1).trimmed();

    const auto pem = readFile(result.certificateFile, error);
    const auto key = pem ? readFile(result.keyFile, error) : std::nullopt;
    if (!key)
        return std::nullopt;
    result.certificate = QSslCertificate(*pem, QSsl::Pem);
    result.key = QSslKey(*key, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.certificate.isNull() || result.key.isNull() || result.fingerprint.isEmpty()) {
        *error = u"openssl made a certificate or key that Qt cannot read"_s;
        return std::nullopt;
    }
    return result;
}

} // namespace Chinwag
