// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts through the real windows and a real server in one process: the connect dialog's
// sign-in, new account and guest; what the server refused, said in the dialog; the sidebar
// restored after signing out or starting again; two devices of one account; the account menu;
// the keychain, in memory, and a desktop without one.
#include "device.h"

#include <chatserver.h>
#include <errormessages.h>
#include <launchoptions.h>
#include <messageinput.h>
#include <store.h>

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <memory>

using namespace Chinwag;
using namespace Chinwag::AccountsGui;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Registration = ConnectSettings::Registration;

class tst_ClientAccountsGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newAccountSignsOutAndInAgainToItsConversations();
    void restartedClientFindsThePasswordAndTheConversations();
    void twoDevicesOfOneAccountSeeEachOthersMessagesOnce();
    void refusalsAreSaidInTheDialog();
    void serverWithoutGuestsOffersNoGuestChoice();
    void withoutAKeychainPasswordsAreNotRemembered();
    void passwordIsChangedAndTheAccountDeletedThroughTheMenu();

private:
    std::unique_ptr<Device> device(const QString &file);
    // Starts the device's window and fills its connect dialog: the server, the choice, the
    // name and the password; leaves the button to the test.
    bool fillIn(Device &device, const QString &choice, const QString &name, const QString &password,
                bool remember = true);
    // A device of anna's signed in through the dialog with the choice given.
    std::unique_ptr<Device> signedIn(const QString &file, const QString &choice);
    // bob, on a bare client: an account, online.
    std::unique_ptr<ChatClient> bob();
    // Sends a message and waits until the server took it.
    static bool sent(ChatClient &client, const Conversation &to, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<FakePasswordStore> m_keychain;
};

void tst_ClientAccountsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ServerConfig config;
    config.passwordCost = PasswordCost::least();
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_keychain = std::make_unique<FakePasswordStore>();
}

void tst_ClientAccountsGui::cleanup()
{
    m_server.reset();
    m_keychain.reset();
    m_dir.reset();
}

std::unique_ptr<Device> tst_ClientAccountsGui::device(const QString &file)
{
    return std::make_unique<Device>(m_dir->filePath(file), m_keychain.get());
}

bool tst_ClientAccountsGui::fillIn(Device &device, const QString &choice, const QString &name,
                                   const QString &password, bool remember)
{
    device.window.start(LaunchOptions());
    if (!QTest::qWaitFor([&] { return device.dialog() != nullptr; }))
        return false;
    ConnectDialog *dialog = device.dialog();
    typeInto(dialog->findChild<QLineEdit *>(u"host"_s), u"127.0.0.1"_s);
    auto *port = dialog->findChild<QSpinBox *>(u"port"_s);
    port->selectAll();
    QTest::keyClicks(port, QString::number(m_server->serverPort()));
    choose(dialog, choice);
    typeInto(dialog->findChild<QLineEdit *>(u"name"_s), name);
    if (choice != u"guestChoice"_s)
        typeInto(dialog->findChild<QLineEdit *>(u"accountPassword"_s), password);
    if (choice == u"signUpChoice"_s)
        typeInto(dialog->findChild<QLineEdit *>(u"repeatPassword"_s), password);
    auto *rememberBox = dialog->findChild<QCheckBox *>(u"rememberPassword"_s);
    if (rememberBox->isEnabled() && rememberBox->isChecked() != remember)
        QTest::mouseClick(rememberBox, Qt::LeftButton, {}, QPoint(4, rememberBox->height() / 2));
    return true;
}

std::unique_ptr<Device> tst_ClientAccountsGui::signedIn(const QString &file, const QString &choice)
{
    auto anna = device(file);
    if (!fillIn(*anna, choice, u"anna"_s, Password))
        return nullptr;
    clickButton(anna->dialog(), u"connectButton"_s);
    if (!QTest::qWaitFor([&] { return anna->client.isOnline(); }))
        return nullptr;
    return anna;
}

std::unique_ptr<ChatClient> tst_ClientAccountsGui::bob()
{
    auto client = std::make_unique<ChatClient>();
    ConnectSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_server->serverPort();
    settings.name = u"bob"_s;
    settings.registration = Registration::SignUp;
    settings.accountPassword = u"bobs-password"_s;
    client->connectToServer(settings);
    if (!QTest::qWaitFor([&] { return client->isOnline(); }))
        return nullptr;
    return client;
}

