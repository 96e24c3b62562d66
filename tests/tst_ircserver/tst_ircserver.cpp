// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatserver.h"
#include "clientsmodel.h"
#include "envelope.h"
#include "ircpeer.h"
#include "passwordcost.h"
#include "servercommandline.h"
#include "serverline.h"
#include "testcertificate.h"
#include "testpeer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

using IrcClient = std::unique_ptr<IrcPeer>;
using Peer = std::unique_ptr<TestPeer>;

const QByteArray Password = "correct-horse-battery";

// The lines of every block of docs/PROTOCOL.md fenced as "```irc-session".
QList<QByteArrayList> specSessions()
{
    QFile spec(QStringLiteral(CHINWAG_PROTOCOL_MD));
    if (!spec.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArrayList> sessions;
    bool inBlock = false;
    const QByteArrayList lines = spec.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("```")) {
            inBlock = line == "```irc-session";
            if (inBlock)
                sessions.append(QByteArrayList());
        } else if (inBlock) {
            sessions.last().append(line);
        }
    }
    return sessions;
}

QByteArray plain(const QByteArray &text)
{
    return text.toBase64();
}

} // namespace

// The IRC listener over real sockets on 127.0.0.1: IRC clients scripted with QTcpSocket
// (IrcPeer) beside Chinwag clients (TestPeer) on one server, one core.
class tst_IrcServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ircPortOnTheCommandLine();
    void tlsOnTheIrcPort();
    void registrationWelcomesAndJoinsEveryone();
    void theSpecificationsSession();
    void nickTakenGets433_data();
    void nickTakenGets433();
    void badNickGets432();
    void capNegotiationHoldsRegistration();
    void saslSignsInToAnAccount();
    void saslRefusals_data();
    void saslRefusals();
    void serverPasswordIsPass();
    void messagesBothWays();
    void echoMessageWithServerTimeAndTags();
    void messageToAnOfflineAccountIsHeld();
    void groupsAreChannels();
    void presenceIsJoinQuitAndNick();
    void awayAndAwayNotify();
    void typingIsTheTypingTag();
    void badInput_data();
    void badInput();
    void floodingIsDelayedThenCut();
    void registrationTimesOut();
    void fanOutEncodesOncePerDialect();
    void monitorShowsTheDialect();
    void sicTalksWithAChinwagClient();

private:
    bool start(ServerConfig config);
    IrcClient irc(const QString &nick, const QByteArray &caps = {});
    Peer chinwag(const QString &name);
    // Makes an account and leaves it offline.
    bool makeAccount(const QString &name);

    std::unique_ptr<ChatServer> m_server;
};

bool tst_IrcServer::start(ServerConfig config)
{
    config.passwordCost = PasswordCost::least();
    config.ircPort = 0;
    m_server = std::make_unique<ChatServer>(config);
    return m_server->listen(QHostAddress::LocalHost, 0) && m_server->ircPort() != 0;
}

void tst_IrcServer::init()
{
    QVERIFY(start({}));
}

void tst_IrcServer::cleanup()
{
    m_server.reset();
}

IrcClient tst_IrcServer::irc(const QString &nick, const QByteArray &caps)
{
    auto peer = std::make_unique<IrcPeer>();
    if (!peer->registerAs(nick, m_server->ircPort(), caps))
        return nullptr;
    return peer;
}

Peer tst_IrcServer::chinwag(const QString &name)
{
    return TestPeer::registered(name, m_server->serverPort());
}

bool tst_IrcServer::makeAccount(const QString &name)
{
    TestPeer peer;
    if (!peer.signInAs(Command::Type::SignUp, name, QString::fromUtf8(Password),
                       m_server->serverPort()))
        return false;
    peer.send(Command::close());
    return peer.waitForDisconnected();
}

void tst_IrcServer::ircPortOnTheCommandLine()
{
    ServerCommandLine off;
    QCOMPARE(off.process({ u"chinwag-server"_s })->config.ircPort, std::nullopt);
    ServerCommandLine on;
    QCOMPARE(on.process({ u"chinwag-server"_s, u"--irc-port"_s, u"6667"_s })->config.ircPort,
             std::optional<quint16>(6667));
    ServerCommandLine bad;
    QVERIFY(!bad.process({ u"chinwag-server"_s, u"--irc-port=irc"_s }));
    QCOMPARE(bad.errorText(), u"\"irc\" is not a port: use a number from 0 to 65535."_s);
    // The port is taken: the server does not start, and says so.
    ServerConfig config;
    config.ircPort = m_server->ircPort();
    ChatServer second(config);
    QVERIFY(!second.listen(QHostAddress::LocalHost, 0));
    QVERIFY(!second.isListening());
    QVERIFY(!second.errorString().isEmpty());
}

