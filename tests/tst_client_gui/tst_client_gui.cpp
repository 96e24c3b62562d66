// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatclient.h>
#include <chatserver.h>
#include <chatsession.h>
#include <chatwindow.h>
#include <connectdialog.h>
#include <connectionbanner.h>
#include <conversationlistmodel.h>
#include <directorymodel.h>
#include <errormessages.h>
#include <launchoptions.h>
#include <messagecomposer.h>
#include <messagedelegate.h>
#include <messageformatter.h>
#include <messageinput.h>
#include <messagemodel.h>
#include <messageview.h>
#include <newgroupdialog.h>
#include <notifier.h>
#include <session.h>
#include <userlistmodel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

// One person's client as they run it: the client, its session and its window, with settings of
// its own in a temporary file.
struct Person
{
    Person(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat),
          session(&client),
          window(&session, &settings)
    {
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window.findChild<T *>(name);
    }

    ConversationListModel *conversations() const { return session.conversations(); }
    QListView *sidebar() const { return find<QListView>(u"conversationList"_s); }
    MessageView *messageView() const { return find<MessageView>(u"messageView"_s); }
    MessageInput *input() const { return find<MessageInput>(u"messageInput"_s); }

    // The texts of a conversation's chat messages, without system lines.
    QStringList chatTexts(const Conversation &conversation) const
    {
        QStringList texts;
        const MessageModel *messages = conversations()->messages(conversation);
        for (int row = 0; messages && row < messages->rowCount(); ++row) {
            const QModelIndex index = messages->index(row);
            if (index.data(MessageModel::KindRole).toInt() == int(MessageEntry::Kind::Chat))
                texts.append(index.data(MessageModel::TextRole).toString());
        }
        return texts;
    }

    int unread(const Conversation &conversation) const
    {
        return conversations()
                ->indexOf(conversation)
                .data(ConversationListModel::UnreadRole)
                .toInt();
    }

    QSettings settings;
    ChatClient client;
    ChatSession session;
    ChatWindow window;
};

// Clicks a check box on its indicator, wherever its text ends.
void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