bool tst_ClientAccountsGui::sent(ChatClient &client, const Conversation &to, const QString &text)
{
    QSignalSpy changed(&client, &ChatClient::outgoingMessageChanged);
    const quint64 localId = client.sendMessage(to, text);
    return QTest::qWaitFor([&] {
        for (const QList<QVariant> &arguments : changed) {
            const auto entry = arguments.at(0).value<MessageEntry>();
            if (entry.localId == localId && entry.message.id != 0)
                return true;
        }
        return false;
    });
}

void tst_ClientAccountsGui::newAccountSignsOutAndInAgainToItsConversations()
{
    // Given anna, who makes her account in the dialog, and bob, who writes to her,
    const auto anna = signedIn(u"anna.ini"_s, u"signUpChoice"_s);
    QVERIFY(anna);
    QVERIFY(anna->client.isAccount());
    const auto bob = this->bob();
    QVERIFY(bob);
    const Conversation withBob = Conversation::direct(u"bob"_s);
    const Conversation team = Conversation::group(u"team"_s);
    bob->sendMessage(Conversation::direct(u"anna"_s), u"hello anna"_s);
    bob->makeGroup(u"team"_s, { u"anna"_s });
    QTRY_VERIFY(anna->conversations()->isActive(team));
    QTRY_COMPARE(anna->unread(withBob), 1);
    // her password went to the keychain, not to the settings file;
    const QString key =
            SavedPasswords::accountKey(u"127.0.0.1"_s, m_server->serverPort(), u"anna"_s);
    QTRY_COMPARE(m_keychain->entries().value(key), Password);
    anna->settings.sync();
    QFile file(anna->settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(Password.toUtf8()));

    // when she signs out, the window forgets her conversations and her password, and asks
    // whom to sign in as, her name ready;
    anna->find<QAction>(u"signOutAction"_s)->trigger();
    QTRY_VERIFY(anna->dialog());
    QCOMPARE(anna->sidebar(), QStringList{ u"Everyone"_s });
    QTRY_VERIFY(!m_keychain->entries().contains(key));
    ConnectDialog *dialog = anna->dialog();
    QVERIFY(dialog->findChild<QRadioButton *>(u"signInChoice"_s)->isChecked());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"name"_s)->text(), u"anna"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"accountPassword"_s)->text().isEmpty());

    // bob writes meanwhile;
    QVERIFY(sent(*bob, team, u"lunch?"_s));
    QVERIFY(sent(*bob, Conversation::direct(u"anna"_s), u"are you there?"_s));

    // signed in again, her sidebar is back from the server, with what she has not read.
    typeInto(dialog->findChild<QLineEdit *>(u"accountPassword"_s), Password);
    clickButton(dialog, u"connectButton"_s);
    QTRY_VERIFY(anna->client.isOnline());
    QTRY_COMPARE(anna->sidebar(), (QStringList{ u"Everyone"_s, u"bob"_s, u"team"_s }));
    QCOMPARE(anna->unread(withBob), 2);
    QCOMPARE(anna->unread(team), 1);
    QVERIFY(anna->conversations()->isActive(team));

    // Opening the conversation shows bob's messages after the marker.
    anna->click(withBob);
    QTRY_COMPARE(anna->chat(withBob), (QStringList{ u"hello anna"_s, u"are you there?"_s }));
    QCOMPARE(anna->unread(withBob), 0);
}