void tst_IrcServer::tlsOnTheIrcPort()
{
    QTemporaryDir directory;
    QString error;
    const auto certificate = TestCertificate::make(directory.path(), u"server"_s, &error);
    QVERIFY2(certificate, qPrintable(error));
    ServerConfig config;
    config.tlsCertificates = { certificate->certificate };
    config.tlsKey = certificate->key;
    QVERIFY(start(config));
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server->ircPort());
    QVERIFY(encrypted.wait());
    socket.write("NICK secure\r\nUSER secure 0 * :secure\r\n");
    QByteArray received;
    QSignalSpy readable(&socket, &QSslSocket::readyRead);
    while (!received.contains(" 001 ") && readable.wait())
        received += socket.readAll();
    QVERIFY(received.startsWith(":chinwag 001 secure :Welcome"));
    // In clear, the TLS port says so in IRC and closes.
    IrcPeer plain;
    QVERIFY(plain.connectTo(m_server->ircPort()));
    plain.send("NICK clear");
    QCOMPARE(plain.nextLine(),
             "ERROR :Closing link: this port speaks TLS only: connect with "
             "TLS, or to the server's plain port");
    QVERIFY(plain.waitForDisconnected());
}

void tst_IrcServer::registrationWelcomesAndJoinsEveryone()
{
    // Given a Chinwag user online, when an IRC client registers with NICK and USER,
    const Peer bob = chinwag(u"bob"_s);
    QVERIFY(bob);
    IrcPeer anna;
    QVERIFY(anna.connectTo(m_server->ircPort()));
    anna.send("NICK anna");
    anna.send("USER anna 0 * :Anna Andersen");
    // then it reads 001 to 005, 422 for no MOTD, and joins Everyone's channel with its NAMES,
    QByteArrayList commands;
    QByteArrayList lines;
    for (int i = 0; i < 9; ++i) {
        lines.append(anna.nextLine());
        commands.append(lines.last().split(' ').value(1));
    }
    QCOMPARE(commands,
             QByteArrayList({ "001", "002", "003", "004", "005", "422", "JOIN", "353", "366" }));
    QCOMPARE(lines.at(0), ":chinwag 001 anna :Welcome to the Chinwag IRC network, anna");
    QVERIFY(lines.at(4).contains(" CASEMAPPING=ascii CHANTYPES=# NICKLEN=32 CHANNELLEN=33 "
                                 "UTF8ONLY NETWORK=Chinwag "));
    QCOMPARE(lines.at(6), ":anna!anna@chinwag JOIN :##everyone");
    QCOMPARE(lines.at(7), ":chinwag 353 anna = ##everyone :anna bob");
    // and the Chinwag user sees an ordinary user join.
    QCOMPARE(bob->nextLine(), "JOINED anna");
}

void tst_IrcServer::theSpecificationsSession()
{
    const QList<QByteArrayList> sessions = specSessions();
    QVERIFY(!sessions.isEmpty());
    for (const QByteArrayList &session : sessions) {
        IrcPeer anna;
        QVERIFY(anna.connectTo(m_server->ircPort()));
        for (const QByteArray &line : session) {
            if (line.startsWith("C: "))
                anna.send(line.mid(3));
            else if (line.startsWith("S: "))
                QCOMPARE(IrcPeer::masked(anna.nextLine()), IrcPeer::masked(line.mid(3)));
        }
        QVERIFY(anna.waitForDisconnected());
    }
}

void tst_IrcServer::nickTakenGets433_data()
{
    QTest::addColumn<bool>("account");
    QTest::newRow("by a Chinwag user online") << false;
    QTest::newRow("by an account offline") << true;
}

