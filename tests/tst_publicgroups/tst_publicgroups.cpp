// SPDX-License-Identifier: GPL-3.0-or-later
// Public groups over real sockets on 127.0.0.1: making, joining and listing them, the owner's
// VISIBILITY and KICK, who owns a group once its owner is gone, the limits, the specification's
// sessions replayed, and the store: public groups kept across restarts, and a history file of
// the schema before them upgraded in place.
#include "chatserver.h"
#include "group.h"
#include "historydatabase.h"
#include "namerules.h"
#include "serverlog.h"
#include "store.h"
#include "testpeer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

using Peer = std::unique_ptr<TestPeer>;

// The `session` blocks of one section of PROTOCOL.md, each as its lines ("C: …", "S: …").
QList<QByteArrayList> sessionsOfSection(const QByteArray &heading)
{
    QFile spec(QStringLiteral(CHINWAG_PROTOCOL_MD));
    if (!spec.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArrayList> sessions;
    bool inSection = false;
    bool inSession = false;
    for (const QByteArray &raw : spec.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("## "))
            inSection = line == heading;
        if (!inSection)
            continue;
        if (line.startsWith("```")) {
            inSession = line == "```session";
            if (inSession)
                sessions.append(QByteArrayList());
            continue;
        }
        if (inSession)
            sessions.last().append(line);
    }
    return sessions;
}

bool runSql(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

// One side of a replayed session: its peer, its lines, and what it received but has not yet
// compared.
struct Side
{
    TestPeer *peer;
    QByteArrayList script;
    qsizetype next = 0;
    QByteArrayList received;

    bool done() const { return next >= script.size(); }
};

} // namespace

class tst_PublicGroups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void replaysTheSpecificationsSessions();
    void publicGroupIsListedAndJoined();
    void joinErrors_data();
    void joinErrors();
    void directoryIsSortedAndPaged();
    void visibilityIsTheOwners();
    void kickTellsEveryoneWithTheReason();
    void ownershipPassesWhenTheOwnerLeaves();
    void joinerReadsHistoryFromTheirJoin();
    void joinKeepsTheGroupLimits();
    void publicGroupsOutliveTheServer();
    void historyFileOfTheSchemaBeforeUpgradesInPlace();

private:
    Peer join(const QString &name) { return TestPeer::registered(name, m_server->serverPort()); }
    Peer account(const QString &name);
    void restart(const Limits &limits, const QString &dataPath = u":memory:"_s);

    std::unique_ptr<ChatServer> m_server;
};

void tst_PublicGroups::init()
{
    restart(Limits());
}

void tst_PublicGroups::cleanup()
{
    m_server.reset();
}