void tst_ClientAccountsGui::restartedClientFindsThePasswordAndTheConversations()
{
    // Given anna, who made her account and asked for her password to be remembered,
    auto anna = signedIn(u"anna.ini"_s, u"signUpChoice"_s);
    QVERIFY(anna);
    const auto bob = this->bob();
    QVERIFY(bob);
    const Conversation withBob = Conversation::direct(u"bob"_s);
    const Conversation team = Conversation::group(u"team"_s);
    bob->makeGroup(u"team"_s, { u"anna"_s });
    QTRY_VERIFY(anna->conversations()->contains(team));
    // who read what bob wrote just before she quits (told to the server as she quits, not
    // when the reading would be told otherwise),
    anna->session.readPositions()->setDelay(10min);
    bob->sendMessage(Conversation::direct(u"anna"_s), u"before you go"_s);
    QTRY_COMPARE(anna->unread(withBob), 1);
    anna->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&anna->window));
    anna->click(withBob);
    QCOMPARE(anna->unread(withBob), 0);

    // when she quits, and bob writes while she is away,
    anna->window.close();
    anna.reset();
    QTRY_COMPARE(m_server->clientCount(), 1);
    QVERIFY(sent(*bob, Conversation::direct(u"anna"_s), u"hello anna"_s));
    QVERIFY(sent(*bob, team, u"lunch?"_s));

    // then, started again on this computer, the dialog has her account and its password from
    // the keychain, and one click signs her in to her conversations.
    const auto again = device(u"anna.ini"_s);
    LaunchOptions options;
    options.settings = ConnectSettings::load(again->settings);
    again->window.start(options);
    QTRY_VERIFY(again->dialog());
    ConnectDialog *dialog = again->dialog();
    QVERIFY(dialog->findChild<QRadioButton *>(u"signInChoice"_s)->isChecked());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"accountPassword"_s)->text(), Password);
    QVERIFY(dialog->findChild<QCheckBox *>(u"rememberPassword"_s)->isChecked());
    clickButton(dialog, u"connectButton"_s);
    QTRY_VERIFY(again->client.isOnline());
    QTRY_COMPARE(again->sidebar(), (QStringList{ u"Everyone"_s, u"bob"_s, u"team"_s }));
    QCOMPARE(again->unread(withBob), 1);
    QCOMPARE(again->unread(team), 1);
    again->click(team);
    QTRY_COMPARE(again->chat(team), QStringList{ u"lunch?"_s });
}

void tst_ClientAccountsGui::twoDevicesOfOneAccountSeeEachOthersMessagesOnce()
{
    // Given anna on her desktop and on her laptop, and bob,
    const auto desktop = signedIn(u"desktop.ini"_s, u"signUpChoice"_s);
    QVERIFY(desktop);
    const auto laptop = signedIn(u"laptop.ini"_s, u"signInChoice"_s);
    QVERIFY(laptop);
    const auto bob = this->bob();
    QVERIFY(bob);
    const Conversation withBob = Conversation::direct(u"bob"_s);
    QSignalSpy bobHears(bob.get(), &ChatClient::messageReceived);

    // when she writes to bob on the desktop, by typing,
    desktop->window.openConversation(withBob);
    auto *input = desktop->find<MessageInput>(u"messageInput"_s);
    QTest::keyClicks(input, u"hi bob"_s);
    QTest::keyClick(input, Qt::Key_Return);

    // bob reads it once, and her laptop shows it once, as hers;
    QTRY_COMPARE(bobHears.count(), 1);
    QTRY_COMPARE(laptop->chat(withBob), QStringList{ u"(own) hi bob"_s });
    QCOMPARE(desktop->chat(withBob), QStringList{ u"(own) hi bob"_s });
    // bob sees one anna.
    bob->requestUsers();
    QSignalSpy listed(bob.get(), &ChatClient::usersListed);
    QVERIFY(listed.wait());
    QCOMPARE(listed.at(0).at(0).value<QList<OnlineUser>>().size(), 2);

    // bob's answer is unread on both, until she reads it on the laptop: then on neither.
    desktop->window.openConversation(Conversation::everyone());
    laptop->window.openConversation(Conversation::everyone());
    bob->sendMessage(Conversation::direct(u"anna"_s), u"hi anna"_s);
    QTRY_COMPARE(desktop->unread(withBob), 1);
    QTRY_COMPARE(laptop->unread(withBob), 1);
    laptop->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&laptop->window));
    laptop->click(withBob);
    QCOMPARE(laptop->unread(withBob), 0);
    QTRY_COMPARE(desktop->unread(withBob), 0);
}