void tst_IrcServer::nickTakenGets433()
{
    QFETCH(bool, account);
    Peer bob;
    if (account)
        QVERIFY(makeAccount(u"bob"_s));
    else
        QVERIFY(bob = chinwag(u"bob"_s));
    IrcPeer other;
    QVERIFY(other.connectTo(m_server->ircPort()));
    other.send("USER x 0 * :x");
    other.send("NICK BOB");
    const QByteArray refusal = other.nextLine();
    QVERIFY2(refusal.startsWith(":chinwag 433 * BOB :"), refusal.constData());
    // Another nick then registers.
    other.send("NICK bobby");
    QCOMPARE(other.waitForCommand("001"),
             ":chinwag 001 bobby :Welcome to the Chinwag IRC network, bobby");
}

void tst_IrcServer::badNickGets432()
{
    IrcPeer peer;
    QVERIFY(peer.connectTo(m_server->ircPort()));
    peer.send("NICK anna|away");
    QVERIFY(peer.nextLine().startsWith(":chinwag 432 * anna|away :the user name"));
    peer.send("NICK");
    QCOMPARE(peer.nextLine(), ":chinwag 431 * :No nickname given");
}

void tst_IrcServer::capNegotiationHoldsRegistration()
{
    IrcPeer anna;
    QVERIFY(anna.connectTo(m_server->ircPort()));
    anna.send("CAP LS 302");
    anna.send("NICK anna");
    anna.send("USER anna 0 * :Anna");
    QCOMPARE(anna.nextLine(),
             ":chinwag CAP * LS :sasl=PLAIN away-notify echo-message message-tags server-time");
    anna.send("CAP REQ :server-time unknown-cap");
    QCOMPARE(anna.nextLine(), ":chinwag CAP anna NAK :server-time unknown-cap");
    anna.send("CAP REQ :server-time echo-message");
    QCOMPARE(anna.nextLine(), ":chinwag CAP anna ACK :server-time echo-message");
    // Nothing until CAP END.
    QCOMPARE(anna.sync(), QByteArrayList());
    anna.send("CAP LIST");
    QCOMPARE(anna.nextLine(), ":chinwag CAP anna LIST :echo-message server-time");
    anna.send("CAP END");
    QVERIFY(anna.nextLine().startsWith(":chinwag 001 anna "));
}

void tst_IrcServer::saslSignsInToAnAccount()
{
    QVERIFY(makeAccount(u"Dora"_s));
    const Peer bob = chinwag(u"bob"_s);
    QVERIFY(bob);
    IrcPeer dora;
    QVERIFY(dora.connectTo(m_server->ircPort()));
    dora.send("CAP LS 302");
    dora.send("NICK dora");
    dora.send("USER dora 0 * :Dora");
    dora.send("CAP REQ :sasl");
    QVERIFY(dora.waitForCommand("CAP").contains(" LS "));
    QCOMPARE(dora.nextLine(), ":chinwag CAP dora ACK :sasl");
    dora.send("AUTHENTICATE PLAIN");
    QCOMPARE(dora.nextLine(), "AUTHENTICATE :+");
    dora.send("AUTHENTICATE " + plain(QByteArray("\0dora\0", 6) + Password));
    QCOMPARE(dora.nextLine(),
             ":chinwag 900 Dora Dora!Dora@chinwag Dora :You are now logged in as Dora");
    QCOMPARE(dora.nextLine(), ":chinwag 903 Dora :SASL authentication successful");
    // The account's name, as it spells it, is the nick.
    dora.send("CAP END");
    QCOMPARE(dora.nextLine(), ":chinwag 001 Dora :Welcome to the Chinwag IRC network, Dora");
    QCOMPARE(bob->nextLine(), "JOINED Dora");
    // WHOIS says it is an account.
    dora.waitForCommand("366");
    dora.send("WHOIS dora");
    QCOMPARE(dora.waitForCommand("330"), ":chinwag 330 Dora Dora Dora :is logged in as");
}

void tst_IrcServer::saslRefusals_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("wrong password") << plain(QByteArray("\0dora\0wrong-password", 20))
                                    << QByteArray("NOTICE * :wrong password");
    QTest::newRow("no such account") << plain(QByteArray("\0nobody\0", 8) + Password)
                                     << QByteArray("NOTICE * :there is no account");
    QTest::newRow("not base64") << QByteArray("!!!") << QByteArray("904");
    QTest::newRow("two parts") << plain(QByteArray("dora\0", 5) + Password) << QByteArray("904");
    QTest::newRow("another authorization")
            << plain(QByteArray("bob\0dora\0", 9) + Password) << QByteArray("904");
}

