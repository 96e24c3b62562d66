// SPDX-License-Identifier: GPL-3.0-or-later
// The command handler without sockets or files: sessions over a FakeTransport, a FakeRouter
// that notes where each line went, and a MemoryStore. Accounts, privacy, several devices,
// groups that outlive connections, and bad input for every account command.
#include "commandhandler.h"
#include "faketransport.h"
#include "fakerouter.h"
#include "memorystore.h"
#include "messageidsource.h"
#include "passwordhasher.h"
#include "protocollimits.h"
#include "registry.h"
#include "serverlog.h"
#include "session.h"
#include "signinthrottle.h"
#include "timeoutwheel.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

const QString AnnaPassword = u"anna-secret-1"_s;
const QString DavePassword = u"dave-secret-2"_s;

// One client's side of a session.
struct Client
{
    QPointer<Session> session;
    FakeTransport *transport = nullptr;

    void send(const QByteArray &line) { transport->feed(line); }
    QByteArrayList lines() { return transport->takeLines(); }
    // Waits for the first line that starts with `prefix`, dropping those before it.
    QByteArray waitFor(const QByteArray &prefix)
    {
        QByteArray found;
        const auto seen = [&] {
            QByteArrayList taken = transport->takeLines();
            while (!taken.isEmpty()) {
                const QByteArray line = taken.takeFirst();
                if (line.startsWith(prefix)) {
                    found = line;
                    transport->putBack(taken);
                    return true;
                }
            }
            return false;
        };
        return QTest::qWaitFor(seen, 10000) ? found : QByteArray();
    }
};

QByteArrayList startingWith(const QByteArrayList &lines, const QByteArray &prefix)
{
    QByteArrayList found;
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            found.append(line);
    }
    return found;
}

} // namespace

class tst_CommandHandler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void welcomeSaysAccountsAreOptional();
    void signUpOwnsTheName();
    void newcomerReadsNothingOfTheOwner();
    void heldOnlyForAccounts();
    void severalDevices();
    void groupsOutliveConnections();
    void guestMembershipEndsWithConnection();
    void publicGroupsAreStoredWithTheirOwner();
    void claimMakesTheGuestsNameAnAccount();
    void conversationsAndReadPositions();
    void changePassword();
    void deleteAccount();
    void operatorLocksAccount();
    void wrongPasswordsAreThrottled();
    void tooManySessions();
    void accountsRequired();
    void badInput_data();
    void badInput();
    void noPasswordInTheLog();

private:
    Client connect(const QHostAddress &address = QHostAddress::LocalHost);
    Client signedUp(const QString &name, const QString &password);
    Client signedIn(const QString &name, const QString &password);
    Client guest(const QString &name);
    void drop(Client &client);
    void makeHandler(bool accountsRequired = false);

    std::unique_ptr<ServerLog> m_log;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<FakeRouter> m_router;
    std::unique_ptr<MessageIdSource> m_ids;
    std::unique_ptr<MemoryStore> m_store;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<SignInThrottle> m_throttle;
    std::unique_ptr<ChatContext> m_context;
    std::unique_ptr<CommandHandler> m_handler;
    std::unique_ptr<TimeoutWheel> m_clock;
    Limits m_limits;
    QStringList m_records;
    QList<Session *> m_sessions;
    quint64 m_nextId = 1;
};

void tst_CommandHandler::init()
{
    m_log = std::make_unique<ServerLog>();
    QObject::connect(m_log.get(), &ServerLog::recorded, this,
                     [this](const LogRecord &record) { m_records.append(record.text); });
    m_registry = std::make_unique<Registry>();
    m_router = std::make_unique<FakeRouter>(*m_registry);
    m_ids = std::make_unique<MessageIdSource>();
    m_store = std::make_unique<MemoryStore>();
    m_hasher = std::make_unique<PasswordHasher>(PasswordCost::least());
    m_throttle = std::make_unique<SignInThrottle>();
    m_clock = std::make_unique<TimeoutWheel>(std::chrono::milliseconds(100));
    m_limits = Limits();
    m_limits.maxSessionsPerAccount = 3;
    makeHandler();
}