void clickRow(QListView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void doubleClickRow(QListView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

// Two real chat windows and a real server in one process: what a person does (typing, clicking,
// pressing Enter) and what the other person then sees.
class tst_ClientGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void twoPeopleTalkThroughTheirWindows();
    void groupIsMadeThroughThePanelAndTalkedIn();
    void publicGroupIsFoundJoinedAndModerated();
    void takenNameBringsTheDialogBackWithTheReason();
    void kickShowsAClearState();
    void connectDialogRemembersTheLastValues();
    void windowKeepsItsLayoutInTheSettings();
    void ctrlKJumpsToAConversationFromTheInput();
    void historyTypingAndAwayReachTheOthers();

    // The parts of the window on their own.
    void inputWalksTheHistoryWithUpAndDown();
    void counterAppearsNearTheLineLimit();
    void linksAreFoundAndClickable_data();
    void linksAreFoundAndClickable();
    void selectedMessagesAreCopiedAsText();
    void timesAreLocalAndShort();

private:
    // A person whose window has connected through the connect dialog.
    std::unique_ptr<Person> connectedPerson(const QString &name);
    // Types a name into the connect dialog of a person's window and clicks Connect.
    void connectThroughTheDialog(Person &person, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChatServer> m_server;
};

void tst_ClientGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<ChatServer>(ServerConfig());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_ClientGui::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void tst_ClientGui::connectThroughTheDialog(Person &person, const QString &name)
{
    LaunchOptions options;
    options.settings = ConnectSettings::load(person.settings);
    person.window.start(options);
    QVERIFY(QTest::qWaitForWindowExposed(&person.window));
    auto *dialog = person.find<ConnectDialog>(u"connectDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    typeInto(dialog->findChild<QLineEdit *>(u"host"_s), u"127.0.0.1"_s);
    auto *port = dialog->findChild<QSpinBox *>(u"port"_s);
    port->selectAll();
    QTest::keyClicks(port, QString::number(m_server->serverPort()));
    typeInto(dialog->findChild<QLineEdit *>(u"name"_s), name);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
}

std::unique_ptr<Person> tst_ClientGui::connectedPerson(const QString &name)
{
    auto person = std::make_unique<Person>(m_dir->filePath(name + u".ini"_s));
    connectThroughTheDialog(*person, name);
    if (!QTest::qWaitFor([&] { return person->client.isOnline(); }, 5000))
        return nullptr;
    return person;
}

void tst_ClientGui::twoPeopleTalkThroughTheirWindows()
{
    // Given anna and bob, each connected through the connect dialog,
    const auto anna = connectedPerson(u"anna"_s);
    const auto bob = connectedPerson(u"bob"_s);
    QVERIFY(anna && bob);
    QAbstractItemModelTester tester(bob->conversations());
    QTRY_COMPARE(anna->session.users()->names(), (QStringList{ u"anna"_s, u"bob"_s }));
    QCOMPARE(anna->find<QLabel>(u"nameLabel"_s)->text(), u"Signed in as anna"_s);
    QSignalSpy notified(bob->window.findChild<Notifier *>(), &Notifier::notified);
    anna->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&anna->window));

    // when anna types to everyone and presses Enter,
    QTest::keyClicks(anna->input(), u"hello everyone"_s);
    QTest::keyClick(anna->input(), Qt::Key_Return);

    // then bob's window shows it in Everyone, where he is, without a notification,
    QTRY_COMPARE(bob->chatTexts(Conversation::everyone()), QStringList{ u"hello everyone"_s });
    QCOMPARE(notified.count(), 0);
    QCOMPARE(bob->messageView()->model(), bob->conversations()->messages(Conversation::everyone()));
    QVERIFY(anna->input()->toPlainText().isEmpty());

    // and when she double-clicks bob among those online and writes to him alone,
    QListView *users = anna->find<QListView>(u"usersList"_s);
    doubleClickRow(users, anna->session.users()->rowOf(u"bob"_s));
    const Conversation toBob = Conversation::direct(u"bob"_s);
    QTRY_COMPARE(anna->window.currentConversation(), toBob);
    QTest::keyClicks(anna->input(), u"just for you"_s);
    QTest::keyClick(anna->input(), Qt::Key_Enter);

    // bob's sidebar gets a conversation with her, its unread count rises,
    const Conversation withAnna = Conversation::direct(u"anna"_s);
    QTRY_COMPARE(bob->unread(withAnna), 1);
    QCOMPARE(bob->chatTexts(withAnna), QStringList{ u"just for you"_s });
    QVERIFY(bob->window.windowTitle().startsWith(u"(1) "_s));
    // and he is told, as his window is not the active one.
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0), (QVariantList{ u"anna"_s, u"just for you"_s }));

    // Opening it reads it.
    clickRow(bob->sidebar(), bob->conversations()->rowOf(withAnna));
    QTRY_COMPARE(bob->unread(withAnna), 0);
    QCOMPARE(bob->window.currentConversation(), withAnna);
    QCOMPARE(bob->find<QLabel>(u"conversationTitle"_s)->text(), u"anna"_s);
    // Her own message is marked as sent.
    const MessageModel *annas = anna->conversations()->messages(toBob);
    QTRY_COMPARE(annas->index(annas->rowCount() - 1).data(MessageModel::DeliveryRole).toInt(),
                 int(MessageEntry::Delivery::Sent));
}

