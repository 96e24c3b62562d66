// SPDX-License-Identifier: GPL-3.0-or-later
#include <certificatedialog.h>
#include <chatclient.h>
#include <chatserver.h>
#include <chatsession.h>
#include <chatwindow.h>
#include <connectdialog.h>
#include <connectionbanner.h>
#include <errormessages.h>
#include <fakepasswordstore.h>
#include <launchoptions.h>
#include <savedpasswords.h>
#include <testcertificate.h>
#include <trustedcertificates.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"open sesame"_s;

// The client as main() puts it together, with settings of its own in a temporary file: the
// certificates the user trusted are kept there too; the keychain is one in memory.
struct Person
{
    explicit Person(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat),
          trusted(&settings),
          passwords(&keychain, &settings),
          session(&client),
          window(&session, &settings, &passwords)
    {
        client.setTrustedCertificates(&trusted);
        session.setSettings(&settings);
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window.findChild<T *>(name);
    }

    ConnectDialog *connectDialog() const { return find<ConnectDialog>(u"connectDialog"_s); }

    // The certificate dialog on screen, if there is one.
    CertificateDialog *certificateDialog() const
    {
        const auto dialogs = window.findChildren<CertificateDialog *>();
        for (CertificateDialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    QSettings settings;
    TrustedCertificates trusted;
    FakePasswordStore keychain;
    SavedPasswords passwords;
    ChatClient client;
    ChatSession session;
    ChatWindow window;
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString labelText(QWidget *dialog, const QString &name)
{
    auto *label = dialog->findChild<QLabel *>(name);
    return label ? label->text() : u"(no label %1)"_s.arg(name);
}

} // namespace

// The connect dialog's "Use TLS" and password, and the certificate dialog, driven as a person
// drives them, against a real server with TLS and a password.
class tst_TlsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tlsAndPasswordThroughTheDialogs();
    void changedCertificateIsShownAsAChangeAndCanBeRefused();
    void expiredCertificateIsShownAsExpiredThoughTrusted();
    void passwordHintAndRememberFollowTheFields();

private:
    // A server with TLS and the password, on a free port, in place of the one before.
    void startServer(const TestCertificate &certificate);
    // Opens the connect dialog of a new window and fills it in as a person would.
    void fillInTheConnectDialog(Person &person, const QString &name, const QString &password);

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_first;
    std::optional<TestCertificate> m_second;
    std::optional<TestCertificate> m_expired;
    std::unique_ptr<ChatServer> m_server;
};

void tst_TlsGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_first = TestCertificate::make(m_dir.path(), u"first"_s, &error);
    QVERIFY2(m_first, qPrintable(error));
    m_second = TestCertificate::make(m_dir.path(), u"second"_s, &error);
    QVERIFY2(m_second, qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_expired = TestCertificate::makeDated(m_dir.path(), u"expired"_s, now.addDays(-3),
                                           now.addDays(-1), &error);
    QVERIFY2(m_expired, qPrintable(error));
}

void tst_TlsGui::init()
{
    startServer(*m_first);
}

void tst_TlsGui::startServer(const TestCertificate &certificate)
{
    ServerConfig config;
    config.password = Password;
    config.tlsCertificates = { certificate.certificate };
    config.tlsKey = certificate.key;
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
}

void tst_TlsGui::cleanup()
{
    m_server.reset();
}

void tst_TlsGui::fillInTheConnectDialog(Person &person, const QString &name,
                                        const QString &password)
{
    LaunchOptions options;
    options.settings = ConnectSettings::load(person.settings);
    person.window.start(options);
    QVERIFY(QTest::qWaitForWindowExposed(&person.window));
    ConnectDialog *dialog = person.connectDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    typeInto(dialog->findChild<QLineEdit *>(u"host"_s), u"127.0.0.1"_s);
    auto *port = dialog->findChild<QSpinBox *>(u"port"_s);
    port->selectAll();
    QTest::keyClicks(port, QString::number(m_server->serverPort()));
    typeInto(dialog->findChild<QLineEdit *>(u"name"_s), name);
    auto *tls = dialog->findChild<QCheckBox *>(u"tls"_s);
    QVERIFY(!tls->isChecked());
    QTest::mouseClick(tls, Qt::LeftButton, {}, QPoint(4, tls->height() / 2));
    QVERIFY(tls->isChecked());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"password"_s), password);
}