void tst_IrcServer::saslRefusals()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, reply);
    QVERIFY(makeAccount(u"dora"_s));
    IrcPeer dora;
    QVERIFY(dora.connectTo(m_server->ircPort()));
    dora.send("CAP REQ :sasl");
    QCOMPARE(dora.nextLine(), ":chinwag CAP * ACK :sasl");
    dora.send("AUTHENTICATE SCRAM-SHA-256");
    QCOMPARE(dora.nextLine(), ":chinwag 908 * PLAIN :are available SASL mechanisms");
    QCOMPARE(dora.nextLine(), ":chinwag 904 * :SASL authentication failed");
    dora.send("AUTHENTICATE PLAIN");
    QCOMPARE(dora.nextLine(), "AUTHENTICATE :+");
    dora.send("AUTHENTICATE " + data);
    const QByteArray first = dora.nextLine();
    QVERIFY2(first.contains(reply), first.constData());
    if (!first.contains(" 904 "))
        QCOMPARE(dora.nextLine(), ":chinwag 904 * :SASL authentication failed");
    // The client may still register as a guest under another nick.
    dora.send("NICK guest");
    dora.send("USER guest 0 * :guest");
    dora.send("CAP END");
    QVERIFY(dora.waitForCommand("001").startsWith(":chinwag 001 guest "));
}

void tst_IrcServer::serverPasswordIsPass()
{
    ServerConfig config;
    config.password = u"letmein"_s;
    QVERIFY(start(config));
    IrcPeer anna;
    QVERIFY(anna.connectTo(m_server->ircPort()));
    anna.send("NICK anna");
    anna.send("USER anna 0 * :Anna");
    QCOMPARE(anna.nextLine(), ":chinwag 464 * :Password incorrect");
    IrcPeer bob;
    QVERIFY(bob.connectTo(m_server->ircPort()));
    bob.send("PASS letmein");
    bob.send("NICK bob");
    bob.send("USER bob 0 * :Bob");
    QVERIFY(bob.waitForCommand("001").startsWith(":chinwag 001 bob "));
    IrcPeer carol;
    QVERIFY(carol.connectTo(m_server->ircPort()));
    carol.send("PASS guess");
    QCOMPARE(carol.nextLine(), ":chinwag 464 * :Password incorrect");
    QCOMPARE(carol.nextLine(), "ERROR :Closing link: wrong password");
    QVERIFY(carol.waitForDisconnected());
}

void tst_IrcServer::messagesBothWays()
{
    const IrcClient bob = irc(u"bob"_s);
    QVERIFY(bob);
    const Peer anna = chinwag(u"anna"_s);
    QVERIFY(anna);
    QCOMPARE(bob->nextLine(), ":anna!anna@chinwag JOIN :##everyone");

    // Chinwag to IRC: everyone and one user.
    anna->send("MSGALL hello, everyone");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "OK MSGALL <id> <time>");
    QCOMPARE(bob->nextLine(), ":anna!anna@chinwag PRIVMSG ##everyone :hello, everyone");
    anna->send("MSGIND bob hi bob");
    anna->nextLine();
    QCOMPARE(bob->nextLine(), ":anna!anna@chinwag PRIVMSG bob :hi bob");
    // IRC to Chinwag: the channel is MSGALL, a nick MSGIND; NOTICE too.
    bob->send("PRIVMSG ##everyone :hi all");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "MSG * bob <id> <time> hi all");
    bob->send("privmsg  Anna   psst");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "MSG @anna bob <id> <time> psst");
    bob->send("NOTICE ##everyone :a notice");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "MSG * bob <id> <time> a notice");
    // An action is "/me" on Chinwag's side, and back; formatting codes are dropped.
    bob->send("PRIVMSG anna :\x01"
              "ACTION waves\x01");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "MSG @anna bob <id> <time> /me waves");
    bob->send("PRIVMSG anna :\x02"
              "bold\x02 and \x03"
              "4,12red\x03");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "MSG @anna bob <id> <time> bold and red");
    anna->send("MSGIND bob /me nods");
    anna->nextLine();
    QCOMPARE(bob->nextLine(),
             ":anna!anna@chinwag PRIVMSG bob :\x01"
             "ACTION nods\x01");
    // A text too long for one IRC line comes in parts.
    const QByteArray word = QByteArray("word ").repeated(200);
    anna->send("MSGALL " + word.trimmed());
    anna->nextLine();
    QByteArray joined;
    while (joined.size() < word.trimmed().size()) {
        const QByteArray line = bob->nextLine();
        QVERIFY(line.startsWith(":anna!anna@chinwag PRIVMSG ##everyone :"));
        QVERIFY(line.size() <= 510);
        joined += line.mid(line.indexOf(" :") + 2);
    }
    QCOMPARE(joined, word.trimmed());
    // Errors: a nick nobody has, a CTCP request (not relayed, no error), no text.
    bob->send("PRIVMSG nobody :hello?");
    QCOMPARE(bob->nextLine(),
             ":chinwag 401 bob nobody :user nobody is not online, and messages "
             "are kept only for accounts, use LIST to see who is connected");
    bob->send("PRIVMSG anna :\x01VERSION\x01");
    bob->send("PRIVMSG anna");
    QCOMPARE(bob->nextLine(), ":chinwag 412 bob :No text to send");
    bob->send("NOTICE nobody :no reply to a notice");
    QCOMPARE(bob->sync(), QByteArrayList());
    QCOMPARE(anna->sync(), QByteArrayList());
}