void tst_ClientGui::groupIsMadeThroughThePanelAndTalkedIn()
{
    const auto anna = connectedPerson(u"anna"_s);
    const auto bob = connectedPerson(u"bob"_s);
    const auto carol = connectedPerson(u"carol"_s);
    QVERIFY(anna && bob && carol);
    QTRY_COMPARE(anna->session.users()->rowCount(), 3);

    // Given anna's group panel, she asks for a new group,
    QTest::mouseClick(anna->find<QPushButton>(u"newGroupButton"_s), Qt::LeftButton);
    auto *dialog = anna->window.findChild<NewGroupDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *makeButton = dialog->findChild<QPushButton *>(u"makeGroupButton"_s);

    // names it (a bad name is refused as it is typed),
    auto *name = dialog->findChild<QLineEdit *>(u"groupName"_s);
    QTest::keyClicks(name, u"9team"_s);
    QVERIFY(!makeButton->isEnabled());
    typeInto(name, u"team"_s);
    QVERIFY(makeButton->isEnabled());

    // picks bob from those online (she is not offered herself),
    auto *picker = dialog->findChild<QListView *>(u"memberPicker"_s);
    QCOMPARE(picker->model()->rowCount(), 2);
    for (int row = 0; row < picker->model()->rowCount(); ++row) {
        if (picker->model()->index(row, 0).data().toString() == u"bob"_s)
            clickRow(picker, row);
    }
    QCOMPARE(dialog->members(), QStringList{ u"bob"_s });
    QTest::mouseClick(makeButton, Qt::LeftButton);

    // and the group opens in her window and appears in bob's, with both as members.
    const Conversation team = Conversation::group(u"team"_s);
    QTRY_COMPARE(anna->window.currentConversation(), team);
    QTRY_VERIFY(bob->conversations()->contains(team));
    QVERIFY(!carol->conversations()->contains(team));
    QTRY_COMPARE(anna->find<QListView>(u"membersList"_s)->model()->rowCount(), 2);

    // She writes in it; bob opens it and answers.
    QTest::keyClicks(anna->input(), u"welcome to the team"_s);
    QTest::keyClick(anna->input(), Qt::Key_Return);
    QTRY_COMPARE(bob->chatTexts(team), QStringList{ u"welcome to the team"_s });
    QCOMPARE(bob->unread(team), 1);
    clickRow(bob->sidebar(), bob->conversations()->rowOf(team));
    QTRY_COMPARE(bob->window.currentConversation(), team);
    QTest::keyClicks(bob->input(), u"thanks!"_s);
    QTest::keyClick(bob->input(), Qt::Key_Return);
    QTRY_COMPARE(anna->chatTexts(team), (QStringList{ u"welcome to the team"_s, u"thanks!"_s }));

    // anna invites carol through the panel; carol learns the members.
    auto *invitee = anna->find<QComboBox>(u"invitee"_s);
    QTest::keyClicks(invitee->lineEdit(), u"carol"_s);
    QTest::mouseClick(anna->find<QPushButton>(u"inviteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(carol->conversations()->contains(team));
    QTRY_COMPARE(carol->conversations()->members(team)->names(),
                 (QStringList{ u"anna"_s, u"bob"_s, u"carol"_s }));

    // bob leaves: the group goes from his sidebar, and the others see him go.
    QTest::mouseClick(bob->find<QPushButton>(u"leaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!bob->conversations()->contains(team));
    QCOMPARE(bob->window.currentConversation(), Conversation::everyone());
    QTRY_COMPARE(anna->conversations()->members(team)->names(),
                 (QStringList{ u"anna"_s, u"carol"_s }));
}

void tst_ClientGui::publicGroupIsFoundJoinedAndModerated()
{
    const auto anna = connectedPerson(u"anna"_s);
    const auto bob = connectedPerson(u"bob"_s);
    QVERIFY(anna && bob);
    QTRY_COMPARE(anna->session.users()->rowCount(), 2);

    // anna makes a public group of herself alone through the dialog,
    QTest::mouseClick(anna->find<QPushButton>(u"newGroupButton"_s), Qt::LeftButton);
    auto *dialog = anna->window.findChild<NewGroupDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"groupName"_s), u"lobby"_s);
    auto *makePublic = dialog->findChild<QCheckBox *>(u"publicCheck"_s);
    clickCheckBox(makePublic);
    QVERIFY(makePublic->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"makeGroupButton"_s), Qt::LeftButton);

    // and it opens in her window, public, with the owner's controls.
    const Conversation lobby = Conversation::group(u"lobby"_s);
    QTRY_COMPARE(anna->window.currentConversation(), lobby);
    auto *annasPublic = anna->find<QCheckBox>(u"publicCheck"_s);
    QTRY_VERIFY(annasPublic->isChecked());
    QVERIFY(annasPublic->isVisible());
    QVERIFY(anna->find<QPushButton>(u"removeButton"_s)->isVisible());
    QVERIFY(!anna->find<QWidget>(u"directoryView"_s)->isVisible());

    // bob, in Everyone, finds it in the directory and joins it;
    QVERIFY(bob->find<QWidget>(u"directoryView"_s)->isVisible());
    auto *join = bob->find<QPushButton>(u"joinButton"_s);
    QVERIFY(!join->isEnabled());
    QTest::mouseClick(bob->find<QPushButton>(u"findGroupsButton"_s), Qt::LeftButton);
    auto *directory = bob->find<QListView>(u"directoryList"_s);
    QTRY_COMPARE(directory->model()->rowCount(), 1);
    QCOMPARE(directory->model()->index(0, 0).data(DirectoryModel::NameRole), QVariant(u"lobby"_s));
    clickRow(directory, 0);
    QVERIFY(join->isEnabled());
    QTest::mouseClick(join, Qt::LeftButton);
    QTRY_COMPARE(bob->window.currentConversation(), lobby);
    QTRY_COMPARE(bob->conversations()->owner(lobby), u"anna"_s);
    // he is no owner: no controls for him.
    QVERIFY(!bob->find<QCheckBox>(u"publicCheck"_s)->isVisible());
    QVERIFY(!bob->find<QPushButton>(u"removeButton"_s)->isVisible());
    QTRY_COMPARE(anna->conversations()->members(lobby)->names(),
                 (QStringList{ u"anna"_s, u"bob"_s }));
    QTest::keyClicks(bob->input(), u"hi anna"_s);
    QTest::keyClick(bob->input(), Qt::Key_Return);
    QTRY_COMPARE(anna->chatTexts(lobby), QStringList{ u"hi anna"_s });

    // anna picks him among the members, gives a reason and removes him:
    auto *members = anna->find<QListView>(u"membersList"_s);
    auto *remove = anna->find<QPushButton>(u"removeButton"_s);
    QVERIFY(!remove->isEnabled());
    clickRow(members, anna->conversations()->members(lobby)->rowOf(u"bob"_s));
    QVERIFY(remove->isEnabled());
    QTest::keyClicks(anna->find<QLineEdit>(u"removeReason"_s), u"wrong room"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    // both read why, and bob keeps the conversation, read-only.
    QTRY_VERIFY(!bob->conversations()->isActive(lobby));
    const auto systemLines = [](const Person &person, const Conversation &c) {
        QStringList lines;
        const MessageModel *messages = person.conversations()->messages(c);
        for (int row = 0; row < messages->rowCount(); ++row)
            lines.append(messages->index(row).data(MessageModel::TextRole).toString());
        return lines;
    };
    QVERIFY(systemLines(*bob, lobby).contains(u"anna removed you from the group: wrong room"_s));
    QTRY_VERIFY(
            systemLines(*anna, lobby).contains(u"You removed bob from the group: wrong room"_s));
    QCOMPARE(anna->conversations()->members(lobby)->names(), QStringList{ u"anna"_s });

    // She makes it private: it leaves the directory.
    clickCheckBox(annasPublic);
    QTRY_VERIFY(!anna->conversations()->isPublic(lobby));
    QVERIFY(!annasPublic->isChecked());
    clickRow(bob->sidebar(), bob->conversations()->rowOf(Conversation::everyone()));
    QTRY_VERIFY(bob->find<QWidget>(u"directoryView"_s)->isVisible());
    QTest::mouseClick(bob->find<QPushButton>(u"findGroupsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(directory->model()->rowCount(), 0);
}

void tst_ClientGui::takenNameBringsTheDialogBackWithTheReason()
{
    const auto anna = connectedPerson(u"anna"_s);
    QVERIFY(anna);

    // Given someone else who asks for anna's name, spelled otherwise,
    Person other(m_dir->filePath(u"other.ini"_s));
    connectThroughTheDialog(other, u"Anna"_s);

    // the dialog comes back with the reason, and the name selected to be typed over.
    auto *dialog = other.find<ConnectDialog>(u"connectDialog"_s);
    auto *error = dialog->findChild<QLabel *>(u"error"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(error->text(), ErrorMessages::describe({ ErrorCode::NameTaken, {} }));
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    QCOMPARE(name->selectedText(), u"Anna"_s);
    QCOMPARE(other.client.state(), ChatClient::State::Disconnected);

    // Typing another name over it connects.
    QTest::keyClicks(name, u"annie"_s);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    QTRY_VERIFY(other.client.isOnline());
    QCOMPARE(other.client.name(), u"annie"_s);
    QVERIFY(!dialog->isVisible());
}

void tst_ClientGui::kickShowsAClearState()
{
    const auto bob = connectedPerson(u"bob"_s);
    QVERIFY(bob);
    auto *banner = bob->find<ConnectionBanner>(u"connectionBanner"_s);
    QVERIFY(!banner->isVisible());

    // When the operator kicks bob,
    quint64 id = 0;
    for (const quint64 client : m_server->clientIds()) {
        if (m_server->client(client)->name() == u"bob"_s)
            id = client;
    }
    QVERIFY(m_server->kick(id, u"please calm down"_s));

    // his window says so, with the reason, and offers to connect again rather than retrying.
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"please calm down"_s), qPrintable(banner->text()));
    QVERIFY(bob->find<QPushButton>(u"connectAgainButton"_s)->isVisible());
    QVERIFY(!bob->find<QPushButton>(u"reconnectNowButton"_s)->isVisible());
    QVERIFY(bob->find<QLabel>(u"stateLabel"_s)->text().contains(u"Disconnected"_s));
    QVERIFY(!bob->find<MessageComposer>(u"composer"_s)->isEnabled());
    QCOMPARE(bob->client.state(), ChatClient::State::Disconnected);
    const QStringList lines = [&] {
        QStringList texts;
        const MessageModel *messages = bob->conversations()->messages(Conversation::everyone());
        for (int row = 0; row < messages->rowCount(); ++row)
            texts.append(messages->index(row).data().toString());
        return texts;
    }();
    QVERIFY(lines.last().contains(u"please calm down"_s));
}

void tst_ClientGui::connectDialogRemembersTheLastValues()
{
    const auto anna = connectedPerson(u"anna"_s);
    QVERIFY(anna);

    // A new window with the same settings offers what anna used.
    Person again(anna->settings.fileName());
    LaunchOptions options;
    options.settings = ConnectSettings::load(again.settings);
    again.window.start(options);
    auto *dialog = again.find<ConnectDialog>(u"connectDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->settings().name, u"anna"_s);
    QCOMPARE(dialog->settings().port, m_server->serverPort());
    QCOMPARE(dialog->settings().host, u"127.0.0.1"_s);
}

void tst_ClientGui::windowKeepsItsLayoutInTheSettings()
{
    // anna makes her window smaller and moves the splitter between its three panes, then closes
    // the window;
    const QString file = m_dir->filePath(u"anna.ini"_s);
    QSize size;
    QList<int> panes;
    {
        Person anna(file);
        anna.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&anna.window));
        auto *splitter = anna.find<QSplitter>(u"mainSplitter"_s);
        QVERIFY(splitter);
        const QList<int> before = splitter->sizes();
        anna.window.resize(960, 620);
        QTRY_COMPARE(anna.window.size(), QSize(960, 620));
        splitter->setSizes({ 300, 420, 240 });
        size = anna.window.size();
        panes = splitter->sizes();
        QVERIFY(panes != before);
        QVERIFY(anna.window.close());
    }

    // her next window opens as she left it.
    Person again(file);
    again.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again.window));
    QCOMPARE(again.window.size(), size);
    QCOMPARE(again.find<QSplitter>(u"mainSplitter"_s)->sizes(), panes);
}