void tst_TlsGui::tlsAndPasswordThroughTheDialogs()
{
    const QString file = m_dir.filePath(u"anna.ini"_s);
    Person anna(file);

    // Given anna, who ticks "Use TLS" and mistypes the password,
    fillInTheConnectDialog(anna, u"anna"_s, u"open sesam"_s);
    ConnectDialog *dialog = anna.connectDialog();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);

    // the certificate, which no authority signed, is shown with the fingerprint openssl gave;
    QTRY_VERIFY(anna.certificateDialog());
    QPointer<CertificateDialog> question = anna.certificateDialog();
    QCOMPARE(labelText(question, u"fingerprint"_s), QString::fromLatin1(m_first->fingerprint));
    QVERIFY(!question->findChild<QLabel *>(u"previousFingerprint"_s));
    QVERIFY(labelText(question, u"subject"_s).contains(u"first"_s));
    QCOMPARE(anna.client.state(), ChatClient::State::Disconnected);

    // trusted, the client connects again, and the password is refused: the connect dialog
    // comes back with the reason and the password selected to be typed over,
    QTest::mouseClick(question->findChild<QPushButton *>(u"trustButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!question || !question->isVisible());
    auto *error = dialog->findChild<QLabel *>(u"error"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(error->text(), ErrorMessages::describe({ ErrorCode::BadPassword, {} }));
    auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
    QCOMPARE(password->selectedText(), u"open sesam"_s);
    QVERIFY(dialog->findChild<QCheckBox *>(u"tls"_s)->isChecked());
    QCOMPARE(anna.client.state(), ChatClient::State::Disconnected);

    // and with the right one, anna is online without being asked about the certificate again.
    QTest::keyClicks(password, Password);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    QTRY_VERIFY(anna.client.isOnline());
    QVERIFY(!anna.certificateDialog());
    QVERIFY(anna.find<QLabel>(u"serverLabel"_s)->text().contains(u"encrypted"_s));

    // The trust is kept in her settings; the password, which she did not ask to be
    // remembered, is not.
    anna.settings.sync();
    QSettings saved(file, QSettings::IniFormat);
    QCOMPARE(TrustedCertificates(&saved).fingerprint(u"127.0.0.1"_s, m_server->serverPort()),
             m_first->fingerprint);
    const ConnectSettings remembered = ConnectSettings::load(saved);
    QVERIFY(remembered.tls);
    QVERIFY(remembered.serverPassword.isEmpty());
    QVERIFY(!remembered.rememberPassword);
}

void tst_TlsGui::changedCertificateIsShownAsAChangeAndCanBeRefused()
{
    // Given anna, who trusted another certificate for this server before,
    Person anna(m_dir.filePath(u"changed.ini"_s));
    anna.trusted.trust(u"127.0.0.1"_s, m_server->serverPort(), m_second->certificate);
    QSignalSpy reconnects(&anna.client, &ChatClient::reconnectScheduled);
    fillInTheConnectDialog(anna, u"anna"_s, Password);
    QTest::mouseClick(anna.connectDialog()->findChild<QPushButton *>(u"connectButton"_s),
                      Qt::LeftButton);

    // the dialog says that the certificate has changed, shows both fingerprints, and Enter
    // refuses it;
    QTRY_VERIFY(anna.certificateDialog());
    QPointer<CertificateDialog> question = anna.certificateDialog();
    QCOMPARE(labelText(question, u"fingerprint"_s), QString::fromLatin1(m_first->fingerprint));
    QCOMPARE(labelText(question, u"previousFingerprint"_s),
             QString::fromLatin1(m_second->fingerprint));
    QVERIFY(labelText(question, u"certificateMessage"_s).contains(u"not the one you trusted"_s));
    auto *cancel = question->findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel->isDefault());
    QVERIFY(!question->findChild<QPushButton *>(u"trustButton"_s)->isDefault());

    // refused with Enter, the client stays disconnected and says why, and the old trust stays.
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!question || !question->isVisible());
    QCOMPARE(anna.client.state(), ChatClient::State::Disconnected);
    QCOMPARE(reconnects.count(), 0);
    auto *banner = anna.find<ConnectionBanner>(u"connectionBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"certificate has changed"_s), qPrintable(banner->text()));
    QCOMPARE(anna.trusted.fingerprint(u"127.0.0.1"_s, m_server->serverPort()),
             m_second->fingerprint);
    QCOMPARE(m_server->clientCount(), 0);
}

void tst_TlsGui::expiredCertificateIsShownAsExpiredThoughTrusted()
{
    // Given anna, who trusted the server's certificate, which has since expired,
    startServer(*m_expired);
    Person anna(m_dir.filePath(u"expired.ini"_s));
    anna.trusted.trust(u"127.0.0.1"_s, m_server->serverPort(), m_expired->certificate);
    fillInTheConnectDialog(anna, u"anna"_s, Password);
    QTest::mouseClick(anna.connectDialog()->findChild<QPushButton *>(u"connectButton"_s),
                      Qt::LeftButton);

    // the dialog says that it has expired, and when, that she trusted it before, shows no
    // other fingerprint, and Enter would refuse it;
    QTRY_VERIFY(anna.certificateDialog());
    QPointer<CertificateDialog> question = anna.certificateDialog();
    QCOMPARE(question->windowTitle(),
             CertificateDialog::tr("The Server's Certificate Has Expired"));
    const QString message = labelText(question, u"certificateMessage"_s);
    const QString expiry = QLocale().toString(m_expired->certificate.expiryDate().toLocalTime(),
                                              QLocale::ShortFormat);
    QVERIFY2(message.contains(u"expired on %1"_s.arg(expiry)), qPrintable(message));
    QVERIFY2(message.contains(u"You trusted this certificate before"_s), qPrintable(message));
    QCOMPARE(labelText(question, u"fingerprint"_s), QString::fromLatin1(m_expired->fingerprint));
    QVERIFY(!question->findChild<QLabel *>(u"previousFingerprint"_s));
    auto *trust = question->findChild<QPushButton *>(u"trustButton"_s);
    QVERIFY(question->findChild<QPushButton *>(u"cancelButton"_s)->isDefault());
    QVERIFY(!trust->isDefault());
    QCOMPARE(trust->text(), CertificateDialog::tr("&Connect Anyway"));
    QCOMPARE(anna.client.state(), ChatClient::State::Disconnected);

    // connecting anyway, she is online.
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY(!question || !question->isVisible());
    QTRY_VERIFY(anna.client.isOnline());
}

void tst_TlsGui::passwordHintAndRememberFollowTheFields()
{
    Person anna(m_dir.filePath(u"hint.ini"_s));
    LaunchOptions options;
    anna.window.start(options);
    // The dialog opens once the keychain has said what it remembers.
    QTRY_VERIFY(anna.connectDialog() && anna.connectDialog()->isVisible());
    ConnectDialog *dialog = anna.connectDialog();
    auto *tls = dialog->findChild<QCheckBox *>(u"tls"_s);
    auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
    auto *hint = dialog->findChild<QLabel *>(u"passwordHint"_s);
    auto *remember = dialog->findChild<QCheckBox *>(u"rememberPassword"_s);

    // With no password there is nothing to warn about or to remember;
    QVERIFY(!hint->isVisible());
    QVERIFY(!remember->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // a password without TLS would travel in clear: the dialog says so, until TLS is ticked.
    QTest::keyClicks(password, Password);
    QVERIFY(hint->isVisible());
    QVERIFY(remember->isEnabled());
    QTest::mouseClick(tls, Qt::LeftButton, {}, QPoint(4, tls->height() / 2));
    QVERIFY(!hint->isVisible());
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(4, remember->height() / 2));
    QVERIFY(dialog->settings().rememberPassword);
    QCOMPARE(dialog->settings().serverPassword, Password);
    QVERIFY(dialog->settings().tls);
}

QTEST_MAIN(tst_TlsGui)
#include "tst_tls_gui.moc"