void tst_CommandHandler::makeHandler(bool accountsRequired)
{
    m_handler.reset();
    m_context.reset(new ChatContext{ *m_registry, *m_router, *m_ids, m_store.get(), *m_log,
                                     m_limits, *m_hasher, *m_throttle, accountsRequired });
    m_handler = std::make_unique<CommandHandler>(*m_context);
}

void tst_CommandHandler::cleanup()
{
    // The registry lets go of its sessions before they are deleted: it still points at them.
    m_registry->clear();
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_handler.reset();
    m_hasher.reset();
    m_records.clear();
}

Client tst_CommandHandler::connect(const QHostAddress &address)
{
    auto transport = std::make_unique<FakeTransport>(address);
    FakeTransport *raw = transport.get();
    auto *session =
            new Session(m_nextId++, std::move(transport), *m_handler, m_limits, *m_clock, *m_log);
    m_sessions.append(session);
    session->start();
    raw->takeLines(); // the welcome
    return { session, raw };
}

Client tst_CommandHandler::signedUp(const QString &name, const QString &password)
{
    Client client = connect();
    client.send("SIGNUP " + name.toUtf8() + ' ' + password.toUtf8());
    const QByteArray ok = client.waitFor("OK ");
    if (ok != "OK SIGNUP " + name.toUtf8())
        qWarning() << "SIGNUP" << name << "gave" << ok;
    return client;
}

Client tst_CommandHandler::signedIn(const QString &name, const QString &password)
{
    Client client = connect();
    client.send("SIGNIN " + name.toUtf8() + ' ' + password.toUtf8());
    const QByteArray ok = client.waitFor("OK ");
    if (ok != "OK SIGNIN " + name.toUtf8())
        qWarning() << "SIGNIN" << name << "gave" << ok;
    return client;
}

Client tst_CommandHandler::guest(const QString &name)
{
    Client client = connect();
    client.send("NAME " + name.toUtf8());
    client.waitFor("OK NAME");
    return client;
}

void tst_CommandHandler::drop(Client &client)
{
    // The connection is lost, as when the Wi-Fi drops.
    client.transport->abort();
    QTRY_VERIFY(!client.session->user());
}

void tst_CommandHandler::welcomeSaysAccountsAreOptional()
{
    auto transport = std::make_unique<FakeTransport>();
    FakeTransport *raw = transport.get();
    Session session(99, std::move(transport), *m_handler, m_limits, *m_clock, *m_log);
    session.start();
    const QByteArrayList welcome = raw->takeLines();
    QVERIFY(welcome.value(0).startsWith("HELLO "));
    QCOMPARE(welcome.value(1), "SUPPORTS ACCOUNTS=optional");
}

void tst_CommandHandler::signUpOwnsTheName()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    QVERIFY(anna.session->user()->isAccount());
    QVERIFY(m_store->account(u"anna"_s));
    QVERIFY(m_store->account(u"anna"_s)->passwordHash.startsWith("$argon2id$"));

    Client other = connect();
    other.send("NAME Anna");
    QVERIFY(other.waitFor("ERROR").startsWith("ERROR NAME_TAKEN"));
    drop(anna);
    other.send("NAME Anna");
    const QByteArray refused = other.waitFor("ERROR");
    QVERIFY2(refused.startsWith("ERROR NAME_OWNED ") && refused.contains("SIGNIN Anna"),
             refused.constData());
    other.send("SIGNUP anna another-password");
    QVERIFY(other.waitFor("ERROR").startsWith("ERROR NAME_OWNED"));
}

void tst_CommandHandler::newcomerReadsNothingOfTheOwner()
{
    // anna's private conversation with bob, while anna is an account.
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    Client bob = guest(u"bob"_s);
    anna.send("MSGIND bob secret plans");
    QVERIFY(anna.waitFor("OK MSGIND").startsWith("OK MSGIND"));
    drop(anna);
    bob.send("MSGIND anna are you there?");
    QVERIFY(bob.waitFor("OK MSGIND").endsWith(" HELD"));
    // A stranger cannot take the name, so the held message and the history stay anna's.
    Client stranger = connect();
    stranger.send("NAME anna");
    QVERIFY(stranger.waitFor("ERROR").startsWith("ERROR NAME_OWNED"));

    // With guests' names the newcomer reads nothing from before it registered.
    Client carol = guest(u"carol"_s);
    carol.send("MSGIND bob carol's secret");
    carol.waitFor("OK MSGIND");
    drop(carol);
    Client newCarol = guest(u"carol"_s);
    newCarol.send("HISTORY @bob");
    QCOMPARE(newCarol.waitFor("OK HISTORY"), "OK HISTORY @bob 0");
    bob.send("HISTORY @carol");
    QCOMPARE(bob.waitFor("OK HISTORY"), "OK HISTORY @carol 1");
}

