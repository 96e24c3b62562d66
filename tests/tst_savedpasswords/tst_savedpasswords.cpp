// SPDX-License-Identifier: GPL-3.0-or-later
// SavedPasswords over a keychain in memory (FakePasswordStore): what is kept, found and
// forgotten, the move of an older version's clear-text password out of the settings file, and
// a desktop without a keychain; and the real keychain's answer where no Secret Service runs.
#include <fakepasswordstore.h>

#include <keychainpasswordstore.h>
#include <savedpasswords.h>

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;
using Registration = ConnectSettings::Registration;

namespace {

ConnectSettings annaOn(quint16 port)
{
    ConnectSettings settings;
    settings.host = u"chat.example.org"_s;
    settings.port = port;
    settings.name = u"Anna"_s;
    settings.registration = Registration::SignIn;
    return settings;
}

// What fill() brings for these settings.
ConnectSettings filled(SavedPasswords &passwords, const ConnectSettings &settings)
{
    QSignalSpy spy(&passwords, &SavedPasswords::filled);
    passwords.fill(settings);
    if (spy.isEmpty() && !spy.wait(5000))
        return {};
    return spy.constLast().at(0).value<ConnectSettings>();
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_SavedPasswords : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void keptPasswordsAreFoundForTheirServerAndAccount();
    void passwordsAreForgottenWhenNotToBeRemembered();
    void signingOutForgetsTheAccountsPasswordOnly();
    void clearTextPasswordMovesToTheKeychainOnce();
    void withoutAKeychainNothingIsKeptAndTheUserIsTold();
    void clearTextPasswordLeavesTheFileEvenWithoutAKeychain();
    void realKeychainWithoutASecretServiceIsUnavailable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void tst_SavedPasswords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"client.ini"_s);
}

void tst_SavedPasswords::keptPasswordsAreFoundForTheirServerAndAccount()
{
    // Given anna's passwords, kept after she signed in and asked for it,
    QSettings settings(m_file, QSettings::IniFormat);
    FakePasswordStore keychain;
    SavedPasswords passwords(&keychain, &settings);
    ConnectSettings signedIn = annaOn(7000);
    signedIn.accountPassword = u"correct-horse"_s;
    signedIn.serverPassword = u"open sesame"_s;
    signedIn.rememberPassword = true;
    passwords.keep(signedIn);
    QTRY_COMPARE(keychain.entries().size(), 2);
    // (a reconnect signs in again with the same: the keychain is not written again)
    passwords.keep(signedIn);
    QCOMPARE(keychain.writes(), 2);

    // they come back for that server and account, whatever the case of her name,
    ConnectSettings again = annaOn(7000);
    again.name = u"anna"_s;
    const ConnectSettings found = filled(passwords, again);
    QCOMPARE(found.accountPassword, u"correct-horse"_s);
    QCOMPARE(found.serverPassword, u"open sesame"_s);
    QVERIFY(found.rememberPassword);

    // but never for another server, or a guest;
    const ConnectSettings elsewhere = filled(passwords, annaOn(7001));
    QVERIFY(elsewhere.accountPassword.isEmpty());
    QVERIFY(elsewhere.serverPassword.isEmpty());
    ConnectSettings guest = annaOn(7000);
    guest.registration = Registration::Guest;
    QVERIFY(filled(passwords, guest).accountPassword.isEmpty());

    // and a password given already stays as it is.
    ConnectSettings typed = annaOn(7000);
    typed.accountPassword = u"typed-just-now"_s;
    QCOMPARE(filled(passwords, typed).accountPassword, u"typed-just-now"_s);
    QVERIFY(!fileContents(m_file).contains("correct-horse"));
}

void tst_SavedPasswords::passwordsAreForgottenWhenNotToBeRemembered()
{
    QSettings settings(m_file, QSettings::IniFormat);
    FakePasswordStore keychain;
    keychain.setEntry(SavedPasswords::accountKey(u"chat.example.org"_s, 7000, u"anna"_s),
                      u"correct-horse"_s);
    keychain.setEntry(SavedPasswords::serverKey(u"chat.example.org"_s, 7000), u"open sesame"_s);
    SavedPasswords passwords(&keychain, &settings);
    ConnectSettings signedIn = annaOn(7000);
    signedIn.accountPassword = u"correct-horse"_s;
    signedIn.rememberPassword = false;
    passwords.keep(signedIn);
    QTRY_VERIFY(keychain.entries().isEmpty());
}