void tst_ClientAccountsGui::refusalsAreSaidInTheDialog()
{
    // Given anna's account, signed out,
    {
        const auto first = signedIn(u"first.ini"_s, u"signUpChoice"_s);
        QVERIFY(first);
        first->window.close();
    }
    QTRY_COMPARE(m_server->clientCount(), 0);

    // a guest who asks for her name is told it is an account's, and offered to sign in;
    const auto stranger = device(u"stranger.ini"_s);
    QVERIFY(fillIn(*stranger, u"guestChoice"_s, u"anna"_s, {}));
    clickButton(stranger->dialog(), u"connectButton"_s);
    QTRY_VERIFY(stranger->dialog() && !errorOf(stranger->dialog()).isEmpty());
    ConnectDialog *dialog = stranger->dialog();
    QVERIFY2(errorOf(dialog).contains(u"belongs to an account"_s), qPrintable(errorOf(dialog)));
    QVERIFY(dialog->findChild<QRadioButton *>(u"signInChoice"_s)->isChecked());
    auto *password = dialog->findChild<QLineEdit *>(u"accountPassword"_s);
    QVERIFY(password->isVisible());
    QVERIFY(password->hasFocus());

    // a wrong password is said so, with the field ready to type again;
    QTest::keyClicks(password, u"guessed-wrong"_s);
    clickButton(dialog, u"connectButton"_s);
    QTRY_COMPARE(errorOf(dialog), ErrorMessages::describe({ ErrorCode::WrongPassword, {} }));
    QCOMPARE(password->selectedText(), u"guessed-wrong"_s);
    QCOMPARE(stranger->client.state(), ChatClient::State::Disconnected);

    // and the right one signs in.
    QTest::keyClicks(password, Password);
    QVERIFY(errorOf(dialog).isEmpty());
    clickButton(dialog, u"connectButton"_s);
    QTRY_VERIFY(stranger->client.isOnline());
    QVERIFY(stranger->client.isAccount());
}

void tst_ClientAccountsGui::serverWithoutGuestsOffersNoGuestChoice()
{
    // Given a server that requires accounts,
    ServerConfig config;
    config.passwordCost = PasswordCost::least();
    config.accountsRequired = true;
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));

    // a guest is turned away: the dialog says so, and no longer offers the guest choice;
    const auto anna = device(u"anna.ini"_s);
    QVERIFY(fillIn(*anna, u"guestChoice"_s, u"anna"_s, {}));
    ConnectDialog *dialog = anna->dialog();
    QVERIFY(dialog->findChild<QRadioButton *>(u"guestChoice"_s)->isVisible());
    clickButton(dialog, u"connectButton"_s);
    QTRY_VERIFY(dialog->isVisible() && !errorOf(dialog).isEmpty());
    QCOMPARE(errorOf(dialog), ErrorMessages::describe({ ErrorCode::AccountsRequired, {} }));
    QCOMPARE(anna->client.accounts(), ChatClient::Accounts::Required);
    QVERIFY(!dialog->findChild<QRadioButton *>(u"guestChoice"_s)->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(u"signInChoice"_s)->isChecked());

    // an account gets in.
    choose(dialog, u"signUpChoice"_s);
    typeInto(dialog->findChild<QLineEdit *>(u"accountPassword"_s), Password);
    typeInto(dialog->findChild<QLineEdit *>(u"repeatPassword"_s), Password);
    clickButton(dialog, u"connectButton"_s);
    QTRY_VERIFY(anna->client.isOnline());
}