void tst_CommandHandler::heldOnlyForAccounts()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    drop(anna);
    Client bob = guest(u"bob"_s);
    bob.send("MSGIND anna hello");
    QVERIFY(bob.waitFor("OK MSGIND").endsWith(" HELD"));
    bob.send("MSGIND carol hello");
    const QByteArray refused = bob.waitFor("ERROR");
    QVERIFY2(refused.startsWith("ERROR NO_SUCH_USER ") && refused.contains("only for accounts"),
             refused.constData());
    Client back = signedIn(u"anna"_s, AnnaPassword);
    const QByteArray held = back.waitFor("MSG ");
    QVERIFY2(held.startsWith("MSG @anna bob ") && held.endsWith(" hello"), held.constData());
}

void tst_CommandHandler::severalDevices()
{
    Client bob = guest(u"bob"_s);
    Client desktop = signedUp(u"anna"_s, AnnaPassword);
    QVERIFY(bob.waitFor("JOINED").startsWith("JOINED anna"));
    Client laptop = signedIn(u"anna"_s, AnnaPassword);
    QCOMPARE(m_registry->userCount(), 2);
    bob.send("PING sync");
    QByteArrayList seen;
    QTRY_VERIFY((seen += bob.lines()).contains("PONG sync"));
    QVERIFY2(!seen.join('\n').contains("JOINED"), seen.join('\n').constData());

    desktop.send("MSGIND bob from the desktop");
    const QByteArray id = desktop.waitFor("OK MSGIND").split(' ').value(2);
    const QByteArray echoed = laptop.waitFor("MSG ");
    QVERIFY(echoed.contains(" " + id + " ") && echoed.endsWith("from the desktop"));
    bob.send("MSGIND anna to both");
    QVERIFY(desktop.waitFor("MSG ").endsWith("to both"));
    QVERIFY(laptop.waitFor("MSG ").endsWith("to both"));

    bob.send("LIST");
    QByteArrayList list;
    QTRY_VERIFY((list += bob.lines()).contains("OK LIST 2"));
    QCOMPARE(startingWith(list, "USER anna").size(), 1);

    desktop.send("AWAY lunch");
    desktop.waitFor("OK AWAY");
    laptop.send("AWAY lunch");
    laptop.waitFor("OK AWAY");
    QVERIFY(bob.waitFor("AWAY ").startsWith("AWAY anna"));
    drop(desktop);
    bob.send("PING again");
    QByteArrayList after;
    QTRY_VERIFY((after += bob.lines()).contains("PONG again"));
    QVERIFY2(!after.join('\n').contains("LEFT"), after.join('\n').constData());
    drop(laptop);
    QVERIFY(bob.waitFor("LEFT").startsWith("LEFT anna"));
}

void tst_CommandHandler::groupsOutliveConnections()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    Client dave = signedUp(u"dave"_s, DavePassword);
    drop(dave);
    // An offline account may be added.
    anna.send("MAKEGROUP team dave");
    QCOMPARE(anna.waitFor("OK MAKEGROUP"), "OK MAKEGROUP team");
    QCOMPARE(m_store->groups().value(u"team"_s).members.size(), 2);
    drop(anna);
    QVERIFY(m_registry->group(u"team"_s));
    Client back = signedIn(u"dave"_s, DavePassword);
    back.send("GROUPS");
    QVERIFY(back.waitFor("GROUP ").startsWith("GROUP team anna 2"));
    back.send("SENDGROUP team hello");
    QVERIFY(back.waitFor("OK SENDGROUP").startsWith("OK SENDGROUP"));
    back.send("LEAVE team");
    back.waitFor("OK LEAVE");
    QCOMPARE(m_store->groups().value(u"team"_s).members.size(), 1);
}