void tst_PublicGroups::restart(const Limits &limits, const QString &dataPath)
{
    m_server.reset();
    ServerConfig config;
    config.limits = limits;
    config.dataPath = dataPath;
    config.passwordCost = PasswordCost::least();
    m_server = std::make_unique<ChatServer>(config);
    QVERIFY2(m_server->history(), qPrintable(m_server->historyError()));
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

Peer tst_PublicGroups::account(const QString &name)
{
    // Made on the first call, signed in to on the next.
    const Command::Type how = m_server->store()->account(NameRules::key(name))
            ? Command::Type::SignIn
            : Command::Type::SignUp;
    auto peer = std::make_unique<TestPeer>();
    if (!peer->signInAs(how, name, name + u"-password"_s, m_server->serverPort()))
        return nullptr;
    return peer;
}

void tst_PublicGroups::replaysTheSpecificationsSessions()
{
    const QList<QByteArrayList> sessions = sessionsOfSection("## Public groups");
    QCOMPARE(sessions.size(), 2);
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    QVERIFY(anna && bob);
    anna->sync();
    bob->sync();

    // Each side goes as far as its lines let it: a command is written, and answered, before
    // any other; a line from the server is compared once it has come. When neither can go on,
    // both collect what the server has for them.
    std::vector<Side> sides{ { anna.get(), sessions.at(0), 0, {} },
                             { bob.get(), sessions.at(1), 0, {} } };
    while (!sides[0].done() || !sides[1].done()) {
        bool moved = false;
        for (Side &side : sides) {
            while (!side.done()) {
                const QByteArray line = side.script.at(side.next);
                if (line.startsWith("C: ")) {
                    side.peer->send(line.mid(3));
                    side.received += side.peer->sync();
                } else if (!side.received.isEmpty()) {
                    QCOMPARE(TestPeer::masked(side.received.takeFirst()),
                             TestPeer::masked(line.mid(3)));
                } else {
                    break;
                }
                ++side.next;
                moved = true;
            }
        }
        if (moved)
            continue;
        for (Side &side : sides)
            side.received += side.peer->sync();
        QVERIFY2(!sides[0].received.isEmpty() || !sides[1].received.isEmpty(),
                 "both sides wait for lines the server does not send");
    }
    QCOMPARE(sides[0].received, QByteArrayList());
    QCOMPARE(sides[1].received, QByteArrayList());
    QCOMPARE(anna->badLines(), QByteArrayList());
    QCOMPARE(bob->badLines(), QByteArrayList());
}

void tst_PublicGroups::publicGroupIsListedAndJoined()
{
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    const Peer carol = join(u"carol"_s);
    QVERIFY(anna && bob && carol);
    anna->sync();
    bob->sync();
    anna->send("PUBLICGROUP Lobby bob");
    QCOMPARE(anna->sync(),
             QByteArrayList(
                     { "MADE Lobby anna bob", "ABOUT Lobby anna PUBLIC", "OK PUBLICGROUP Lobby" }));
    QCOMPARE(bob->sync(), QByteArrayList({ "MADE Lobby anna bob", "ABOUT Lobby anna PUBLIC" }));
    anna->send("MAKEGROUP secret");
    anna->sync();

    // carol finds the public group, never the private one, and joins it whatever the case
    carol->send("DIRECTORY");
    QCOMPARE(carol->sync(), QByteArrayList({ "PUBLIC Lobby anna 2", "OK DIRECTORY 1" }));
    carol->send("join LOBBY");
    QCOMPARE(carol->sync(),
             QByteArrayList({ "ENTERED Lobby carol", "ABOUT Lobby anna PUBLIC", "OK JOIN Lobby" }));
    QCOMPARE(anna->sync(), QByteArrayList{ "ENTERED Lobby carol" });
    QCOMPARE(bob->sync(), QByteArrayList{ "ENTERED Lobby carol" });

    // She is a member like any other.
    carol->send("SENDGROUP lobby hello");
    carol->sync();
    QCOMPARE(TestPeer::masked(anna->sync()),
             QByteArrayList{ "MSG #Lobby carol <id> <time> hello" });
    QCOMPARE(TestPeer::masked(bob->sync()), QByteArrayList{ "MSG #Lobby carol <id> <time> hello" });
    carol->send("GROUPS");
    QCOMPARE(carol->sync(), QByteArrayList({ "GROUP Lobby anna 3 PUBLIC", "OK GROUPS 1" }));
    anna->send("GROUPS");
    QCOMPARE(anna->sync(),
             QByteArrayList({ "GROUP Lobby anna 3 PUBLIC", "GROUP secret anna 1", "OK GROUPS 2" }));
    carol->send("LEAVE Lobby");
    carol->sync();
    QCOMPARE(anna->sync(), QByteArrayList{ "PARTED Lobby carol" });
    QCOMPARE(anna->badLines(), QByteArrayList());
}

void tst_PublicGroups::joinErrors_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("no such group")
            << "JOIN nowhere"_ba
            << "ERROR NO_SUCH_GROUP group nowhere does not exist, use DIRECTORY to see the public "
               "groups"_ba;
    QTest::newRow("private group")
            << "JOIN secret"_ba
            << "ERROR INVITE_ONLY the group secret is private: a member must invite you"_ba;
    QTest::newRow("already a member")
            << "JOIN lobby"_ba
            << "ERROR ALREADY_MEMBER bob is already a member of the group lobby"_ba;
    QTest::newRow("bad name") << "JOIN 9lives"_ba
                              << "ERROR BAD_NAME the group name \"9lives\" must start with a "
                                 "letter: use 1 to 32 letters, digits, '_', '-' or '.', starting "
                                 "with a letter"_ba;
    QTest::newRow("no group") << "JOIN"_ba
                              << "ERROR BAD_SYNTAX usage: JOIN <group>"_ba;
    QTest::newRow("two groups") << "JOIN lobby secret"_ba
                                << "ERROR BAD_SYNTAX usage: JOIN <group>"_ba;
    QTest::newRow("kick by a member")
            << "KICK lobby anna"_ba
            << "ERROR NOT_OWNER only the owner of the group lobby, anna, may do that"_ba;
    QTest::newRow("visibility by a member")
            << "VISIBILITY lobby PRIVATE"_ba
            << "ERROR NOT_OWNER only the owner of the group lobby, anna, may do that"_ba;
    QTest::newRow("visibility of a group one is not in")
            << "VISIBILITY secret PUBLIC"_ba
            << "ERROR NOT_A_MEMBER you are not a member of the group secret"_ba;
    QTest::newRow("visibility without a word")
            << "VISIBILITY lobby"_ba
            << "ERROR BAD_SYNTAX usage: VISIBILITY <group> PUBLIC|PRIVATE"_ba;
    QTest::newRow("directory with a stray word")
            << "DIRECTORY lobby"_ba
            << "ERROR BAD_SYNTAX usage: DIRECTORY [AFTER <group>]"_ba;
    QTest::newRow("directory after nothing")
            << "DIRECTORY AFTER"_ba
            << "ERROR BAD_SYNTAX usage: DIRECTORY [AFTER <group>]"_ba;
}