void tst_ClientGui::ctrlKJumpsToAConversationFromTheInput()
{
    const auto anna = connectedPerson(u"anna"_s);
    QVERIFY(anna);
    anna->session.openConversation(Conversation::direct(u"bob"_s));
    anna->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&anna->window));
    anna->input()->setFocus();
    QTest::keyClicks(anna->input(), u"half a thought"_s);

    // Ctrl+K in the input opens the switcher, rather than deleting to the end of the line;
    QTest::keyClick(anna->input(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(anna->find<QLineEdit>(u"quickSwitcherSearch"_s));
    auto *search = anna->find<QLineEdit>(u"quickSwitcherSearch"_s);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(anna->input()->toPlainText(), u"half a thought"_s);

    // a few letters and Enter open that conversation, and the draft waits in the first.
    QTest::keyClicks(search, u"bo"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(anna->window.currentConversation(), Conversation::direct(u"bob"_s));
    QCOMPARE(anna->input()->toPlainText(), QString());
    anna->window.openConversation(Conversation::everyone());
    QCOMPARE(anna->input()->toPlainText(), u"half a thought"_s);
}

void tst_ClientGui::historyTypingAndAwayReachTheOthers()
{
    // Given anna, who has said something before bob came,
    const auto anna = connectedPerson(u"anna"_s);
    QVERIFY(anna);
    // (sent without typing: typing tells the others once every few seconds)
    anna->session.sendText(Conversation::everyone(), u"said before bob came"_s);
    const MessageModel *sent = anna->conversations()->messages(Conversation::everyone());
    QTRY_COMPARE(sent->index(sent->rowCount() - 1).data(MessageModel::DeliveryRole).toInt(),
                 int(MessageEntry::Delivery::Sent));

    // bob's window shows it from the server's history;
    const auto bob = connectedPerson(u"bob"_s);
    QVERIFY(bob);
    QTRY_COMPARE(bob->chatTexts(Conversation::everyone()),
                 QStringList{ u"said before bob came"_s });

    // while anna types, bob reads that she does;
    anna->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&anna->window));
    QTest::keyClicks(anna->input(), u"one more"_s);
    auto *typing = bob->find<QLabel>(u"typingLabel"_s);
    QTRY_COMPARE(typing->text(), u"anna is typing…"_s);

    // and when she sets herself away, bob's list greys her, with her text.
    anna->find<QAction>(u"awayAction"_s)->trigger();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = anna->window.findChild<QInputDialog *>()) && dialog->isVisible());
    auto *text = dialog->findChild<QLineEdit *>();
    text->selectAll();
    QTest::keyClicks(text, u"at lunch"_s);
    QTest::keyClick(text, Qt::Key_Return);
    UserListModel *users = bob->session.users();
    QTRY_VERIFY(users->index(users->rowOf(u"anna"_s)).data(UserListModel::AwayRole).toBool());
    QCOMPARE(users->index(users->rowOf(u"anna"_s)).data(Qt::ToolTipRole).toString(), u"at lunch"_s);
}