void tst_SavedPasswords::signingOutForgetsTheAccountsPasswordOnly()
{
    QSettings settings(m_file, QSettings::IniFormat);
    FakePasswordStore keychain;
    SavedPasswords passwords(&keychain, &settings);
    ConnectSettings signedIn = annaOn(7000);
    signedIn.accountPassword = u"correct-horse"_s;
    signedIn.serverPassword = u"open sesame"_s;
    signedIn.rememberPassword = true;
    passwords.keep(signedIn);
    passwords.forgetAccount(signedIn);
    const ConnectSettings found = filled(passwords, annaOn(7000));
    QVERIFY(found.accountPassword.isEmpty());
    QCOMPARE(found.serverPassword, u"open sesame"_s);
}

void tst_SavedPasswords::clearTextPasswordMovesToTheKeychainOnce()
{
    // Given the settings file of an older version, with the server's password in clear text,
    {
        QSettings old(m_file, QSettings::IniFormat);
        old.setValue(u"connection/host"_s, u"chat.example.org"_s);
        old.setValue(u"connection/port"_s, 7000);
        old.setValue(u"connection/name"_s, u"anna"_s);
        old.setValue(u"connection/password"_s, u"open sesame"_s);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    FakePasswordStore keychain;
    SavedPasswords passwords(&keychain, &settings);

    // the move takes it out of the file and into the keychain, to be remembered as before;
    passwords.migrate();
    QVERIFY(!fileContents(m_file).contains("open sesame"));
    const QString key = SavedPasswords::serverKey(u"chat.example.org"_s, 7000);
    QTRY_COMPARE(keychain.entries().value(key), u"open sesame"_s);
    const ConnectSettings loaded = ConnectSettings::load(settings);
    QVERIFY(loaded.rememberPassword);
    QCOMPARE(filled(passwords, loaded).serverPassword, u"open sesame"_s);

    // a second start finds nothing left to move, and does not touch the keychain again.
    keychain.setEntry(key, u"changed since"_s);
    SavedPasswords again(&keychain, &settings);
    again.migrate();
    QCOMPARE(filled(again, loaded).serverPassword, u"changed since"_s);
}

void tst_SavedPasswords::withoutAKeychainNothingIsKeptAndTheUserIsTold()
{
    QSettings settings(m_file, QSettings::IniFormat);
    FakePasswordStore keychain;
    keychain.setAvailable(false);
    SavedPasswords passwords(&keychain, &settings);
    QSignalSpy unavailable(&passwords, &SavedPasswords::keychainUnavailable);
    QSignalSpy notKept(&passwords, &SavedPasswords::notKept);

    // Looking up says there is no keychain, once;
    QVERIFY(filled(passwords, annaOn(7000)).accountPassword.isEmpty());
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!passwords.isAvailable());

    // asked to remember, it tells that it did not, and writes nothing anywhere.
    ConnectSettings signedIn = annaOn(7000);
    signedIn.accountPassword = u"correct-horse"_s;
    signedIn.rememberPassword = true;
    passwords.keep(signedIn);
    QCOMPARE(notKept.count(), 1);
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(keychain.entries().isEmpty());
    QVERIFY(!fileContents(m_file).contains("correct-horse"));
}

void tst_SavedPasswords::clearTextPasswordLeavesTheFileEvenWithoutAKeychain()
{
    {
        QSettings old(m_file, QSettings::IniFormat);
        old.setValue(u"connection/host"_s, u"chat.example.org"_s);
        old.setValue(u"connection/port"_s, 7000);
        old.setValue(u"connection/password"_s, u"open sesame"_s);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    FakePasswordStore keychain;
    keychain.setAvailable(false);
    SavedPasswords passwords(&keychain, &settings);
    QSignalSpy notKept(&passwords, &SavedPasswords::notKept);

    // The password leaves the file all the same; it is used for this run, and the user is told
    // that it will not be remembered.
    passwords.migrate();
    QVERIFY(!fileContents(m_file).contains("open sesame"));
    QTRY_COMPARE(notKept.count(), 1);
    QCOMPARE(filled(passwords, ConnectSettings::load(settings)).serverPassword, u"open sesame"_s);
}

void tst_SavedPasswords::realKeychainWithoutASecretServiceIsUnavailable()
{
    // Where no session bus runs (as here), the real keychain answers, and says it cannot keep
    // anything, rather than hanging or writing a file.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    KeychainPasswordStore keychain;
    QSignalSpy written(&keychain, &PasswordStore::writeFinished);
    QSignalSpy read(&keychain, &PasswordStore::readFinished);
    keychain.write(u"tst_savedpasswords"_s, u"never kept"_s);
    keychain.read(u"tst_savedpasswords"_s);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(1).value<PasswordStore::Outcome>(),
             PasswordStore::Outcome::Unavailable);
    QCOMPARE(read.at(0).at(1).value<PasswordStore::Outcome>(), PasswordStore::Outcome::Unavailable);
}

QTEST_GUILESS_MAIN(tst_SavedPasswords)
#include "tst_savedpasswords.moc"