void tst_PublicGroups::joinErrors()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, reply);
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    QVERIFY(anna && bob);
    anna->send("PUBLICGROUP lobby bob");
    anna->send("MAKEGROUP secret");
    anna->sync();
    bob->sync();
    bob->send(command);
    QCOMPARE(bob->sync(), QByteArrayList{ reply });
    // A refusal reaches no one else.
    QCOMPARE(anna->sync(), QByteArrayList());
}

void tst_PublicGroups::directoryIsSortedAndPaged()
{
    Limits limits;
    limits.maxDirectoryEntries = 2;
    restart(limits);
    const Peer anna = join(u"anna"_s);
    QVERIFY(anna);
    for (const QByteArray name : { "delta", "Alpha", "charlie", "bravo", "echo" })
        anna->send("PUBLICGROUP " + name);
    anna->send("MAKEGROUP able");
    anna->sync();
    anna->send("DIRECTORY");
    QCOMPARE(anna->sync(),
             QByteArrayList(
                     { "PUBLIC Alpha anna 1", "PUBLIC bravo anna 1", "OK DIRECTORY 2 MORE" }));
    anna->send("DIRECTORY AFTER BRAVO");
    QCOMPARE(anna->sync(),
             QByteArrayList(
                     { "PUBLIC charlie anna 1", "PUBLIC delta anna 1", "OK DIRECTORY 2 MORE" }));
    // AFTER need not name a group.
    anna->send("directory after d");
    QCOMPARE(anna->sync(),
             QByteArrayList({ "PUBLIC delta anna 1", "PUBLIC echo anna 1", "OK DIRECTORY 2" }));
    anna->send("DIRECTORY AFTER echo");
    QCOMPARE(anna->sync(), QByteArrayList{ "OK DIRECTORY 0" });
    // A group made private leaves the directory; made public, it is back.
    anna->send("VISIBILITY alpha PRIVATE");
    anna->send("VISIBILITY able PUBLIC");
    anna->sync();
    anna->send("DIRECTORY");
    QCOMPARE(
            anna->sync(),
            QByteArrayList({ "PUBLIC able anna 1", "PUBLIC bravo anna 1", "OK DIRECTORY 2 MORE" }));
}