void tst_ClientGui::inputWalksTheHistoryWithUpAndDown()
{
    MessageComposer composer;
    QSignalSpy submitted(&composer, &MessageComposer::submitted);
    composer.show();
    MessageInput *input = composer.input();
    for (const QString &text : { u"first"_s, u"second"_s }) {
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QCOMPARE(submitted.count(), 2);
    QTest::keyClicks(input, u"draft"_s);

    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), u"second"_s);
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), u"first"_s);
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), u"first"_s);
    QTest::keyClick(input, Qt::Key_Down);
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->toPlainText(), u"draft"_s);

    // Shift+Enter starts a new line instead of sending.
    QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(input, u"more"_s);
    QCOMPARE(input->toPlainText(), u"draft\nmore"_s);
    QCOMPARE(submitted.count(), 2);
}

void tst_ClientGui::counterAppearsNearTheLineLimit()
{
    MessageComposer composer;
    composer.setConversation(Conversation::everyone(), u"Everyone"_s);
    composer.setMaxLineBytes(100);
    composer.show();
    auto *counter = composer.findChild<QLabel *>(u"lengthCounter"_s);
    QSignalSpy submitted(&composer, &MessageComposer::submitted);
    // "MSGALL " before the text.
    const qsizetype overhead = ChatClient::lineBytes(Conversation::everyone(), u"x"_s) - 1;

    composer.setText(QString(50, u'x'));
    QVERIFY(!counter->isVisible());
    composer.setText(QString(100 - overhead - 5, u'x'));
    QVERIFY(counter->isVisible());
    QCOMPARE(composer.remainingBytes(), 5);
    QCOMPARE(counter->text(), u"5 left"_s);

    // Over the limit, Enter does not send.
    composer.setText(QString(100 - overhead - 1, u'x') + u"é"_s);
    QCOMPARE(composer.remainingBytes(), -1);
    QTest::keyClick(composer.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
}

void tst_ClientGui::linksAreFoundAndClickable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("link");
    QTest::newRow("https") << u"see https://example.org/a?b=1&c=2 now"_s
                           << u"https://example.org/a?b=1&c=2"_s;
    QTest::newRow("full stop after") << u"at https://example.org."_s << u"https://example.org"_s;
    QTest::newRow("in parentheses") << u"(https://example.org/x)"_s << u"https://example.org/x"_s;
    QTest::newRow("www") << u"www.example.org is up"_s << u"http://www.example.org"_s;
    QTest::newRow("none") << u"no link <b>here</b>"_s << QString();
}