void tst_CommandHandler::guestMembershipEndsWithConnection()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    Client bob = guest(u"bob"_s);
    anna.send("MAKEGROUP team bob");
    anna.waitFor("OK MAKEGROUP");
    QCOMPARE(m_store->groups().value(u"team"_s).members.size(), 1); // anna alone is kept
    drop(bob);
    QVERIFY(anna.waitFor("PARTED").startsWith("PARTED team bob"));
    drop(anna);
    QVERIFY(m_registry->group(u"team"_s));
}

void tst_CommandHandler::publicGroupsAreStoredWithTheirOwner()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    Client dave = signedUp(u"dave"_s, DavePassword);
    anna.send("PUBLICGROUP lobby");
    QCOMPARE(anna.waitFor("OK PUBLICGROUP"), "OK PUBLICGROUP lobby");
    QVERIFY(m_store->groups().value(u"lobby"_s).isPublic);
    dave.send("JOIN lobby");
    QCOMPARE(dave.waitFor("OK JOIN"), "OK JOIN lobby");
    QCOMPARE(m_store->groups().value(u"lobby"_s).members.size(), 2);
    // An offline member is removed too, and stays out across its reconnects.
    drop(dave);
    anna.send("KICK lobby dave");
    QCOMPARE(anna.waitFor("OK KICK"), "OK KICK lobby dave");
    QCOMPARE(m_store->groups().value(u"lobby"_s).members.size(), 1);
    anna.send("VISIBILITY lobby PRIVATE");
    anna.waitFor("OK VISIBILITY");
    QVERIFY(!m_store->groups().value(u"lobby"_s).isPublic);
    Client back = signedIn(u"dave"_s, DavePassword);
    back.send("GROUPS");
    QCOMPARE(back.waitFor("OK GROUPS"), "OK GROUPS 0");
    // A guest's JOIN is never stored; the accounts' group is.
    Client bob = guest(u"bob"_s);
    anna.send("VISIBILITY lobby PUBLIC");
    anna.waitFor("OK VISIBILITY");
    bob.send("JOIN lobby");
    bob.waitFor("OK JOIN");
    QCOMPARE(m_store->groups().value(u"lobby"_s).members.size(), 1);
    QCOMPARE(m_store->groups().value(u"lobby"_s).owner, u"anna"_s);
}

void tst_CommandHandler::claimMakesTheGuestsNameAnAccount()
{
    Client anna = guest(u"anna"_s);
    Client bob = guest(u"bob"_s);
    anna.send("MAKEGROUP team bob");
    anna.waitFor("OK MAKEGROUP");
    QVERIFY(!m_store->groups().contains(u"team"_s));
    anna.send("CLAIM " + AnnaPassword.toUtf8());
    QCOMPARE(anna.waitFor("OK "), "OK CLAIM anna");
    QVERIFY(m_store->groups().contains(u"team"_s));
    anna.send("CLAIM " + AnnaPassword.toUtf8());
    QVERIFY(anna.waitFor("ERROR").startsWith("ERROR ALREADY_SIGNED_IN"));
    drop(anna);
    Client back = signedIn(u"anna"_s, AnnaPassword);
    back.send("GROUPS");
    QVERIFY(back.waitFor("GROUP ").startsWith("GROUP team"));
}