void tst_PublicGroups::visibilityIsTheOwners()
{
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    const Peer carol = join(u"carol"_s);
    QVERIFY(anna && bob && carol);
    anna->send("MAKEGROUP team bob");
    anna->sync();
    bob->sync();
    carol->send("JOIN team");
    QCOMPARE(carol->sync().value(0).split(' ').value(1), "INVITE_ONLY");

    anna->send("VISIBILITY team public");
    QCOMPARE(anna->sync(),
             QByteArrayList({ "ABOUT team anna PUBLIC", "OK VISIBILITY team PUBLIC" }));
    QCOMPARE(bob->sync(), QByteArrayList{ "ABOUT team anna PUBLIC" });
    // Saying it again tells no one.
    anna->send("VISIBILITY team PUBLIC");
    QCOMPARE(anna->sync(), QByteArrayList{ "OK VISIBILITY team PUBLIC" });
    QCOMPARE(bob->sync(), QByteArrayList());
    carol->send("JOIN team");
    QCOMPARE(carol->sync().last(), "OK JOIN team");

    // Made private, the group keeps its members and takes no one new.
    anna->send("VISIBILITY team PRIVATE");
    anna->sync();
    QCOMPARE(carol->sync(),
             QByteArrayList({ "ENTERED team carol", "ABOUT team anna PRIVATE" }).mid(1));
    carol->send("MEMBERS team");
    QCOMPARE(carol->sync().last(), "OK MEMBERS team 3");
    const Peer dora = join(u"dora"_s);
    QVERIFY(dora);
    dora->send("JOIN team");
    QCOMPARE(dora->sync().value(0).split(' ').value(1), "INVITE_ONLY");
    // An invitee learns who owns it and whether it is public.
    carol->send("INVITE team dora");
    carol->sync();
    QCOMPARE(dora->sync(),
             QByteArrayList({ "INVITED team dora carol", "ABOUT team anna PRIVATE" }));
}

void tst_PublicGroups::kickTellsEveryoneWithTheReason()
{
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    const Peer carol = join(u"carol"_s);
    QVERIFY(anna && bob && carol);
    QStringList log;
    connect(&m_server->log(), &ServerLog::recorded, this,
            [&log](const LogRecord &record) { log.append(record.text); });
    anna->send("PUBLICGROUP lobby bob carol");
    anna->sync();
    bob->sync();
    carol->sync();
    anna->send("KICK lobby BOB  spamming, again");
    QCOMPARE(anna->sync(),
             QByteArrayList({ "KICKED lobby bob anna spamming, again", "OK KICK lobby bob" }));
    QCOMPARE(bob->sync(), QByteArrayList{ "KICKED lobby bob anna spamming, again" });
    QCOMPARE(carol->sync(), QByteArrayList{ "KICKED lobby bob anna spamming, again" });
    // bob is out: he reads and sends nothing there, but may come back to a public group.
    carol->send("SENDGROUP lobby still here?");
    carol->sync();
    anna->sync();
    QCOMPARE(bob->sync(), QByteArrayList());
    bob->send("SENDGROUP lobby let me in");
    QCOMPARE(bob->sync().value(0).split(' ').value(1), "NOT_A_MEMBER");
    bob->send("JOIN lobby");
    QCOMPARE(bob->sync().last(), "OK JOIN lobby");

    // Without a reason; and a user who is not a member.
    anna->send("KICK lobby carol");
    QCOMPARE(anna->sync(),
             QByteArrayList(
                     { "ENTERED lobby bob", "KICKED lobby carol anna", "OK KICK lobby carol" }));
    anna->send("KICK lobby carol");
    QCOMPARE(anna->sync(),
             QByteArrayList{ "ERROR NOT_A_MEMBER carol is not a member of the group lobby" });
    // The reason is the group's, not the log's.
    QVERIFY(log.contains(u"anna removed bob from the group lobby"_s));
    QVERIFY2(!log.join(u'\n').contains(u"spamming"_s), qPrintable(log.join(u'\n')));
}