void tst_ClientGui::linksAreFoundAndClickable()
{
    QFETCH(QString, text);
    QFETCH(QString, link);

    const QString html = MessageFormatter::textToHtml(text);
    QVERIFY(!html.contains(u"<b>"_s));
    if (link.isEmpty()) {
        QVERIFY(!html.contains(u"<a "_s));
        return;
    }
    QVERIFY2(html.contains(u"href=\"%1\""_s.arg(link.toHtmlEscaped())), qPrintable(html));

    // In a view, a click on the link asks for it to be opened.
    MessageModel model(Conversation::everyone());
    MessageEntry entry;
    entry.message = { 1, QDateTime::currentDateTimeUtc(), Conversation::everyone(), u"bob"_s,
                      text };
    model.append(entry);
    MessageView view;
    view.resize(600, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &MessageView::linkActivated);
    const QRect rect = view.visualRect(model.index(0));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = rect;
    QPoint onLink;
    for (int x = rect.left(); x < rect.right() && onLink.isNull(); x += 2) {
        for (int y = rect.top(); y < rect.bottom() && onLink.isNull(); y += 2) {
            if (!view.messageDelegate()->linkAt(option, model.index(0), { x, y }).isEmpty())
                onLink = { x, y };
        }
    }
    QVERIFY(!onLink.isNull());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onLink);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toUrl(), QUrl(link));
}