void tst_CommandHandler::conversationsAndReadPositions()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    Client dave = signedUp(u"dave"_s, DavePassword);
    Client daveLaptop = signedIn(u"dave"_s, DavePassword);
    anna.send("MAKEGROUP team dave");
    anna.waitFor("OK MAKEGROUP");
    anna.send("MSGIND dave one");
    anna.waitFor("OK MSGIND");
    anna.send("MSGIND dave two");
    const QByteArray two = anna.waitFor("OK MSGIND").split(' ').value(2);
    anna.send("SENDGROUP team three");
    const QByteArray three = anna.waitFor("OK SENDGROUP").split(' ').value(2);

    dave.lines();
    dave.send("CONVERSATIONS");
    QByteArrayList listed;
    QTRY_VERIFY((listed += dave.lines()).contains("OK CONVERSATIONS 3"));
    listed = startingWith(listed, "CONVERSATION ");
    QCOMPARE(listed.value(0), "CONVERSATION #team " + three + " 0 1");
    QCOMPARE(listed.value(1), "CONVERSATION @anna " + two + " 0 2");
    QCOMPARE(listed.value(2), "CONVERSATION * 0 0 0");

    dave.send("READ @anna " + two);
    QCOMPARE(dave.waitFor("OK READ"), "OK READ @anna " + two);
    QCOMPARE(daveLaptop.waitFor("READ "), "READ @anna " + two);
    // A device that lags behind moves nothing back.
    daveLaptop.send("READ @anna 1");
    QCOMPARE(daveLaptop.waitFor("OK READ"), "OK READ @anna " + two);
    daveLaptop.send("CONVERSATIONS");
    QByteArrayList again;
    QTRY_VERIFY((again += daveLaptop.lines()).contains("OK CONVERSATIONS 3"));
    QVERIFY(again.contains("CONVERSATION @anna " + two + ' ' + two + " 0"));
    // The sender has read what it sent.
    anna.send("CONVERSATIONS");
    QByteArrayList mine;
    QTRY_VERIFY((mine += anna.lines()).contains("OK CONVERSATIONS 3"));
    QVERIFY(mine.contains("CONVERSATION @dave " + two + ' ' + two + " 0"));

    Client bob = guest(u"bob"_s);
    bob.send("CONVERSATIONS");
    QVERIFY(bob.waitFor("ERROR").startsWith("ERROR NOT_SIGNED_IN"));
    dave.send("READ #nosuch 1");
    QVERIFY(dave.waitFor("ERROR").startsWith("ERROR NO_SUCH_GROUP"));
    dave.send("READ * 999999");
    QVERIFY(dave.waitFor("ERROR").startsWith("ERROR BAD_SYNTAX"));
}

void tst_CommandHandler::changePassword()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    anna.send("PASSWORD wrong-password brand-new-pass");
    QVERIFY(anna.waitFor("ERROR").startsWith("ERROR WRONG_PASSWORD"));
    anna.send("PASSWORD " + AnnaPassword.toUtf8() + " short");
    QVERIFY(anna.waitFor("ERROR").startsWith("ERROR INVALID_PASSWORD"));
    anna.send("PASSWORD " + AnnaPassword.toUtf8() + " brand-new-pass");
    QCOMPARE(anna.waitFor("OK "), "OK PASSWORD");
    Client old = connect();
    old.send("SIGNIN anna " + AnnaPassword.toUtf8());
    QVERIFY(old.waitFor("ERROR").startsWith("ERROR WRONG_PASSWORD"));
    Client fresh = signedIn(u"anna"_s, u"brand-new-pass"_s);
    QVERIFY(fresh.session->user());
    Client bob = guest(u"bob"_s);
    bob.send("PASSWORD aaaaaaaa bbbbbbbb");
    QVERIFY(bob.waitFor("ERROR").startsWith("ERROR NOT_SIGNED_IN"));
}

void tst_CommandHandler::deleteAccount()
{
    Client dave = signedUp(u"dave"_s, DavePassword);
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    Client laptop = signedIn(u"anna"_s, AnnaPassword);
    anna.send("MAKEGROUP team dave");
    anna.waitFor("OK MAKEGROUP");
    anna.send("MSGIND dave private");
    anna.waitFor("OK MSGIND");
    anna.send("DELETEACCOUNT wrong-password");
    QVERIFY(anna.waitFor("ERROR").startsWith("ERROR WRONG_PASSWORD"));
    anna.send("DELETEACCOUNT " + AnnaPassword.toUtf8());
    QCOMPARE(anna.waitFor("OK "), "OK DELETEACCOUNT");
    QVERIFY(anna.waitFor("BYE").startsWith("BYE ACCOUNT_DELETED"));
    QVERIFY(laptop.waitFor("BYE").startsWith("BYE ACCOUNT_DELETED"));
    QVERIFY(dave.waitFor("PARTED").startsWith("PARTED team anna"));
    // The owner is gone: the group is dave's now.
    QCOMPARE(dave.waitFor("ABOUT"), "ABOUT team dave PRIVATE");
    QVERIFY(!m_store->account(u"anna"_s));
    QCOMPARE(m_store->groups().value(u"team"_s).members.size(), 1);
    QCOMPARE(m_store->groups().value(u"team"_s).ownerKey, u"dave"_s);
    QTRY_VERIFY(!m_registry->user(u"anna"_s));
    // The name is free again, and its newcomer reads nothing of the deleted account's.
    Client newcomer = guest(u"anna"_s);
    newcomer.send("HISTORY @dave");
    QCOMPARE(newcomer.waitFor("OK HISTORY"), "OK HISTORY @dave 0");
    // What anna said stays with dave.
    dave.send("HISTORY @anna");
    QCOMPARE(dave.waitFor("OK HISTORY"), "OK HISTORY @anna 1");
    Client again = connect();
    again.send("SIGNIN anna " + AnnaPassword.toUtf8());
    QVERIFY(again.waitFor("ERROR").startsWith("ERROR NO_SUCH_ACCOUNT"));
}