void tst_ClientAccountsGui::withoutAKeychainPasswordsAreNotRemembered()
{
    // Given a desktop without a keychain,
    m_keychain->setAvailable(false);
    const auto anna = device(u"anna.ini"_s);
    QVERIFY(fillIn(*anna, u"signUpChoice"_s, u"anna"_s, Password));

    // the dialog says that passwords are not remembered, and offers not to;
    ConnectDialog *dialog = anna->dialog();
    QVERIFY(dialog->findChild<QLabel *>(u"keychainHint"_s)->isVisible());
    QVERIFY(!dialog->findChild<QCheckBox *>(u"rememberPassword"_s)->isEnabled());

    // signed in, she is online all the same, and nothing is kept anywhere;
    clickButton(dialog, u"connectButton"_s);
    QTRY_VERIFY(anna->client.isOnline());
    QVERIFY(m_keychain->entries().isEmpty());
    anna->settings.sync();
    QFile file(anna->settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(Password.toUtf8()));

    // started again, the dialog has her account and waits for its password, where she types.
    anna->window.close();
    const auto again = device(u"anna.ini"_s);
    LaunchOptions options;
    options.settings = ConnectSettings::load(again->settings);
    again->window.start(options);
    QTRY_VERIFY(again->dialog());
    ConnectDialog *signIn = again->dialog();
    QVERIFY(signIn->findChild<QRadioButton *>(u"signInChoice"_s)->isChecked());
    QCOMPARE(signIn->findChild<QLineEdit *>(u"name"_s)->text(), u"anna"_s);
    auto *password = signIn->findChild<QLineEdit *>(u"accountPassword"_s);
    QVERIFY(password->text().isEmpty());
    QTRY_VERIFY(password->hasFocus());
    QTest::keyClicks(signIn->focusWidget(), Password);
    clickButton(signIn, u"connectButton"_s);
    QTRY_VERIFY(again->client.isOnline());
}

void tst_ClientAccountsGui::passwordIsChangedAndTheAccountDeletedThroughTheMenu()
{
    const auto anna = signedIn(u"anna.ini"_s, u"signUpChoice"_s);
    QVERIFY(anna);
    const QString key =
            SavedPasswords::accountKey(u"127.0.0.1"_s, m_server->serverPort(), u"anna"_s);
    QTRY_COMPARE(m_keychain->entries().value(key), Password);

    // The password is changed in its dialog, which stays open on a wrong one;
    anna->find<QAction>(u"changePasswordAction"_s)->trigger();
    QTRY_VERIFY(anna->find<QDialog>(u"changePasswordDialog"_s));
    QPointer<QDialog> change = anna->find<QDialog>(u"changePasswordDialog"_s);
    QTRY_VERIFY(change->isVisible());
    typeInto(change->findChild<QLineEdit *>(u"oldPassword"_s), u"guessed-wrong"_s);
    typeInto(change->findChild<QLineEdit *>(u"newPassword"_s), u"new-horse-battery"_s);
    typeInto(change->findChild<QLineEdit *>(u"repeatPassword"_s), u"new-horse-battery"_s);
    clickButton(change, u"changeButton"_s);
    QTRY_COMPARE(errorOf(change), ErrorMessages::describe({ ErrorCode::WrongPassword, {} }));
    typeInto(change->findChild<QLineEdit *>(u"oldPassword"_s), Password);
    clickButton(change, u"changeButton"_s);
    QTRY_VERIFY(!change || !change->isVisible());
    // the keychain has the new one.
    QTRY_COMPARE(m_keychain->entries().value(key), u"new-horse-battery"_s);

    // Deleting asks first, saying what goes; with the password, the account is gone, and the
    // dialog asks whom to connect as.
    anna->find<QAction>(u"deleteAccountAction"_s)->trigger();
    QTRY_VERIFY(anna->find<QDialog>(u"deleteAccountDialog"_s));
    QPointer<QDialog> remove = anna->find<QDialog>(u"deleteAccountDialog"_s);
    const QString message = remove->findChild<QLabel *>(u"deleteMessage"_s)->text();
    QVERIFY(message.contains(u"anna"_s));
    QVERIFY(message.contains(u"cannot be undone"_s));
    auto *deleteButton = remove->findChild<QPushButton *>(u"deleteButton"_s);
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(!deleteButton->isDefault());
    typeInto(remove->findChild<QLineEdit *>(u"password"_s), u"new-horse-battery"_s);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY(anna->dialog());
    QVERIFY(!remove || !remove->isVisible());
    QVERIFY(!m_server->store()->account(u"anna"_s));
    QTRY_VERIFY(!m_keychain->entries().contains(key));
    QCOMPARE(errorOf(anna->dialog()),
             ErrorMessages::describeDisconnect({ ErrorCode::AccountDeleted, {} }));
    QVERIFY(anna->dialog()->findChild<QRadioButton *>(u"guestChoice"_s)->isChecked());
    QCOMPARE(anna->sidebar(), QStringList{ u"Everyone"_s });
}

QTEST_MAIN(tst_ClientAccountsGui)
#include "tst_client_accounts_gui.moc"