void tst_IrcServer::echoMessageWithServerTimeAndTags()
{
    const IrcClient bob = irc(u"bob"_s, "echo-message message-tags");
    QVERIFY(bob);
    const IrcClient carol = irc(u"carol"_s, "server-time");
    QVERIFY(carol);
    bob->sync();
    bob->send("@+draft/reply=1 PRIVMSG ##everyone :hi");
    QCOMPARE(IrcPeer::masked(bob->nextLine()),
             "@time=<time>;msgid=<id>;+draft/reply=1 :bob!bob@chinwag PRIVMSG ##everyone :hi");
    // Client tags go no further than the sender's echo; server-time gets only the time.
    QCOMPARE(IrcPeer::masked(carol->nextLine()),
             "@time=<time> :bob!bob@chinwag PRIVMSG ##everyone :hi");
}

void tst_IrcServer::messageToAnOfflineAccountIsHeld()
{
    QVERIFY(makeAccount(u"dora"_s));
    const IrcClient bob = irc(u"bob"_s);
    QVERIFY(bob);
    bob->send("PRIVMSG dora :while you were out");
    QCOMPARE(bob->nextLine(),
             ":chinwag NOTICE bob :dora is offline: your message waits for them "
             "and reaches them when they next sign in");
    TestPeer dora;
    QVERIFY(dora.signInAs(Command::Type::SignIn, u"dora"_s, QString::fromUtf8(Password),
                          m_server->serverPort()));
    QCOMPARE(TestPeer::masked(dora.nextLine()), "MSG @dora bob <id> <time> while you were out");
}