void tst_CommandHandler::operatorLocksAccount()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    QVERIFY(m_handler->accounts().setLocked(u"anna"_s, true));
    QVERIFY(anna.waitFor("BYE").startsWith("BYE LOCKED"));
    Client again = connect();
    again.send("SIGNIN anna " + AnnaPassword.toUtf8());
    QVERIFY(again.waitFor("ERROR").startsWith("ERROR LOCKED"));
    QVERIFY(m_handler->accounts().setLocked(u"anna"_s, false));
    QVERIFY(signedIn(u"anna"_s, AnnaPassword).session->user());
    QVERIFY(!m_handler->accounts().setLocked(u"nobody"_s, true));
    QVERIFY(m_handler->accounts().remove(u"anna"_s));
    QVERIFY(!m_store->account(u"anna"_s));
}

void tst_CommandHandler::wrongPasswordsAreThrottled()
{
    signedUp(u"anna"_s, AnnaPassword).transport->abort();
    const auto attempt = [this](const QByteArray &password) {
        Client client = connect(QHostAddress(u"192.0.2.7"_s));
        client.send("SIGNIN anna " + password);
        return client.waitFor("");
    };
    const SignInThrottle::Policy policy;
    for (int i = 0; i < policy.freeFailures + 1; ++i)
        QVERIFY(attempt("not-the-password").startsWith("ERROR WRONG_PASSWORD"));
    // The next must wait, even with the right password, and from another address too: the
    // account is throttled as well as the address.
    QVERIFY(attempt(AnnaPassword.toUtf8()).startsWith("ERROR THROTTLED"));
    Client elsewhere = connect(QHostAddress(u"198.51.100.9"_s));
    elsewhere.send("SIGNIN anna " + AnnaPassword.toUtf8());
    QVERIFY(elsewhere.waitFor("").startsWith("ERROR THROTTLED"));
    QVERIFY(m_records.filter(u"wrong password for the account anna"_s).size()
            == policy.freeFailures + 1);
}

void tst_CommandHandler::tooManySessions()
{
    QList<Client> devices;
    devices.append(signedUp(u"anna"_s, AnnaPassword));
    for (int i = 1; i < m_limits.maxSessionsPerAccount; ++i)
        devices.append(signedIn(u"anna"_s, AnnaPassword));
    Client oneTooMany = connect();
    oneTooMany.send("SIGNIN anna " + AnnaPassword.toUtf8());
    QVERIFY(oneTooMany.waitFor("ERROR").startsWith("ERROR TOO_MANY_SESSIONS"));
}

void tst_CommandHandler::accountsRequired()
{
    makeHandler(true);
    auto transport = std::make_unique<FakeTransport>();
    FakeTransport *raw = transport.get();
    Session session(99, std::move(transport), *m_handler, m_limits, *m_clock, *m_log);
    session.start();
    QCOMPARE(raw->takeLines().value(1), "SUPPORTS ACCOUNTS=required");
    Client anna = connect();
    anna.send("NAME anna");
    QVERIFY(anna.waitFor("ERROR").startsWith("ERROR ACCOUNTS_REQUIRED"));
    Client account = signedUp(u"anna"_s, AnnaPassword);
    QVERIFY(account.session->user());
}