void tst_PublicGroups::ownershipPassesWhenTheOwnerLeaves()
{
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    const Peer carol = join(u"carol"_s);
    QVERIFY(anna && bob && carol);
    anna->send("PUBLICGROUP lobby");
    anna->sync();
    // Nothing is said between carol's and bob's joins: of equals, the first by name.
    carol->send("JOIN lobby");
    carol->sync();
    bob->send("JOIN lobby");
    bob->sync();
    carol->sync();
    anna->send("LEAVE lobby");
    anna->sync();
    QCOMPARE(bob->sync(), QByteArrayList({ "PARTED lobby anna", "ABOUT lobby bob PUBLIC" }));
    QCOMPARE(carol->sync(), QByteArrayList({ "PARTED lobby anna", "ABOUT lobby bob PUBLIC" }));
    bob->send("DIRECTORY");
    QCOMPARE(bob->sync().first(), "PUBLIC lobby bob 2");

    // The one who joined first, by the messages since: carol read more than dora.
    const Peer dora = join(u"dora"_s);
    QVERIFY(dora);
    bob->send("SENDGROUP lobby hello");
    bob->sync();
    dora->send("JOIN lobby");
    dora->sync();
    // A guest owner who disconnects leaves too; so does one who removes themselves.
    bob->send("CLOSE");
    QVERIFY(bob->waitForDisconnected());
    QCOMPARE(carol->waitForLine("ABOUT"), "ABOUT lobby carol PUBLIC");
    QCOMPARE(carol->waitForLine("LEFT"), "LEFT bob quit");
    QCOMPARE(dora->sync(),
             QByteArrayList({ "PARTED lobby bob", "ABOUT lobby carol PUBLIC", "LEFT bob quit" }));
    carol->send("KICK lobby carol bye");
    QCOMPARE(carol->sync(),
             QByteArrayList({ "KICKED lobby carol carol bye", "OK KICK lobby carol" }));
    QCOMPARE(dora->sync(),
             QByteArrayList({ "KICKED lobby carol carol bye", "ABOUT lobby dora PUBLIC" }));
    // The last member's leaving ends the group.
    dora->send("KICK lobby dora");
    dora->sync();
    QVERIFY(!m_server->group(u"lobby"_s));
}

void tst_PublicGroups::joinerReadsHistoryFromTheirJoin()
{
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    QVERIFY(anna && bob);
    anna->send("PUBLICGROUP lobby");
    anna->send("SENDGROUP lobby before bob");
    anna->sync();
    bob->send("HISTORY #lobby");
    QCOMPARE(bob->sync().value(0).split(' ').value(1), "NOT_A_MEMBER");
    bob->send("JOIN lobby");
    bob->sync();
    anna->send("SENDGROUP lobby after bob");
    anna->sync();
    bob->sync();
    bob->send("HISTORY #lobby");
    QCOMPARE(TestPeer::masked(bob->sync()),
             QByteArrayList({ "HIST #lobby anna <id> <time> after bob", "OK HISTORY #lobby 1" }));
}

void tst_PublicGroups::joinKeepsTheGroupLimits()
{
    Limits limits;
    limits.maxMembersPerGroup = 2;
    limits.maxGroupsPerUser = 1;
    restart(limits);
    const Peer anna = join(u"anna"_s);
    const Peer bob = join(u"bob"_s);
    const Peer carol = join(u"carol"_s);
    QVERIFY(anna && bob && carol);
    anna->send("PUBLICGROUP lobby bob");
    anna->sync();
    carol->send("JOIN lobby");
    QCOMPARE(carol->sync(),
             QByteArrayList{ "ERROR GROUP_FULL the group lobby may hold at most 2 members" });
    carol->send("PUBLICGROUP lounge");
    carol->sync();
    bob->send("LEAVE lobby");
    bob->sync();
    carol->send("JOIN lobby");
    QCOMPARE(carol->sync().value(0).split(' ').value(1), "TOO_MANY_GROUPS");
}