void tst_IrcServer::groupsAreChannels()
{
    const IrcClient bob = irc(u"bob"_s);
    QVERIFY(bob);
    const Peer anna = chinwag(u"anna"_s);
    QVERIFY(anna);
    bob->sync();
    // A group made with the IRC user in it: the user joins its channel.
    anna->send("MAKEGROUP team bob");
    QCOMPARE(bob->nextLine(), ":bob!bob@chinwag JOIN :#team");
    QCOMPARE(bob->nextLine(), ":chinwag 353 bob @ #team :anna bob");
    QCOMPARE(bob->nextLine(), ":chinwag 366 bob #team :End of /NAMES list");
    anna->sync();
    bob->send("PRIVMSG #Team :hi team");
    QCOMPARE(TestPeer::masked(anna->nextLine()), "MSG #team bob <id> <time> hi team");
    anna->send("SENDGROUP team back at you");
    anna->nextLine();
    QCOMPARE(bob->nextLine(), ":anna!anna@chinwag PRIVMSG #team :back at you");
    // JOIN of a group one is in shows it again; one is not in is invite-only; none is not yet.
    bob->send("JOIN #team");
    QCOMPARE(bob->nextLine(), ":bob!bob@chinwag JOIN :#team");
    bob->waitForCommand("366");
    anna->send("MAKEGROUP secret");
    anna->nextLine();
    anna->nextLine();
    bob->send("JOIN #secret,#nothing,#c++");
    QCOMPARE(bob->nextLine(), ":chinwag 473 bob #secret :Cannot join channel (+i)");
    QCOMPARE(bob->nextLine(), ":chinwag 403 bob #nothing :No such channel");
    QVERIFY(bob->nextLine().startsWith(":chinwag 403 bob #c++ :the group name"));
    bob->send("PRIVMSG #secret :let me in");
    QCOMPARE(bob->nextLine(), ":chinwag 404 bob #secret :Cannot send to channel");
    // WHO, NAMES and LIST of the channels.
    bob->send("WHO #team");
    QCOMPARE(bob->nextLine(), ":chinwag 352 bob #team anna chinwag chinwag anna H :0 anna");
    QCOMPARE(bob->nextLine(), ":chinwag 352 bob #team bob chinwag chinwag bob H :0 bob");
    QCOMPARE(bob->nextLine(), ":chinwag 315 bob #team :End of WHO list");
    bob->send("LIST");
    QCOMPARE(bob->nextLine(), ":chinwag 321 bob Channel :Users  Name");
    QCOMPARE(bob->nextLine(), ":chinwag 322 bob ##everyone 2 :Everyone");
    QCOMPARE(bob->nextLine(), ":chinwag 322 bob #team 2 :");
    QCOMPARE(bob->nextLine(), ":chinwag 323 bob :End of /LIST");
    // PART leaves the group, as LEAVE does.
    bob->send("PART #team");
    QCOMPARE(bob->nextLine(), ":bob!bob@chinwag PART :#team");
    QCOMPARE(anna->nextLine(), "PARTED team bob");
}

void tst_IrcServer::presenceIsJoinQuitAndNick()
{
    const IrcClient bob = irc(u"bob"_s);
    QVERIFY(bob);
    const Peer anna = chinwag(u"anna"_s);
    QVERIFY(anna);
    QCOMPARE(bob->nextLine(), ":anna!anna@chinwag JOIN :##everyone");
    anna->send("NAME annie");
    anna->nextLine();
    QCOMPARE(bob->nextLine(), ":anna!anna@chinwag NICK :annie");
    // The IRC user's NICK is a rename, which the Chinwag user sees as one.
    bob->send("NICK robert");
    QCOMPARE(bob->nextLine(), ":bob!bob@chinwag NICK :robert");
    QCOMPARE(anna->nextLine(), "RENAMED bob robert");
    anna->send("CLOSE");
    QCOMPARE(bob->nextLine(), ":annie!annie@chinwag QUIT :quit");
    bob->send("QUIT :bye");
    QCOMPARE(bob->nextLine(), "ERROR :Closing link: Goodbye, robert");
    QVERIFY(bob->waitForDisconnected());
}

void tst_IrcServer::awayAndAwayNotify()
{
    const IrcClient carol = irc(u"carol"_s, "away-notify");
    QVERIFY(carol);
    const IrcClient dave = irc(u"dave"_s);
    QVERIFY(dave);
    const Peer anna = chinwag(u"anna"_s);
    QVERIFY(anna);
    carol->sync();
    dave->sync();
    anna->send("AWAY at lunch");
    anna->nextLine();
    QCOMPARE(carol->nextLine(), ":anna!anna@chinwag AWAY :at lunch");
    carol->send("AWAY :brb");
    QCOMPARE(carol->nextLine(), ":chinwag 306 carol :You have been marked as being away");
    QCOMPARE(anna->nextLine(), "AWAY carol brb");
    carol->send("AWAY");
    QCOMPARE(carol->nextLine(), ":chinwag 305 carol :You are no longer marked as being away");
    QCOMPARE(anna->nextLine(), "BACK carol");
    anna->send("BACK");
    anna->nextLine();
    QCOMPARE(carol->nextLine(), ":anna!anna@chinwag AWAY");
    // Without away-notify, none of it; WHOIS says who is away.
    QCOMPARE(dave->sync(), QByteArrayList());
    carol->send("AWAY :gone");
    carol->nextLine();
    dave->send("WHOIS carol");
    QCOMPARE(dave->waitForCommand("301"), ":chinwag 301 dave carol :gone");
}