void tst_CommandHandler::badInput_data()
{
    QTest::addColumn<QByteArray>("registration"); // empty: none
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("error");
    const QByteArray tooLong(Protocol::MaxPasswordLength + 1, 'x');
    QTest::newRow("SIGNIN without password") << ""_ba
                                             << "SIGNIN anna"_ba
                                             << "BAD_SYNTAX"_ba;
    QTest::newRow("SIGNIN password too long") << ""_ba
                                              << "SIGNIN anna " + tooLong << "INVALID_PASSWORD"_ba;
    QTest::newRow("SIGNIN bad name") << ""_ba
                                     << "SIGNIN 9lives aaaaaaaa"_ba
                                     << "BAD_NAME"_ba;
    QTest::newRow("SIGNIN unknown account") << ""_ba
                                            << "SIGNIN nobody aaaaaaaa"_ba
                                            << "NO_SUCH_ACCOUNT"_ba;
    QTest::newRow("SIGNUP password too short") << ""_ba
                                               << "SIGNUP anna short"_ba
                                               << "INVALID_PASSWORD"_ba;
    QTest::newRow("SIGNUP password with a space") << ""_ba
                                                  << "SIGNUP anna two words"_ba
                                                  << "INVALID_PASSWORD"_ba;
    QTest::newRow("SIGNIN after NAME") << "NAME bob"_ba
                                       << "SIGNIN anna aaaaaaaa"_ba
                                       << "ALREADY_REGISTERED"_ba;
    QTest::newRow("CLAIM before NAME") << ""_ba
                                       << "CLAIM aaaaaaaa"_ba
                                       << "NOT_REGISTERED"_ba;
    QTest::newRow("CLAIM too short") << "NAME bob"_ba
                                     << "CLAIM short"_ba
                                     << "INVALID_PASSWORD"_ba;
    QTest::newRow("DELETEACCOUNT as guest") << "NAME bob"_ba
                                            << "DELETEACCOUNT aaaaaaaa"_ba
                                            << "NOT_SIGNED_IN"_ba;
    QTest::newRow("READ as guest") << "NAME bob"_ba
                                   << "READ * 1"_ba
                                   << "NOT_SIGNED_IN"_ba;
    QTest::newRow("READ without id") << "NAME bob"_ba
                                     << "READ *"_ba
                                     << "BAD_SYNTAX"_ba;
    QTest::newRow("PASSWORD one word") << "NAME bob"_ba
                                       << "PASSWORD aaaaaaaa"_ba
                                       << "BAD_SYNTAX"_ba;
}

void tst_CommandHandler::badInput()
{
    QFETCH(QByteArray, registration);
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, error);
    Client client = connect();
    if (!registration.isEmpty()) {
        client.send(registration);
        client.waitFor("OK NAME");
    }
    client.send(line);
    const QByteArray reply = client.waitFor("ERROR");
    QVERIFY2(reply.startsWith("ERROR " + error + ' '), reply.constData());
    // The reply never repeats a password.
    QVERIFY(!reply.contains("aaaaaaaa"));
    QVERIFY(!reply.contains("xxxxxxxx"));
    client.send("PING still-here");
    QCOMPARE(client.waitFor("PONG"), "PONG still-here");
}

void tst_CommandHandler::noPasswordInTheLog()
{
    Client anna = signedUp(u"anna"_s, AnnaPassword);
    anna.send("PASSWORD " + AnnaPassword.toUtf8() + " other-password-3");
    anna.waitFor("OK PASSWORD");
    Client wrong = connect();
    wrong.send("SIGNIN anna guessed-password");
    wrong.waitFor("ERROR");
    anna.send("DELETEACCOUNT other-password-3");
    anna.waitFor("OK DELETEACCOUNT");
    QVERIFY(!m_records.isEmpty());
    for (const QString &record : std::as_const(m_records)) {
        QVERIFY2(!record.contains(AnnaPassword) && !record.contains(u"other-password-3"_s)
                         && !record.contains(u"guessed-password"_s),
                 qPrintable(record));
    }
}

QTEST_GUILESS_MAIN(tst_CommandHandler)
#include "tst_commandhandler.moc"