void tst_PublicGroups::publicGroupsOutliveTheServer()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"history.sqlite"_s);
    restart(Limits(), file);
    {
        const Peer anna = account(u"anna"_s);
        const Peer dave = account(u"dave"_s);
        const Peer guest = join(u"guest"_s);
        QVERIFY(anna && dave && guest);
        // A guest owns the group; the accounts are its members.
        guest->send("PUBLICGROUP lobby");
        guest->sync();
        anna->send("JOIN lobby");
        anna->sync();
        dave->send("JOIN lobby");
        dave->sync();
        anna->send("MAKEGROUP secret dave");
        anna->sync();
    }
    restart(Limits(), file);
    // The guest's membership ended with the server: the account who joined first owns it.
    const Group *lobby = m_server->group(u"lobby"_s);
    QVERIFY(lobby);
    QVERIFY(lobby->isPublic);
    QCOMPARE(lobby->owner, u"anna"_s);
    QCOMPARE(lobby->members.size(), 2);
    QVERIFY(!m_server->group(u"secret"_s)->isPublic);
    const Peer carol = join(u"carol"_s);
    QVERIFY(carol);
    carol->send("DIRECTORY");
    QCOMPARE(carol->sync(), QByteArrayList({ "PUBLIC lobby anna 2", "OK DIRECTORY 1" }));
    const Peer dave = account(u"dave"_s);
    QVERIFY(dave);
    dave->sync();
    dave->send("GROUPS");
    QCOMPARE(dave->sync(),
             QByteArrayList({ "GROUP lobby anna 2 PUBLIC", "GROUP secret anna 2", "OK GROUPS 2" }));
}

void tst_PublicGroups::historyFileOfTheSchemaBeforeUpgradesInPlace()
{
    // Given a history file of schema 3, with anna's group of her and dave
    QTemporaryDir dir;
    const QString file = dir.filePath(u"history.sqlite"_s);
    {
        HistoryDatabase db(file);
        QVERIFY(db.open() && db.migrate());
    }
    QVERIFY(runSql(
            file,
            { u"CREATE TABLE old_groups (key TEXT PRIMARY KEY, name TEXT NOT NULL, creator TEXT "
              u"NOT NULL, creator_key TEXT NOT NULL) WITHOUT ROWID"_s,
              u"DROP TABLE chat_groups"_s, u"ALTER TABLE old_groups RENAME TO chat_groups"_s,
              u"INSERT INTO accounts VALUES ('anna', 'Anna', 'x', 0, 0, 0, 0)"_s,
              u"INSERT INTO accounts VALUES ('dave', 'dave', 'x', 0, 0, 0, 0)"_s,
              u"INSERT INTO chat_groups VALUES ('team', 'Team', 'Anna', 'anna')"_s,
              u"INSERT INTO memberships VALUES ('team', 'anna', 'Anna', 0)"_s,
              u"INSERT INTO memberships VALUES ('team', 'dave', 'dave', 0)"_s,
              u"PRAGMA user_version = 3"_s }));

    // When the server opens it, the group is as it was, private, and Anna owns it
    restart(Limits(), file);
    const Group *team = m_server->group(u"team"_s);
    QVERIFY(team);
    QVERIFY(!team->isPublic);
    QCOMPARE(team->owner, u"Anna"_s);
    QCOMPARE(team->members.size(), 2);
    const Peer carol = join(u"carol"_s);
    QVERIFY(carol);
    carol->send("JOIN team");
    QCOMPARE(carol->sync().value(0).split(' ').value(1), "INVITE_ONLY");
    m_server.reset();

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(file);
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), HistoryDatabase::SchemaVersion);
    QVERIFY(query.exec(u"SELECT owner, owner_key, public FROM chat_groups"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Anna"_s);
    QCOMPARE(query.value(1).toString(), u"anna"_s);
    QCOMPARE(query.value(2).toInt(), 0);
    query = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

QTEST_GUILESS_MAIN(tst_PublicGroups)
#include "tst_publicgroups.moc"