void tst_IrcServer::typingIsTheTypingTag()
{
    const IrcClient bob = irc(u"bob"_s, "message-tags");
    QVERIFY(bob);
    const IrcClient plain = irc(u"plain"_s);
    QVERIFY(plain);
    const Peer anna = chinwag(u"anna"_s);
    QVERIFY(anna);
    bob->sync();
    plain->sync();
    anna->send("TYPING *");
    anna->nextLine();
    QCOMPARE(bob->nextLine(), "@+typing=active :anna!anna@chinwag TAGMSG :##everyone");
    bob->send("@+typing=active TAGMSG anna");
    QCOMPARE(anna->nextLine(), "TYPING @anna bob");
    // paused and done end by themselves on Chinwag's side.
    bob->send("@+typing=done TAGMSG anna");
    QCOMPARE(anna->sync(), QByteArrayList());
    QCOMPARE(plain->sync(), QByteArrayList());
}

void tst_IrcServer::badInput_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("unknown command")
            << QByteArray("FROB x") << QByteArray(":chinwag 421 bob FROB :Unknown command");
    QTest::newRow("not a command")
            << QByteArray("PRIV-MSG x")
            << QByteArray(":chinwag 421 bob * :a command is letters, or three digits");
    QTest::newRow("bad UTF-8")
            << QByteArray("PRIVMSG anna :\xff")
            << QByteArray(":chinwag FAIL PRIVMSG INVALID_UTF8 :the line is not valid UTF-8");
    QTest::newRow("over 510 bytes") << "PRIVMSG anna :" + QByteArray(600, 'x')
                                    << QByteArray(":chinwag 417 bob :Input line was too long");
    QTest::newRow("over the framer's limit")
            << QByteArray(9000, 'x') << QByteArray(":chinwag 417 bob :Input line was too long");
    QTest::newRow("USER again") << QByteArray("USER a 0 * :b")
                                << QByteArray(":chinwag 462 bob :You may not reregister");
    QTest::newRow("a channel of another type")
            << QByteArray("JOIN &local")
            << QByteArray(":chinwag 403 bob &local :\"&local\" is not a channel: a channel's name "
                          "starts with #");
    QTest::newRow("PING without a token")
            << QByteArray("PING") << QByteArray(":chinwag 461 bob PING :Not enough parameters");
    QTest::newRow("another's modes")
            << QByteArray("MODE anna")
            << QByteArray(":chinwag 502 bob :Cant change mode for other users");
}

void tst_IrcServer::badInput()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, reply);
    const IrcClient bob = irc(u"bob"_s);
    QVERIFY(bob);
    bob->send(line);
    const QByteArray got = bob->nextLine();
    QVERIFY2(got.startsWith(reply.left(reply.indexOf(" :") + 2)), got.constData());
    QCOMPARE(got, reply);
    // The connection goes on.
    QCOMPARE(bob->sync(), QByteArrayList());
}

void tst_IrcServer::floodingIsDelayedThenCut()
{
    ServerConfig config;
    config.limits.floodBurst = 5;
    config.limits.floodLinesPerSecond = 10;
    config.limits.floodMaxDelayedLines = 5;
    QVERIFY(start(config));
    const IrcClient bob = irc(u"bob"_s);
    QVERIFY(bob);
    QByteArray lines;
    for (int i = 0; i < 50; ++i)
        lines += "PING :" + QByteArray::number(i) + "\r\n";
    bob->sendRaw(lines);
    QCOMPARE(bob->waitForCommand("NOTICE"),
             ":chinwag NOTICE bob :you are sending too fast; your lines are delayed");
    QCOMPARE(bob->waitForCommand("ERROR"), "ERROR :Closing link: you kept sending too fast");
    QVERIFY(bob->waitForDisconnected());
}

void tst_IrcServer::registrationTimesOut()
{
    ServerConfig config;
    config.limits.registrationTimeoutSeconds = 1;
    QVERIFY(start(config));
    IrcPeer idle;
    QVERIFY(idle.connectTo(m_server->ircPort()));
    idle.send("NICK idle");
    QCOMPARE(idle.nextLine(), "ERROR :Closing link: registration timed out");
    QVERIFY(idle.waitForDisconnected());
}