void tst_ClientGui::selectedMessagesAreCopiedAsText()
{
    MessageModel model(Conversation::everyone());
    const QDateTime time = QDateTime::currentDateTimeUtc();
    for (const auto &[id, from, text] :
         { std::tuple{ 1, u"bob"_s, u"one"_s }, std::tuple{ 2, u"carol"_s, u"two"_s } }) {
        MessageEntry entry;
        entry.message = { quint64(id), time, Conversation::everyone(), from, text };
        model.append(entry);
    }
    MessageView view;
    view.setModel(&model);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.selectAll();
    QTest::keySequence(&view, QKeySequence::Copy);
    const QString clock = MessageFormatter::timeText(time);
    QCOMPARE(QApplication::clipboard()->text(), u"[%1] bob: one\n[%1] carol: two"_s.arg(clock));
}

void tst_ClientGui::timesAreLocalAndShort()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime utc = now.toUTC();
    const QString today = MessageFormatter::timeText(utc, now);
    QVERIFY(!today.contains(u':') || today.count(u':') == 1);
    QVERIFY(today.contains(QString::number(now.time().minute()).rightJustified(2, u'0')));
    QVERIFY(MessageFormatter::timeText(utc.addDays(-1), now).startsWith(u"yesterday"_s));
    QVERIFY(MessageFormatter::timeText(utc.addDays(-10), now).size() > today.size());
}

QTEST_MAIN(tst_ClientGui)
#include "tst_client_gui.moc"