void tst_IrcServer::fanOutEncodesOncePerDialect()
{
    // One envelope: one Chinwag line and one IRC encoding per set of tags, shared by every
    // recipient's write.
    const ChatMessage message{ 7, QDateTime::currentDateTimeUtc(), Conversation::everyone(),
                               u"anna"_s, u"hi"_s };
    const Envelope envelope(ServerLine::msg(message));
    const QByteArray &plainBytes = envelope.irc(IrcMessage::Tags::None);
    QVERIFY(plainBytes.startsWith(":anna!anna@chinwag PRIVMSG ##everyone :hi"));
    QCOMPARE(envelope.irc(IrcMessage::Tags::None).constData(), plainBytes.constData());
    QVERIFY(envelope.irc(IrcMessage::Tags::ServerTime).startsWith("@time="));
    QVERIFY(envelope.irc(IrcMessage::Tags::All).contains(";msgid=7 "));
    // A line without tags is one encoding for all.
    const Envelope joined(ServerLine::joined(u"anna"_s));
    QCOMPARE(joined.irc(IrcMessage::Tags::All).constData(),
             joined.irc(IrcMessage::Tags::None).constData());
}

void tst_IrcServer::monitorShowsTheDialect()
{
    ClientsModel model(*m_server);
    QAbstractItemModelTester tester(&model);
    const IrcClient bob = irc(u"bob"_s);
    QVERIFY(bob);
    const Peer anna = chinwag(u"anna"_s);
    QVERIFY(anna);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(ClientsModel::Dialect, Qt::Horizontal).toString(), u"Speaks"_s);
    QTRY_COMPARE(model.index(0, ClientsModel::Name).data().toString(), u"bob"_s);
    QCOMPARE(model.index(0, ClientsModel::Dialect).data().toString(), u"IRC"_s);
    QCOMPARE(model.index(1, ClientsModel::Dialect).data().toString(), u"Chinwag"_s);
}

void tst_IrcServer::sicTalksWithAChinwagClient()
{
    // Debian's sic (scripts/deps.sh installs it for the tests): a real IRC client on stdin and
    // stdout.
    const QString sic = QStandardPaths::findExecutable(u"sic"_s);
    if (sic.isEmpty())
        QSKIP("sic is not installed (scripts/deps.sh installs it with the test packages)");
    const Peer anna = chinwag(u"anna"_s);
    QVERIFY(anna);
    QProcess client;
    client.start(sic,
                 { u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_server->ircPort()), u"-n"_s,
                   u"sicuser"_s });
    QVERIFY(client.waitForStarted());
    QByteArray output;
    const auto shows = [&client, &output](const QByteArray &text) {
        QSignalSpy more(&client, &QProcess::readyReadStandardOutput);
        for (int i = 0; i < 50 && !output.contains(text); ++i) {
            output += client.readAllStandardOutput();
            if (!output.contains(text))
                more.wait(200);
        }
        return output.contains(text);
    };
    QCOMPARE(anna->waitForLine("JOINED "), "JOINED sicuser");
    QVERIFY(shows("End of /NAMES list"));
    anna->send("MSGALL hello, sic");
    QVERIFY(shows("<anna> hello, sic"));
    anna->send("MSGIND sicuser just for you");
    QVERIFY(shows("<anna> just for you"));
    anna->send("MAKEGROUP team sicuser");
    anna->send("SENDGROUP team team news");
    QVERIFY(shows("<anna> team news"));
    client.write(":m anna hi anna\n");
    QCOMPARE(TestPeer::masked(anna->waitForLine("MSG ")), "MSG @anna sicuser <id> <time> hi anna");
    client.write(":m ##everyone hi all\n");
    QCOMPARE(TestPeer::masked(anna->waitForLine("MSG ")), "MSG * sicuser <id> <time> hi all");
    client.write(":m #team hi team\n");
    QCOMPARE(TestPeer::masked(anna->waitForLine("MSG ")), "MSG #team sicuser <id> <time> hi team");
    // sic sends a line that starts with ":" and is none of its own commands as it is.
    client.write(":QUIT\n");
    QCOMPARE(anna->waitForLine("LEFT "), "LEFT sicuser quit");
    QSignalSpy finished(&client, &QProcess::finished);
    if (client.state() != QProcess::NotRunning && !finished.wait(5000)) {
        client.kill();
        QVERIFY(finished.wait(5000));
    }
}

QTEST_GUILESS_MAIN(tst_IrcServer)
#include "tst_ircserver.moc"
