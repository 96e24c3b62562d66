// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"
#include "testpeer.h"

#include <chatclient.h>
#include <chatserver.h>
#include <chatsession.h>
#include <conversationlistmodel.h>
#include <errormessages.h>
#include <messagefiltermodel.h>
#include <messagemodel.h>
#include <messagepacer.h>
#include <namecompleter.h>
#include <readmarkers.h>
#include <reconnectbackoff.h>
#include <session.h>
#include <typingtracker.h>
#include <userlistmodel.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Delivery = MessageEntry::Delivery;

Q_DECLARE_METATYPE(Chinwag::Conversation)
Q_DECLARE_METATYPE(Chinwag::ErrorCode)

namespace QTest {
template<>
char *toString(const Chinwag::ChatClient::State &state)
{
    return qstrdup(QMetaEnum::fromType<ChatClient::State>().valueToKey(int(state)));
}
} // namespace QTest

namespace {

const QByteArray Time = "2026-11-25T12:00:00.123Z";

QDateTime at(const QByteArray &iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

ConnectSettings settingsFor(quint16 port, const QString &name)
{
    ConnectSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.name = name;
    return settings;
}

// The last state each own message reached, by local id, from a spy on outgoingMessageChanged.
QHash<quint64, MessageEntry> latest(const QSignalSpy &spy)
{
    QHash<quint64, MessageEntry> result;
    for (const QList<QVariant> &arguments : spy) {
        const auto entry = arguments.at(0).value<MessageEntry>();
        result.insert(entry.localId, entry);
    }
    return result;
}

// The deliveries one own message went through.
QList<Delivery> deliveries(const QSignalSpy &spy, quint64 localId)
{
    QList<Delivery> result;
    for (const QList<QVariant> &arguments : spy) {
        const auto entry = arguments.at(0).value<MessageEntry>();
        if (entry.localId == localId)
            result.append(entry.delivery);
    }
    return result;
}

QStringList texts(const MessageModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row).data().toString());
    return result;
}

QStringList names(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data().toString());
    return result;
}

MessageEntry received(quint64 id, const QString &from, const QString &text)
{
    MessageEntry entry;
    entry.message = { id, at(Time), Conversation::everyone(), from, text };
    return entry;
}

// A HIST line of the conversation `to`, from `from`.
QByteArray hist(const QByteArray &to, const QByteArray &from, quint64 id, const QByteArray &text)
{
    return "HIST " + to + ' ' + from + ' ' + QByteArray::number(id) + ' ' + Time + ' ' + text;
}

// HIST lines from bob to everyone, one per id.
QByteArrayList histRange(quint64 first, quint64 last)
{
    QByteArrayList lines;
    for (quint64 id = first; id <= last; ++id)
        lines.append(hist("*", "bob", id, "message " + QByteArray::number(id)));
    return lines;
}

QList<quint64> ids(const MessageModel *model)
{
    QList<quint64> result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row).data(MessageModel::IdRole).toULongLong());
    return result;
}

MessageEntry own(quint64 localId, Delivery delivery, quint64 id, const QString &text)
{
    MessageEntry entry = received(id, u"anna"_s, text);
    entry.localId = localId;
    entry.delivery = delivery;
    return entry;
}

} // namespace

class tst_Client : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // The client against a scripted server: the exact lines, and every edge of the replies.
    void registersAfterTheServersHello();
    void refusedNameAtFirstGivesUp_data();
    void refusedNameAtFirstGivesUp();
    void passwordGoesBeforeTheName_data();
    void passwordGoesBeforeTheName();
    void repliesAreMatchedFirstInFirstOut();
    void unreadableReplyStillAnswersItsCommand();
    void malformedServerLinesAreIgnored_data();
    void malformedServerLinesAreIgnored();
    void serverEventsBecomeSignals_data();
    void serverEventsBecomeSignals();
    void answersTheServersPing();
    void asksASilentServerWhetherItIsThere_data();
    void asksASilentServerWhetherItIsThere();
    void newGroupMemberAsksForTheMembers();
    void groupCommandsAndTheirReplies();
    void commandsCheckNamesBeforeSending_data();
    void commandsCheckNamesBeforeSending();
    void messagesAreCheckedBeforeSending_data();
    void messagesAreCheckedBeforeSending();
    void byeDecidesWhetherToReconnect_data();
    void byeDecidesWhetherToReconnect();
    void messagesTypedWhileDisconnectedGoOutOnReconnect();
    void unconfirmedMessagesFailWhenTheConnectionIsLost();
    void cancellingTheReconnectMarksQueuedMessagesNotSent();
    void nameHeldByTheLostConnectionIsTriedAgain();
    void firstConnectionIsRetriedUntilTheServerListens();
    void disconnectingSaysGoodbye();

    // The parts without a connection.
    void backoffDoublesUpToTheLongestWithJitter();
    void connectSettingsAreRemembered();
    void passwordIsRememberedOnlyWhenAsked_data();
    void passwordIsRememberedOnlyWhenAsked();
    void messageModelKeepsEachMessageOnce();
    void ownMessageChangesInPlace();
    void echoOfAMessageToOneselfIsMergedWithIt_data();
    void echoOfAMessageToOneselfIsMergedWithIt();
    void olderMessagesArePrepended();
    void userListStaysSortedWithoutCase();
    void conversationsAreOrderedEveryoneDirectGroups();
    void unreadCountsSkipTheCurrentConversation();
    void renamedPeerKeepsTheConversation();

    // The session: events routed to the models.
    void sessionRoutesMessagesToTheirConversations();
    void sessionKeepsUsersAndGroupMembers();
    void sessionSendsEachLineAsAMessage();
    void sessionMarksGroupsInactiveWhenTheConnectionIsLost();

    // History, presence, typing and pacing.
    void historyIsMergedWithWhatArrivedLive();
    void olderHistoryIsPagedUntilTheServerHasNoMore();
    void newMessagesMarkerGoesBeforeTheFirstUnseen();
    void historyErrorsAreShownInTheirConversation_data();
    void historyErrorsAreShownInTheirConversation();
    void serverWithoutHistoryIsNotAskedAgain();
    void historyLinesBeyondTheRequestAreIgnored();
    void historyIsFetchedAgainAfterAReconnect();
    void groupJoinedAgainWhileReadGetsItsHistory();
    void typingIsSentAtMostOnceAnInterval();
    void typingTrackerForgetsSilentTypists();
    void awayIsToldAndToldAgainAfterAReconnect();
    void heldMessageIsDeliveredWhenThePeerJoins();
    void pacerSendsABurstThenPacesTheRest();
    void pacerDefaultsStayBelowFloodControl();
    void mergeHistoryPutsEachMessageByItsId();
    void readMarkersOnlyMoveForwardPerAccount();
    void nameCompleterCompletesAndCycles_data();
    void nameCompleterCompletesAndCycles();
    void messageFilterMatchesTextAndSender_data();
    void messageFilterMatchesTextAndSender();

    // The client against the real server, in this process.
    void realServerRegistersAndRefusesATakenName();
    void realServerCarriesEveryKindOfMessage();
    void realServerTellsEveryEvent();
    void realServerRestartOnTheSamePortIsReconnected();
    void realServerKickIsFinal();
    void realServerHistoryAndHeldMessagesShowOnce();
    void realServerTakesALongPasteWithoutFlooding();

private:
    // Connects the client to the scripted server, which says `hello`, and waits for the client
    // to ask for `name`.
    bool greetClient(ChatClient &client, const QString &name,
                     const QByteArray &hello = "HELLO 1 4096 Welcome\n");
    // Connects the client to the scripted server and registers `name`: the server says HELLO,
    // accepts the name and lists no one.
    bool registerClient(ChatClient &client, const QString &name,
                        const QByteArray &hello = "HELLO 1 4096 Welcome\n");
    // The same for a client with a session, which then asks for the history of Everyone (and
    // of `current` when it is another): the server answers LIST with `users` and each HISTORY
    // with `history` (HIST lines, by conversation), then an OK with their count.
    bool registerSession(ChatClient &client, const QString &name,
                         const QHash<QString, QByteArrayList> &history = {},
                         const QByteArray &users = {});

    ScriptedServer *m_server = nullptr;
};

void tst_Client::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_Client::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

bool tst_Client::greetClient(ChatClient &client, const QString &name, const QByteArray &hello)
{
    client.connectToServer(settingsFor(m_server->port(), name));
    if (!m_server->waitForClient())
        return false;
    m_server->write(hello);
    const QByteArray nameLine = "NAME " + name.toUtf8();
    if (!QTest::qWaitFor([&] { return m_server->lines().contains(nameLine); }))
        return false;
    m_server->takeLines();
    return true;
}

bool tst_Client::registerClient(ChatClient &client, const QString &name, const QByteArray &hello)
{
    if (!greetClient(client, name, hello))
        return false;
    m_server->write("OK NAME " + name.toUtf8() + "\n");
    if (!QTest::qWaitFor([&] { return m_server->lines() == QByteArrayList{ "LIST" }; }))
        return false;
    m_server->takeLines();
    m_server->write("OK LIST 0\n");
    return client.isOnline();
}

bool tst_Client::registerSession(ChatClient &client, const QString &name,
                                 const QHash<QString, QByteArrayList> &history,
                                 const QByteArray &users)
{
    if (!greetClient(client, name))
        return false;
    m_server->write("OK NAME " + name.toUtf8() + "\n");
    const QByteArrayList asked = m_server->takeLines(2);
    if (asked.size() < 2 || asked.at(0) != "LIST" || asked.at(1) != "HISTORY *")
        return false;
    // The current conversation, if not Everyone, is asked for in the same breath.
    const QByteArrayList more =
            m_server->lines().isEmpty() ? QByteArrayList() : m_server->takeLines();
    m_server->write(users + "OK LIST " + QByteArray::number(users.count('\n')) + "\n");
    for (const QByteArray &request : asked.mid(1) + more) {
        const QByteArray conversation = request.mid(qstrlen("HISTORY "));
        const QByteArrayList lines = history.value(QString::fromUtf8(conversation));
        m_server->write(lines.join('\n') + (lines.isEmpty() ? "" : "\n") + "OK HISTORY "
                        + conversation + ' ' + QByteArray::number(lines.size()) + '\n');
    }
    return QTest::qWaitFor([&] { return client.isOnline(); });
}

void tst_Client::registersAfterTheServersHello()
{
    // Given a client that connects as anna,
    ChatClient client;
    QSignalSpy states(&client, &ChatClient::stateChanged);
    QSignalSpy registered(&client, &ChatClient::registered);
    QSignalSpy users(&client, &ChatClient::usersListed);
    client.connectToServer(settingsFor(m_server->port(), u"anna"_s));
    QCOMPARE(client.state(), ChatClient::State::Connecting);
    QVERIFY(m_server->waitForClient());
    QTRY_COMPARE(client.state(), ChatClient::State::Registering);

    // when the server greets it, it gives its name and learns the line limit;
    m_server->write("HELLO 1 512 Welcome to Chinwag!\nINFO NAME <name>  register\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    QCOMPARE(client.maxLineBytes(), 512);

    // once the name is accepted, as the server spells it, it is online and asks who else is.
    m_server->write("OK NAME Anna\n");
    QTRY_COMPARE(registered.count(), 1);
    QCOMPARE(registered.at(0).at(0).toString(), u"Anna"_s);
    QCOMPARE(client.name(), u"Anna"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "LIST" });
    m_server->write("USER Anna HERE\nUSER bob AWAY gone to lunch\nOK LIST 2\n");
    QTRY_COMPARE(users.count(), 1);
    QCOMPARE(users.at(0).at(0).value<QList<OnlineUser>>(),
             (QList<OnlineUser>{ { u"Anna"_s, false, {} },
                                 { u"bob"_s, true, u"gone to lunch"_s } }));

    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(0).at(0).value<ChatClient::State>(), ChatClient::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<ChatClient::State>(), ChatClient::State::Registering);
    QCOMPARE(states.at(2).at(0).value<ChatClient::State>(), ChatClient::State::Online);
}

void tst_Client::refusedNameAtFirstGivesUp_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("taken") << "ERROR NAME_TAKEN the name bob is taken; choose another\n"_ba
                           << ErrorCode::NameTaken;
    QTest::newRow("bad") << "ERROR BAD_NAME the user name \"bob\" is not allowed\n"_ba
                         << ErrorCode::BadName;
}

void tst_Client::refusedNameAtFirstGivesUp()
{
    QFETCH(QByteArray, reply);
    QFETCH(ErrorCode, code);

    // Given a client registering bob for the first time,
    ChatClient client;
    QSignalSpy refused(&client, &ChatClient::nameRefused);
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);
    client.connectToServer(settingsFor(m_server->port(), u"bob"_s));
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME bob" });

    // when the server refuses the name,
    m_server->write(reply);

    // then the client says why, says goodbye, and does not try again by itself.
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, code);
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), QByteArrayList{ "CLOSE" });
    QCOMPARE(reconnects.count(), 0);
}

void tst_Client::passwordGoesBeforeTheName_data()
{
    QTest::addColumn<QByteArray>("replies");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QByteArrayList>("written");

    QTest::newRow("right") << "OK PASS\nOK NAME bob\n"_ba << true << ErrorCode::Closed
                           << QByteArrayList{ "LIST" };
    // The server closes the connection after BYE; the client does not wait for it.
    QTest::newRow("wrong") << "ERROR BAD_PASSWORD wrong password\nBYE BAD_PASSWORD wrong "
                              "password\n"_ba
                           << false << ErrorCode::BadPassword << QByteArrayList();
    QTest::newRow("not needed, then required")
            << "OK PASS\nERROR PASSWORD_REQUIRED send PASS <password> before NAME\n"_ba << false
            << ErrorCode::PasswordRequired << QByteArrayList{ "CLOSE" };
}

void tst_Client::passwordGoesBeforeTheName()
{
    QFETCH(QByteArray, replies);
    QFETCH(bool, accepted);
    QFETCH(ErrorCode, code);
    QFETCH(QByteArrayList, written);

    // Given a client with a password, which the server greets,
    ChatClient client;
    QSignalSpy refused(&client, &ChatClient::passwordRefused);
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);
    QSignalSpy registered(&client, &ChatClient::registered);
    ConnectSettings settings = settingsFor(m_server->port(), u"bob"_s);
    settings.password = u"open sesame"_s;
    client.connectToServer(settings);
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");

    // the password goes first, as the rest of its line, and the name after it;
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "PASS open sesame", "NAME bob" }));

    // what the server answers decides: online, or disconnected for good, with the reason.
    m_server->write(replies);
    if (accepted) {
        QTRY_COMPARE(registered.count(), 1);
        QCOMPARE(m_server->takeLines(1), written);
        return;
    }
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, code);
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QCOMPARE(client.disconnectReason(),
             ErrorMessages::describe(refused.at(0).at(0).value<ProtocolError>()));
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), written);
    QCOMPARE(reconnects.count(), 0);
    QCOMPARE(registered.count(), 0);
}

void tst_Client::repliesAreMatchedFirstInFirstOut()
{
    // Given a registered client that sends to everyone, to a user and to a group,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    QSignalSpy errors(&client, &ChatClient::errorReceived);
    const quint64 toAll = client.sendMessage(Conversation::everyone(), u"hello all"_s);
    const quint64 toBob = client.sendMessage(Conversation::direct(u"bob"_s), u"hi bob"_s);
    const quint64 toTeam = client.sendMessage(Conversation::group(u"team"_s), u"hi team"_s);
    QCOMPARE(m_server->takeLines(3),
             (QByteArrayList{ "MSGALL hello all", "MSGIND bob hi bob", "SENDGROUP team hi team" }));
    QCOMPARE(deliveries(outgoing, toAll), QList<Delivery>{ Delivery::Sending });

    // when the replies come in order, with an ERROR FLOOD that answers none of them,
    m_server->write("OK MSGALL 7 " + Time + "\n");
    m_server->write("ERROR FLOOD you are sending too fast\n");
    m_server->write("OK MSGIND 8 " + Time + " HELD\n");
    m_server->write("ERROR NOT_A_MEMBER you are not in team\n");

    // then each message learns its own fate.
    QTRY_COMPARE(latest(outgoing).value(toTeam).delivery, Delivery::Failed);
    const auto fate = latest(outgoing);
    QCOMPARE(fate.value(toAll).delivery, Delivery::Sent);
    QCOMPARE(fate.value(toAll).message.id, 7u);
    QCOMPARE(fate.value(toAll).message.time, at(Time));
    QCOMPARE(fate.value(toBob).delivery, Delivery::Held);
    QCOMPARE(fate.value(toBob).message.id, 8u);
    QCOMPARE(fate.value(toTeam).failure, ErrorMessages::describe({ ErrorCode::NotAMember, {} }));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<ProtocolError>().code, ErrorCode::Flood);
}

void tst_Client::unreadableReplyStillAnswersItsCommand()
{
    // Given two messages on their way,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    const quint64 first = client.sendMessage(Conversation::everyone(), u"one"_s);
    const quint64 second = client.sendMessage(Conversation::everyone(), u"two"_s);
    QCOMPARE(m_server->takeLines(2).size(), 2);

    // when the reply to the first cannot be read,
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be read"_s));
    m_server->write("OK MSGALL not-a-number " + Time + "\nOK MSGALL 9 " + Time + "\n");

    // then it still answers the first, and the second gets its own reply.
    QTRY_COMPARE(latest(outgoing).value(second).delivery, Delivery::Sent);
    QCOMPARE(latest(outgoing).value(second).message.id, 9u);
    QCOMPARE(latest(outgoing).value(first).delivery, Delivery::Failed);
}

void tst_Client::malformedServerLinesAreIgnored_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("unknown keyword") << "HELLOO 1 4096 hi\n"_ba;
    QTest::newRow("bad sender name") << "MSG * 9lives 1 " + Time + " hi\n";
    QTest::newRow("bad conversation") << "MSG everyone bob 1 " + Time + " hi\n";
    QTest::newRow("time without milliseconds") << "MSG * bob 1 2026-11-25T12:00:00Z hi\n"_ba;
    QTest::newRow("id zero") << "MSG * bob 0 " + Time + " hi\n";
    QTest::newRow("id past 64 bits") << "MSG * bob 18446744073709551616 " + Time + " hi\n";
    QTest::newRow("no text") << "MSG * bob 1 " + Time + "\n";
    QTest::newRow("invalid UTF-8") << "MSG * bob 1 " + Time + " \xff\xfe\n";
    QTest::newRow("control character") << "NOTICE a\x01z\n"_ba;
    QTest::newRow("NUL") << "NOTICE a\0z\n"_ba;
    QTest::newRow("unknown error code") << "BYE NO_REASON bye\n"_ba;
    QTest::newRow("longer than a server line may be") << QByteArray(70000, 'x') + "\n";
    QTest::newRow("MADE without creator") << "MADE team\n"_ba;
}

void tst_Client::malformedServerLinesAreIgnored()
{
    QFETCH(QByteArray, line);

    // Given a registered client,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy messages(&client, &ChatClient::messageReceived);
    QSignalSpy notices(&client, &ChatClient::noticeReceived);
    QSignalSpy groups(&client, &ChatClient::groupMade);
    QSignalSpy byes(&client, &ChatClient::disconnectedByServer);
    QSignalSpy joined(&client, &ChatClient::userJoined);

    // when the server sends a line the codec refuses, then a good one,
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"(could not be read|longer than)"_s));
    m_server->write(line + "JOINED carol\n");

    // then the bad line has no effect, and the good one is read.
    QTRY_COMPARE(joined.count(), 1);
    QCOMPARE(joined.at(0).at(0).toString(), u"carol"_s);
    QCOMPARE(messages.count() + notices.count() + groups.count() + byes.count(), 0);
    QVERIFY(client.isOnline());
}

void tst_Client::serverEventsBecomeSignals_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<QVariantList>("arguments");

    const ChatMessage toAll{ 5, at(Time), Conversation::everyone(), u"bob"_s, u"hi  all "_s };
    const ChatMessage toMe{ 6, at(Time), Conversation::direct(u"anna"_s), u"bob"_s, u"psst"_s };
    const ChatMessage toTeam{ 7, at(Time), Conversation::group(u"team"_s), u"bob"_s, u"go"_s };
    QTest::newRow("MSG to everyone")
            << "MSG * bob 5 " + Time + " hi  all \n"
            << "messageReceived"_ba << QVariantList{ QVariant::fromValue(toAll) };
    QTest::newRow("MSG to me") << "MSG @anna bob 6 " + Time + " psst\n"
                               << "messageReceived"_ba << QVariantList{ QVariant::fromValue(toMe) };
    QTest::newRow("MSG to a group")
            << "MSG #team bob 7 " + Time + " go\n"
            << "messageReceived"_ba << QVariantList{ QVariant::fromValue(toTeam) };
    QTest::newRow("JOINED") << "JOINED carol\n"_ba
                            << "userJoined"_ba << QVariantList{ u"carol"_s };
    QTest::newRow("LEFT") << "LEFT carol quit\n"_ba
                          << "userLeft"_ba << QVariantList{ u"carol"_s, u"quit"_s };
    QTest::newRow("RENAMED") << "RENAMED bob robert\n"_ba
                             << "userRenamed"_ba << QVariantList{ u"bob"_s, u"robert"_s };
    QTest::newRow("AWAY") << "AWAY bob in a meeting\n"_ba
                          << "userAway"_ba << QVariantList{ u"bob"_s, u"in a meeting"_s };
    QTest::newRow("BACK") << "BACK bob\n"_ba
                          << "userBack"_ba << QVariantList{ u"bob"_s };
    QTest::newRow("MADE") << "MADE team bob anna carol\n"_ba
                          << "groupMade"_ba
                          << QVariantList{ u"team"_s, u"bob"_s,
                                           QStringList{ u"bob"_s, u"anna"_s, u"carol"_s } };
    QTest::newRow("MADE naming the creator twice")
            << "MADE team bob bob anna\n"_ba
            << "groupMade"_ba
            << QVariantList{ u"team"_s, u"bob"_s, QStringList{ u"bob"_s, u"anna"_s } };
    QTest::newRow("INVITED") << "INVITED team dora bob\n"_ba
                             << "memberInvited"_ba
                             << QVariantList{ u"team"_s, u"dora"_s, u"bob"_s };
    QTest::newRow("PARTED") << "PARTED team carol\n"_ba
                            << "memberParted"_ba << QVariantList{ u"team"_s, u"carol"_s };
    QTest::newRow("TYPING to me")
            << "TYPING @anna bob\n"_ba
            << "userTyping"_ba
            << QVariantList{ QVariant::fromValue(Conversation::direct(u"bob"_s)), u"bob"_s };
    QTest::newRow("TYPING in a group")
            << "TYPING #team bob\n"_ba
            << "userTyping"_ba
            << QVariantList{ QVariant::fromValue(Conversation::group(u"team"_s)), u"bob"_s };
    QTest::newRow("NOTICE") << "NOTICE The server restarts at 18:00 UTC.\n"_ba
                            << "noticeReceived"_ba
                            << QVariantList{ u"The server restarts at 18:00 UTC."_s };
    QTest::newRow("BYE") << "BYE SHUTDOWN the server is stopping\n"_ba
                         << "disconnectedByServer"_ba
                         << QVariantList{ QVariant::fromValue(ProtocolError{
                                    ErrorCode::Shutdown, u"the server is stopping"_s }) };
}

void tst_Client::serverEventsBecomeSignals()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, signal);
    QFETCH(QVariantList, arguments);

    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    const QMetaObject *meta = client.metaObject();
    QMetaMethod method;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        if (meta->method(i).methodType() == QMetaMethod::Signal && meta->method(i).name() == signal)
            method = meta->method(i);
    }
    QVERIFY2(method.isValid(), signal.constData());
    QSignalSpy spy(&client, method);

    m_server->write(line);

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), arguments);
}

void tst_Client::answersTheServersPing()
{
    // Given a registered client with a message on its way,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    const quint64 id = client.sendMessage(Conversation::everyone(), u"hi"_s);

    // when the server pings it,
    m_server->write("PING 17\n");

    // then it answers at once, and the PONG does not take the message's reply.
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "MSGALL hi", "PONG 17" }));
    m_server->write("OK MSGALL 3 " + Time + "\n");
    QTRY_COMPARE(latest(outgoing).value(id).delivery, Delivery::Sent);
}

void tst_Client::asksASilentServerWhetherItIsThere_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("the server answers") << true;
    QTest::newRow("the server stays silent") << false;
}

void tst_Client::asksASilentServerWhetherItIsThere()
{
    QFETCH(bool, answer);

    // Given a client that waits little for a silent server,
    ChatClient client;
    client.setTimeouts(100ms, 300ms, 5s);
    client.setBackoff(ReconnectBackoff(10s, 10s));
    QSignalSpy lost(&client, &ChatClient::connectionLost);
    QVERIFY(registerClient(client, u"anna"_s));

    // when the server says nothing for a while, the client pings it;
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "PING alive" });
    if (answer) {
        // an answer keeps the connection, and the client pings again after the next silence;
        m_server->write("PONG alive\n");
        QCOMPARE(m_server->takeLines(1), QByteArrayList{ "PING alive" });
        m_server->write("PONG alive\n");
        QVERIFY(client.isOnline());
        QCOMPARE(lost.count(), 0);
    } else {
        // no answer: the connection is given up as lost, and another is tried.
        QTRY_COMPARE(lost.count(), 1);
        QCOMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    }
}

void tst_Client::newGroupMemberAsksForTheMembers()
{
    // Given anna, registered,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy members(&client, &ChatClient::membersListed);

    // when bob adds her to his group,
    m_server->write("INVITED team anna bob\n");

    // then she asks who is in it.
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MEMBERS team" });
    m_server->write("MEMBER team anna\nMEMBER team bob\nOK MEMBERS team 2\n");
    QTRY_COMPARE(members.count(), 1);
    QCOMPARE(members.at(0), (QVariantList{ u"team"_s, QStringList{ u"anna"_s, u"bob"_s } }));
}

void tst_Client::groupCommandsAndTheirReplies()
{
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy made(&client, &ChatClient::groupMade);
    QSignalSpy failed(&client, &ChatClient::commandFailed);
    QSignalSpy left(&client, &ChatClient::groupLeft);
    QSignalSpy groups(&client, &ChatClient::groupsListed);

    client.makeGroup(u"team"_s, { u"bob"_s, u"carol"_s });
    client.invite(u"team"_s, u"dora"_s);
    client.requestGroups();
    client.leaveGroup(u"team"_s);
    QCOMPARE(m_server->takeLines(4),
             (QByteArrayList{ "MAKEGROUP team bob carol", "INVITE team dora", "GROUPS",
                              "LEAVE team" }));

    m_server->write("MADE team anna bob carol\nOK MAKEGROUP team\n"
                    "ERROR NO_SUCH_USER user dora is not online\n"
                    "GROUP team anna 3\nOK GROUPS 1\n"
                    "OK LEAVE team\n");

    QTRY_COMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).toString(), u"team"_s);
    QCOMPARE(made.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Command>(), Command::invite(u"team"_s, u"dora"_s));
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::NoSuchUser);
    QCOMPARE(groups.count(), 1);
    QCOMPARE(groups.at(0).at(0).value<QList<GroupSummary>>(),
             (QList<GroupSummary>{ { u"team"_s, u"anna"_s, 3 } }));
}

void tst_Client::commandsCheckNamesBeforeSending_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("group starting with a digit") << 0;
    QTest::newRow("member with a space") << 1;
    QTest::newRow("invitee too long") << 2;
    QTest::newRow("new name with a symbol") << 3;
}

void tst_Client::commandsCheckNamesBeforeSending()
{
    QFETCH(int, which);
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy failed(&client, &ChatClient::commandFailed);

    switch (which) {
    case 0:
        client.makeGroup(u"9team"_s, {});
        break;
    case 1:
        client.makeGroup(u"team"_s, { u"bob smith"_s });
        break;
    case 2:
        client.invite(u"team"_s, QString(33, u'x'));
        break;
    case 3:
        client.changeName(u"anna!"_s);
        break;
    }

    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::BadName);
    // Nothing reached the server: the next line it reads is the message.
    client.sendMessage(Conversation::everyone(), u"after"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL after" });
}

void tst_Client::messagesAreCheckedBeforeSending_data()
{
    QTest::addColumn<Conversation>("to");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("why");
    const QString longest = QString(64 - int(qstrlen("MSGALL ")), u'x');
    QTest::newRow("control character")
            << Conversation::everyone() << u"a\u0007b"_s << ErrorCode::BadText;
    QTest::newRow("line break") << Conversation::everyone() << u"a\nb"_s << ErrorCode::BadText;
    QTest::newRow("one byte over the server's limit")
            << Conversation::everyone() << longest + u'x' << ErrorCode::LineTooLong;
    QTest::newRow("limit counted in UTF-8 bytes")
            << Conversation::everyone() << longest.left(longest.size() - 1) + u"é"_s
            << ErrorCode::LineTooLong;
    QTest::newRow("bad user name")
            << Conversation::direct(u"no one"_s) << u"hi"_s << ErrorCode::BadName;
}

void tst_Client::messagesAreCheckedBeforeSending()
{
    QFETCH(Conversation, to);
    QFETCH(QString, text);
    QFETCH(ErrorCode, why);

    // Given a server that takes lines of 64 bytes,
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s, "HELLO 1 64 Welcome\n"));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);

    const quint64 id = client.sendMessage(to, text);

    QCOMPARE(deliveries(outgoing, id), QList<Delivery>{ Delivery::Failed });
    QCOMPARE(latest(outgoing).value(id).failure, ErrorMessages::describe({ why, {} }));
    // The longest line that fits does go out, and nothing before it did.
    const QString longest = QString(64 - int(qstrlen("MSGALL ")), u'x');
    QVERIFY(client.sendMessage(Conversation::everyone(), longest) != 0);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL " + longest.toUtf8() });
    QCOMPARE(client.sendMessage(Conversation::everyone(), u"   "_s), 0u);
}

void tst_Client::byeDecidesWhetherToReconnect_data()
{
    QTest::addColumn<QByteArray>("bye");
    QTest::addColumn<bool>("reconnects");
    QTest::newRow("kicked") << "BYE KICKED spamming\n"_ba << false;
    QTest::newRow("shutdown") << "BYE SHUTDOWN the server is stopping\n"_ba << true;
    QTest::newRow("timeout") << "BYE TIMEOUT no reply to PING\n"_ba << true;
    QTest::newRow("server full") << "BYE SERVER_FULL too many connections\n"_ba << true;
}

void tst_Client::byeDecidesWhetherToReconnect()
{
    QFETCH(QByteArray, bye);
    QFETCH(bool, reconnects);

    ChatClient client;
    client.setBackoff(ReconnectBackoff(10s, 10s));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy byes(&client, &ChatClient::disconnectedByServer);

    m_server->write(bye);
    QTRY_COMPARE(byes.count(), 1);
    m_server->dropClient();

    const auto expected =
            reconnects ? ChatClient::State::WaitingToReconnect : ChatClient::State::Disconnected;
    QTRY_COMPARE(client.state(), expected);
    QCOMPARE(client.disconnectReason(),
             ErrorMessages::describeDisconnect(byes.at(0).at(0).value<ProtocolError>()));
    if (!reconnects)
        QVERIFY(client.disconnectReason().contains(u"spamming"_s));
}

void tst_Client::messagesTypedWhileDisconnectedGoOutOnReconnect()
{
    // Given a client whose connection is lost,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    m_server->dropClient();
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);

    // when the user writes meanwhile, the messages wait;
    const quint64 one = client.sendMessage(Conversation::everyone(), u"one"_s);
    const quint64 two = client.sendMessage(Conversation::direct(u"bob"_s), u"two"_s);
    QCOMPARE(latest(outgoing).value(one).delivery, Delivery::Queued);
    QCOMPARE(latest(outgoing).value(two).delivery, Delivery::Queued);

    // and once the client is back under its name, they go out, in order, before anything else.
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "MSGALL one", "MSGIND bob two", "LIST" }));
    m_server->write("OK MSGALL 11 " + Time + "\nOK MSGIND 12 " + Time + "\n");
    QTRY_COMPARE(latest(outgoing).value(two).delivery, Delivery::Sent);
    QCOMPARE(deliveries(outgoing, one),
             (QList<Delivery>{ Delivery::Queued, Delivery::Sending, Delivery::Sent }));
}

void tst_Client::unconfirmedMessagesFailWhenTheConnectionIsLost()
{
    // Given a message the server has not confirmed,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    const quint64 id = client.sendMessage(Conversation::everyone(), u"did it arrive?"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL did it arrive?" });

    // when the connection is lost,
    m_server->dropClient();

    // then it is marked as maybe not delivered, and not sent twice.
    QTRY_COMPARE(latest(outgoing).value(id).delivery, Delivery::Failed);
    QVERIFY(!latest(outgoing).value(id).failure.isEmpty());
    QVERIFY(registerClient(client, u"anna"_s));
    QCOMPARE(m_server->takeLines(), QByteArrayList{});
}

void tst_Client::cancellingTheReconnectMarksQueuedMessagesNotSent()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(10s, 10s));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy outgoing(&client, &ChatClient::outgoingMessageChanged);
    m_server->dropClient();
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    const quint64 id = client.sendMessage(Conversation::everyone(), u"later"_s);

    client.cancelReconnect();

    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QCOMPARE(deliveries(outgoing, id), (QList<Delivery>{ Delivery::Queued, Delivery::Failed }));
    // Written while disconnected for good, a message fails at once.
    const quint64 next = client.sendMessage(Conversation::everyone(), u"now?"_s);
    QCOMPARE(deliveries(outgoing, next), QList<Delivery>{ Delivery::Failed });
}

void tst_Client::nameHeldByTheLostConnectionIsTriedAgain()
{
    // Given anna, whose connection was lost,
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 200ms));
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy refused(&client, &ChatClient::nameRefused);
    QSignalSpy registered(&client, &ChatClient::registered);
    m_server->dropClient();

    // when the server still holds her name for the old connection,
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("ERROR NAME_TAKEN the name anna is taken; choose another\n");

    // then she waits and tries again, rather than give the name up.
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    QVERIFY(m_server->waitForClientGone());
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QTRY_COMPARE(registered.count(), 1);
    QCOMPARE(refused.count(), 0);
}

void tst_Client::firstConnectionIsRetriedUntilTheServerListens()
{
    // Given a client started before its server,
    const quint16 port = m_server->port();
    m_server->close();
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    QSignalSpy lost(&client, &ChatClient::connectionLost);
    client.connectToServer(settingsFor(port, u"anna"_s));
    QTRY_COMPARE(client.state(), ChatClient::State::WaitingToReconnect);
    QVERIFY(!client.disconnectReason().isEmpty());

    // when the server starts listening,
    QVERIFY(m_server->listen(port));

    // then the client connects and registers.
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QTRY_VERIFY(client.isOnline());
    QVERIFY(lost.count() >= 1);
}

void tst_Client::disconnectingSaysGoodbye()
{
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy reconnects(&client, &ChatClient::reconnectScheduled);

    client.disconnectFromServer();

    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(m_server->waitForClientGone());
    QCOMPARE(m_server->takeLines(), QByteArrayList{ "CLOSE" });
    QCOMPARE(reconnects.count(), 0);
}

void tst_Client::backoffDoublesUpToTheLongestWithJitter()
{
    QRandomGenerator random(20261125);
    ReconnectBackoff backoff(1s, 30s, &random);
    const QList<int> steps{ 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000 };
    QList<qint64> delays;
    for (const int step : steps) {
        const qint64 delay = backoff.next().count();
        delays.append(delay);
        QVERIFY2(delay >= step * (1 - ReconnectBackoff::Jitter)
                         && delay <= std::min(step * 1.2, 30000.0),
                 qPrintable(u"%1 ms for a step of %2 ms"_s.arg(delay).arg(step)));
    }
    // The jitter spreads the waits: not every one is its step exactly.
    QVERIFY(delays.mid(0, 5) != (QList<qint64>{ 1000, 2000, 4000, 8000, 16000 }));

    backoff.reset();
    QVERIFY(backoff.next() <= 1200ms);
}

void tst_Client::connectSettingsAreRemembered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"client.ini"_s);
    {
        QSettings empty(file, QSettings::IniFormat);
        const ConnectSettings defaults = ConnectSettings::load(empty);
        QCOMPARE(defaults.host, u"127.0.0.1"_s);
        QCOMPARE(defaults.port, Protocol::DefaultPort);
        QVERIFY(!defaults.isComplete());
        settingsFor(7123, u"anna"_s).save(empty);
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(ConnectSettings::load(settings), settingsFor(7123, u"anna"_s));
}

void tst_Client::passwordIsRememberedOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("remember");
    QTest::newRow("asked") << true;
    QTest::newRow("not asked") << false;
}

void tst_Client::passwordIsRememberedOnlyWhenAsked()
{
    QFETCH(bool, remember);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"client.ini"_s);
    ConnectSettings given = settingsFor(7123, u"anna"_s);
    given.tls = true;
    given.password = u"open sesame"_s;
    given.rememberPassword = remember;
    {
        QSettings settings(file, QSettings::IniFormat);
        // A password remembered before is forgotten when the user no longer asks for it.
        settings.setValue(u"connection/password"_s, u"old"_s);
        given.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ConnectSettings loaded = ConnectSettings::load(settings);
    QVERIFY(loaded.tls);
    QCOMPARE(loaded.rememberPassword, remember);
    QCOMPARE(loaded.password, remember ? given.password : QString());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll().contains("open sesame"), remember);
}

void tst_Client::messageModelKeepsEachMessageOnce()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(1, u"bob"_s, u"one"_s));
    model.append(received(2, u"bob"_s, u"two"_s));
    model.append(received(1, u"bob"_s, u"one"_s));
    QCOMPARE(texts(&model), (QStringList{ u"bob: one"_s, u"bob: two"_s }));
    QCOMPARE(model.index(1).data(MessageModel::IdRole).toULongLong(), 2u);
    QCOMPARE(model.index(1).data(MessageModel::TimeRole).toDateTime(), at(Time));
    QCOMPARE(model.index(1).data(MessageModel::OwnRole).toBool(), false);
}

void tst_Client::ownMessageChangesInPlace()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateOwn(own(1, Delivery::Sending, 0, u"mine"_s));
    model.append(received(40, u"bob"_s, u"theirs"_s));
    model.updateOwn(own(1, Delivery::Sent, 41, u"mine"_s));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Sent));
    QCOMPARE(model.index(0).data(MessageModel::IdRole).toULongLong(), 41u);
    QCOMPARE(model.index(0).data(MessageModel::OwnRole).toBool(), true);
}

void tst_Client::echoOfAMessageToOneselfIsMergedWithIt_data()
{
    QTest::addColumn<bool>("echoFirst");
    QTest::newRow("the echo comes before the confirmation") << true;
    QTest::newRow("the confirmation comes before the echo") << false;
}

void tst_Client::echoOfAMessageToOneselfIsMergedWithIt()
{
    QFETCH(bool, echoFirst);
    MessageModel model(Conversation::direct(u"anna"_s));
    QAbstractItemModelTester tester(&model);
    model.updateOwn(own(1, Delivery::Sending, 0, u"note to self"_s));
    MessageEntry echo = received(9, u"anna"_s, u"note to self"_s);
    echo.delivery = Delivery::Sent;
    if (echoFirst)
        model.append(echo);
    model.updateOwn(own(1, Delivery::Sent, 9, u"note to self"_s));
    if (!echoFirst)
        model.append(echo);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MessageModel::LocalIdRole).toULongLong(), 1u);
    QCOMPARE(model.index(0).data(MessageModel::IdRole).toULongLong(), 9u);
}

void tst_Client::olderMessagesArePrepended()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(10, u"bob"_s, u"ten"_s));
    model.mergeHistory({ received(8, u"bob"_s, u"eight"_s), received(9, u"bob"_s, u"nine"_s),
                         received(10, u"bob"_s, u"ten"_s) });
    QCOMPARE(texts(&model), (QStringList{ u"bob: eight"_s, u"bob: nine"_s, u"bob: ten"_s }));
}

void tst_Client::userListStaysSortedWithoutCase()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model);
    model.setUsers({ { u"carol"_s, false, {} },
                     { u"Bob"_s, false, {} },
                     { u"anna"_s, false, {} },
                     { u"bob"_s, false, {} } });
    QCOMPARE(model.names(), (QStringList{ u"anna"_s, u"Bob"_s, u"carol"_s }));

    model.addUser({ u"Dora"_s, false, {} });
    model.addUser({ u"ANNA"_s, false, {} });
    model.renameUser(u"anna"_s, u"zoe"_s);
    model.renameUser(u"bob"_s, u"BOB"_s);
    model.removeUser(u"CAROL"_s);
    model.setAway(u"dora"_s, true, u"lunch"_s);
    QCOMPARE(names(&model), (QStringList{ u"BOB"_s, u"Dora"_s, u"zoe"_s }));
    QCOMPARE(model.index(1).data(UserListModel::AwayRole).toBool(), true);
    QCOMPARE(model.index(1).data(UserListModel::AwayTextRole).toString(), u"lunch"_s);
    QVERIFY(model.contains(u"ZOE"_s));
    QVERIFY(!model.contains(u"anna"_s));
}

void tst_Client::conversationsAreOrderedEveryoneDirectGroups()
{
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    model.ensure(Conversation::group(u"team"_s));
    model.ensure(Conversation::direct(u"bob"_s));
    model.ensure(Conversation::group(u"Alpha"_s));
    model.ensure(Conversation::direct(u"Anna"_s));
    model.ensure(Conversation::direct(u"BOB"_s));
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"Anna"_s, u"bob"_s, u"Alpha"_s,
                           u"team"_s }));
    QVERIFY(model.members(Conversation::group(u"team"_s)));
    QVERIFY(!model.members(Conversation::direct(u"bob"_s)));

    model.remove(Conversation::direct(u"anna"_s));
    model.remove(Conversation::everyone());
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"bob"_s, u"Alpha"_s,
                           u"team"_s }));
}

void tst_Client::unreadCountsSkipTheCurrentConversation()
{
    // Given a user who reads Everyone,
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy total(&model, &ConversationListModel::totalUnreadChanged);
    const Conversation bob = Conversation::direct(u"bob"_s);
    model.ensure(bob);
    QCOMPARE(model.current(), Conversation::everyone());

    // messages elsewhere are unread, and those in Everyone are not;
    model.countMessage(Conversation::everyone());
    model.countMessage(bob);
    model.countMessage(bob);
    QCOMPARE(model.indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 2);
    QCOMPARE(model.indexOf(Conversation::everyone()).data(ConversationListModel::UnreadRole), 0);
    QCOMPARE(model.totalUnread(), 2);

    // opening bob's conversation reads it.
    model.setCurrent(bob);
    model.countMessage(bob);
    model.countMessage(Conversation::everyone());
    QCOMPARE(model.indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 0);
    QCOMPARE(model.totalUnread(), 1);
    QCOMPARE(total.last().at(0).toInt(), 1);
}

void tst_Client::renamedPeerKeepsTheConversation()
{
    ConversationListModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy current(&model, &ConversationListModel::currentChanged);
    model.ensure(Conversation::direct(u"anna"_s));
    MessageModel *messages = model.ensure(Conversation::direct(u"bob"_s));
    model.ensure(Conversation::direct(u"carol"_s));
    model.setCurrent(Conversation::direct(u"bob"_s));

    model.renamePeer(u"bob"_s, u"zed"_s);
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"anna"_s, u"carol"_s,
                           u"zed"_s }));
    QCOMPARE(model.messages(Conversation::direct(u"zed"_s)), messages);
    QCOMPARE(messages->conversation(), Conversation::direct(u"zed"_s));
    QCOMPARE(model.current(), Conversation::direct(u"zed"_s));
    QCOMPARE(current.count(), 1);

    model.renamePeer(u"zed"_s, u"Aaron"_s);
    QCOMPARE(names(&model),
             (QStringList{ ConversationListModel::tr("Everyone"), u"Aaron"_s, u"anna"_s,
                           u"carol"_s }));
}

void tst_Client::sessionRoutesMessagesToTheirConversations()
{
    // Given anna's session,
    ChatClient client;
    ChatSession session(&client);
    ConversationListModel *conversations = session.conversations();
    QAbstractItemModelTester tester(conversations);
    QSignalSpy arrived(&session, &ChatSession::messageArrived);
    QVERIFY(registerSession(client, u"anna"_s));

    // when messages come to everyone, from bob, in a group, and her own comes back,
    m_server->write("MSG * bob 1 " + Time + " hello all\n");
    m_server->write("MSG @anna bob 2 " + Time + " hello anna\n");
    m_server->write("MADE team bob anna\n");
    m_server->write("MSG #team bob 3 " + Time + " hello team\n");
    QTRY_COMPARE(arrived.count(), 3);
    client.sendMessage(Conversation::direct(u"bob"_s), u"hi bob"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGIND bob hi bob" });
    m_server->write("OK MSGIND 4 " + Time + "\n");

    // then each lands in its conversation, counted unread, and her own is marked sent.
    const Conversation bob = Conversation::direct(u"bob"_s);
    const Conversation team = Conversation::group(u"team"_s);
    QTRY_COMPARE(arrived.count(), 3);
    QTRY_COMPARE(conversations->messages(bob)->rowCount(), 2);
    MessageModel *direct = conversations->messages(bob);
    QCOMPARE(direct->index(0).data().toString(), u"bob: hello anna"_s);
    QTRY_COMPARE(direct->index(1).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Sent));
    QCOMPARE(arrived.at(1).at(0).value<Conversation>(), bob);
    QCOMPARE(conversations->indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 1);
    QCOMPARE(conversations->indexOf(team).data(ConversationListModel::UnreadRole).toInt(), 1);
    // Everyone holds the connection line and the message.
    MessageModel *everyone = conversations->messages(Conversation::everyone());
    QCOMPARE(everyone->rowCount(), 2);
    QCOMPARE(everyone->index(0).data(MessageModel::KindRole).toInt(),
             int(MessageEntry::Kind::System));
    QCOMPARE(texts(conversations->messages(team)).size(), 2); // "bob made …", then the message
}

void tst_Client::sessionKeepsUsersAndGroupMembers()
{
    ChatClient client;
    ChatSession session(&client);
    QAbstractItemModelTester usersTester(session.users());
    QVERIFY(greetClient(client, u"anna"_s));
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "LIST", "HISTORY *" }));
    m_server->write("USER anna HERE\nUSER bob HERE\nOK LIST 2\nOK HISTORY * 0\n"
                    "JOINED carol\nAWAY bob lunch\nMADE team anna bob\n"
                    "INVITED team carol anna\nRENAMED bob robert\nLEFT carol quit\n");

    const Conversation team = Conversation::group(u"team"_s);
    QTRY_COMPARE(session.users()->names(), (QStringList{ u"anna"_s, u"robert"_s }));
    UserListModel *members = session.conversations()->members(team);
    QAbstractItemModelTester membersTester(members);
    QCOMPARE(members->names(), (QStringList{ u"anna"_s, u"carol"_s, u"robert"_s }));
    QCOMPARE(members->index(2).data(UserListModel::AwayRole).toBool(), true);
    QCOMPARE(session.conversations()->indexOf(team).data(ConversationListModel::MemberCountRole),
             QVariant(3));
    QCOMPARE(session.users()->index(1).data(UserListModel::AwayRole).toBool(), true);

    m_server->write("PARTED team carol\n");
    QTRY_COMPARE(members->names(), (QStringList{ u"anna"_s, u"robert"_s }));
    const QStringList lines = texts(session.conversations()->messages(Conversation::everyone()));
    QVERIFY2(lines.contains(u"carol joined."_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(u"bob is now known as robert."_s));
    QVERIFY(lines.contains(u"carol left (quit)."_s));
}

void tst_Client::sessionSendsEachLineAsAMessage()
{
    ChatClient client;
    ChatSession session(&client);
    QVERIFY(registerSession(client, u"anna"_s));

    QCOMPARE(session.sendText(Conversation::everyone(), u"one\n\ntwo\r\n  \nthree\u2029four"_s), 4);

    QCOMPARE(m_server->takeLines(4),
             (QByteArrayList{ "MSGALL one", "MSGALL two", "MSGALL three", "MSGALL four" }));
    QCOMPARE(session.conversations()->messages(Conversation::everyone())->rowCount(), 5);
}

void tst_Client::sessionMarksGroupsInactiveWhenTheConnectionIsLost()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(10s, 10s));
    ChatSession session(&client);
    QVERIFY(registerSession(client, u"anna"_s));
    m_server->write("MADE team anna bob\n");
    const Conversation team = Conversation::group(u"team"_s);
    QTRY_VERIFY(session.conversations()->isActive(team));

    m_server->dropClient();

    QTRY_VERIFY(!session.conversations()->isActive(team));
    QCOMPARE(session.conversations()->members(team)->rowCount(), 0);
    QCOMPARE(session.users()->rowCount(), 0);
}

namespace {

// A client of the real server, registered as `name`, that reconnects quickly.
std::unique_ptr<ChatClient> registeredClient(const ChatServer &server, const QString &name)
{
    auto client = std::make_unique<ChatClient>();
    client->setBackoff(ReconnectBackoff(50ms, 200ms));
    QSignalSpy listed(client.get(), &ChatClient::usersListed);
    client->connectToServer(settingsFor(server.serverPort(), name));
    // Registered, and the list of users asked for then has come.
    if (!listed.wait(5000))
        return nullptr;
    return client;
}

quint64 connectionOf(const ChatServer &server, const QString &name)
{
    for (const quint64 id : server.clientIds()) {
        if (server.client(id)->name() == name)
            return id;
    }
    return 0;
}

} // namespace

void tst_Client::realServerRegistersAndRefusesATakenName()
{
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    QCOMPARE(anna->name(), u"anna"_s);

    ChatClient other;
    QSignalSpy refused(&other, &ChatClient::nameRefused);
    other.connectToServer(settingsFor(server.serverPort(), u"ANNA"_s));

    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ProtocolError>().code, ErrorCode::NameTaken);
    QCOMPARE(other.state(), ChatClient::State::Disconnected);
    QTRY_COMPARE(server.clientCount(), 1);
}

void tst_Client::realServerCarriesEveryKindOfMessage()
{
    // Given anna and bob on a real server,
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    const auto bob = registeredClient(server, u"bob"_s);
    QVERIFY(anna && bob);
    QSignalSpy toBob(bob.get(), &ChatClient::messageReceived);
    QSignalSpy toAnna(anna.get(), &ChatClient::messageReceived);
    QSignalSpy fromAnna(anna.get(), &ChatClient::outgoingMessageChanged);

    // when anna writes to everyone, to bob and to their group, and bob answers,
    const quint64 toAll = anna->sendMessage(Conversation::everyone(), u"hello all"_s);
    const quint64 direct = anna->sendMessage(Conversation::direct(u"bob"_s), u"hello bob"_s);
    anna->makeGroup(u"team"_s, { u"bob"_s });
    const quint64 toGroup = anna->sendMessage(Conversation::group(u"team"_s), u"hello team"_s);
    QTRY_COMPARE(toBob.count(), 3);
    bob->sendMessage(Conversation::direct(u"anna"_s), u"hi anna"_s);

    // then bob reads each in its conversation, and anna has the server's ids for hers.
    const auto message = [&toBob](int i) { return toBob.at(i).at(0).value<ChatMessage>(); };
    QCOMPARE(message(0).to, Conversation::everyone());
    QCOMPARE(message(0).text, u"hello all"_s);
    QCOMPARE(message(1).to, Conversation::direct(u"bob"_s));
    QCOMPARE(message(1).from, u"anna"_s);
    QCOMPARE(message(2).to, Conversation::group(u"team"_s));
    QTRY_COMPARE(toAnna.count(), 1);
    QCOMPARE(toAnna.at(0).at(0).value<ChatMessage>().text, u"hi anna"_s);
    QTRY_COMPARE(latest(fromAnna).value(toGroup).delivery, Delivery::Sent);
    const auto fate = latest(fromAnna);
    QCOMPARE(fate.value(toAll).delivery, Delivery::Sent);
    QCOMPARE(fate.value(toAll).message.id, message(0).id);
    QCOMPARE(fate.value(toAll).message.time, message(0).time);
    QCOMPARE(fate.value(direct).delivery, Delivery::Sent);
    QVERIFY(fate.value(toAll).message.id < fate.value(toGroup).message.id);
}

void tst_Client::realServerTellsEveryEvent()
{
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    QSignalSpy joined(anna.get(), &ChatClient::userJoined);
    QSignalSpy renamed(anna.get(), &ChatClient::userRenamed);
    QSignalSpy left(anna.get(), &ChatClient::userLeft);
    QSignalSpy made(anna.get(), &ChatClient::groupMade);
    QSignalSpy invited(anna.get(), &ChatClient::memberInvited);
    QSignalSpy parted(anna.get(), &ChatClient::memberParted);
    QSignalSpy users(anna.get(), &ChatClient::usersListed);

    // bob joins, makes a group with anna and invites carol, who asks who is in it;
    const auto bob = registeredClient(server, u"bob"_s);
    const auto carol = registeredClient(server, u"carol"_s);
    QVERIFY(bob && carol);
    QSignalSpy carolsMembers(carol.get(), &ChatClient::membersListed);
    bob->makeGroup(u"team"_s, { u"anna"_s });
    QTRY_COMPARE(made.count(), 1);
    QCOMPARE(made.at(0), (QVariantList{ u"team"_s, u"bob"_s, QStringList{ u"bob"_s, u"anna"_s } }));
    bob->invite(u"team"_s, u"carol"_s);
    QTRY_COMPARE(invited.count(), 1);
    QCOMPARE(invited.at(0), (QVariantList{ u"team"_s, u"carol"_s, u"bob"_s }));
    QTRY_COMPARE(carolsMembers.count(), 1);
    QCOMPARE(carolsMembers.at(0).at(1).toStringList(),
             (QStringList{ u"anna"_s, u"bob"_s, u"carol"_s }));

    // carol leaves the group; bob renames himself; carol quits.
    QSignalSpy carolLeft(carol.get(), &ChatClient::groupLeft);
    carol->leaveGroup(u"team"_s);
    QTRY_COMPARE(carolLeft.count(), 1);
    QTRY_COMPARE(parted.count(), 1);
    bob->changeName(u"robert"_s);
    QTRY_COMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0), (QVariantList{ u"bob"_s, u"robert"_s }));
    carol->disconnectFromServer();
    QTRY_COMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).toString(), u"carol"_s);

    QCOMPARE(joined.count(), 2);
    anna->requestUsers();
    QTRY_COMPARE(users.count(), 1);
    QCOMPARE(users.at(0).at(0).value<QList<OnlineUser>>().size(), 2);
}

void tst_Client::realServerRestartOnTheSamePortIsReconnected()
{
    // Given anna and bob on a server, anna waiting long between attempts,
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    const auto anna = registeredClient(server, u"anna"_s);
    const auto bob = registeredClient(server, u"bob"_s);
    QVERIFY(anna && bob);
    anna->setBackoff(ReconnectBackoff(10s, 10s));
    QSignalSpy annaRegistered(anna.get(), &ChatClient::registered);
    QSignalSpy bobRegistered(bob.get(), &ChatClient::registered);
    QSignalSpy toBob(bob.get(), &ChatClient::messageReceived);
    QSignalSpy fromAnna(anna.get(), &ChatClient::outgoingMessageChanged);

    // when the server stops,
    QSignalSpy stopped(&server, &ChatServer::stopped);
    server.stop();
    QVERIFY(stopped.wait());
    QTRY_COMPARE(anna->state(), ChatClient::State::WaitingToReconnect);

    // and anna writes while it is away,
    const quint64 id = anna->sendMessage(Conversation::everyone(), u"are you back?"_s);
    QCOMPARE(latest(fromAnna).value(id).delivery, Delivery::Queued);

    // then once it listens on the same port again, both are back under their names,
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(bobRegistered.count(), 1, 10000);
    QCOMPARE(bobRegistered.at(0).at(0).toString(), u"bob"_s);
    QCOMPARE(anna->state(), ChatClient::State::WaitingToReconnect);
    anna->reconnectNow();
    QTRY_COMPARE(annaRegistered.count(), 1);
    QCOMPARE(annaRegistered.at(0).at(0).toString(), u"anna"_s);

    // and what anna wrote is sent.
    QTRY_COMPARE(latest(fromAnna).value(id).delivery, Delivery::Sent);
    QTRY_COMPARE(toBob.count(), 1);
    QCOMPARE(toBob.at(0).at(0).value<ChatMessage>().text, u"are you back?"_s);
}

void tst_Client::realServerKickIsFinal()
{
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    QSignalSpy byes(anna.get(), &ChatClient::disconnectedByServer);
    QSignalSpy reconnects(anna.get(), &ChatClient::reconnectScheduled);

    QVERIFY(server.kick(connectionOf(server, u"anna"_s), u"be nice"_s));

    QTRY_COMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(byes.count(), 1);
    QCOMPARE(byes.at(0).at(0).value<ProtocolError>().code, ErrorCode::Kicked);
    QVERIFY(anna->disconnectReason().contains(u"be nice"_s));
    QCOMPARE(reconnects.count(), 0);
}

void tst_Client::historyIsMergedWithWhatArrivedLive()
{
    // Given anna's session, to which a message arrives as soon as she is registered,
    ChatClient client;
    ChatSession session(&client);
    QAbstractItemModelTester tester(session.conversations());
    QVERIFY(greetClient(client, u"anna"_s));
    m_server->write("OK NAME anna\nMSG * bob 7 " + Time + " seven\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "LIST", "HISTORY *" }));

    // when the history holds it too, with older ones,
    m_server->write("OK LIST 0\n" + hist("*", "anna", 5, "five") + '\n' + hist("*", "bob", 6, "six")
                    + '\n' + hist("*", "bob", 7, "seven") + "\nOK HISTORY * 3\n");

    // then each message is there once, oldest first, her own marked as hers.
    MessageModel *everyone = session.conversations()->messages(Conversation::everyone());
    QAbstractItemModelTester messagesTester(everyone);
    QTRY_COMPARE(everyone->rowCount(), 4);
    QCOMPARE(ids(everyone), (QList<quint64>{ 5, 6, 0, 7 })); // 0: "Connected to …"
    QCOMPARE(everyone->index(0).data(MessageModel::OwnRole).toBool(), true);
    QCOMPARE(everyone->index(1).data(MessageModel::OwnRole).toBool(), false);
    QVERIFY(!session.isLoadingHistory(Conversation::everyone()));
    QVERIFY(!session.hasOlderHistory(Conversation::everyone()));
}

void tst_Client::olderHistoryIsPagedUntilTheServerHasNoMore()
{
    // Given a session whose first page of history is full,
    ChatClient client;
    ChatSession session(&client);
    QSignalSpy loaded(&session, &ChatSession::historyLoaded);
    QVERIFY(registerSession(client, u"anna"_s, { { u"*"_s, histRange(101, 150) } }));
    QTRY_COMPARE(loaded.count(), 1);
    const Conversation everyone = Conversation::everyone();
    QVERIFY(session.hasOlderHistory(everyone));

    // asking for older messages asks once for those before the oldest, however often asked;
    session.loadOlder(everyone);
    session.loadOlder(everyone);
    QVERIFY(session.isLoadingHistory(everyone));
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY * BEFORE 101" });

    // fewer than asked for means there are no more,
    m_server->write(histRange(91, 100).join('\n') + "\nOK HISTORY * 10\n");
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(loaded.at(1).at(1).toInt(), 10);
    QVERIFY(!session.hasOlderHistory(everyone));
    MessageModel *messages = session.conversations()->messages(everyone);
    QCOMPARE(messages->oldestId(), 91u);
    QCOMPARE(messages->newestId(), 150u);

    // and nothing more is asked: the next line the server reads is a message.
    session.loadOlder(everyone);
    client.sendMessage(everyone, u"done"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL done" });
}

void tst_Client::newMessagesMarkerGoesBeforeTheFirstUnseen()
{
    // Given anna, who had read Everyone up to 6 and bob's messages up to 3, and reads bob's,
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"client.ini"_s), QSettings::IniFormat);
    const Conversation everyone = Conversation::everyone();
    const Conversation bob = Conversation::direct(u"bob"_s);
    {
        ReadMarkers markers(&settings);
        markers.setAccount(u"127.0.0.1"_s, m_server->port(), u"anna"_s);
        markers.setLastSeen(everyone, 6);
        markers.setLastSeen(bob, 3);
    }
    ChatClient client;
    ChatSession session(&client);
    session.setSettings(&settings);
    session.openConversation(bob);
    session.setCurrentConversation(bob);

    // when she connects and the history comes,
    QVERIFY(registerSession(client, u"Anna"_s,
                            { { u"*"_s, histRange(5, 9) },
                              { u"@bob"_s,
                                { hist("@anna", "bob", 3, "three"), hist("@bob", "anna", 4, "mine"),
                                  hist("@anna", "bob", 8, "eight") } } }));
    MessageModel *toAll = session.conversations()->messages(everyone);
    MessageModel *withBob = session.conversations()->messages(bob);
    QTRY_COMPARE(withBob->rowCount(), 3);
    QTRY_COMPARE(toAll->newestId(), 9u);

    // then the marker stands before the first message she has not seen, and her own does not
    // count; what she has not seen elsewhere is unread, and what she reads now is read.
    QCOMPARE(toAll->unreadMarker(), 7u);
    QCOMPARE(toAll->index(toAll->rowOfId(7)).data(MessageModel::FirstUnreadRole).toBool(), true);
    QCOMPARE(toAll->index(toAll->rowOfId(8)).data(MessageModel::FirstUnreadRole).toBool(), false);
    QCOMPARE(withBob->unreadMarker(), 8u);
    ConversationListModel *conversations = session.conversations();
    QCOMPARE(conversations->indexOf(everyone).data(ConversationListModel::UnreadRole).toInt(), 3);
    QCOMPARE(conversations->indexOf(bob).data(ConversationListModel::UnreadRole).toInt(), 0);
    QCOMPARE(ReadMarkers(&settings).lastSeen(bob), 0u); // another account: none
    ReadMarkers stored(&settings);
    stored.setAccount(u"127.0.0.1"_s, m_server->port(), u"anna"_s);
    QCOMPARE(stored.lastSeen(bob), 8u);

    // Leaving bob's conversation takes its marker away; a message that arrives there while she
    // reads Everyone sets it again.
    session.setCurrentConversation(everyone);
    QCOMPARE(withBob->unreadMarker(), 0u);
    QCOMPARE(conversations->indexOf(everyone).data(ConversationListModel::UnreadRole).toInt(), 0);
    m_server->write("MSG @Anna bob 10 " + Time + " ten\n");
    QTRY_COMPARE(withBob->unreadMarker(), 10u);
}

void tst_Client::historyErrorsAreShownInTheirConversation_data()
{
    QTest::addColumn<Conversation>("conversation");
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("a group gone meanwhile")
            << Conversation::group(u"team"_s) << "ERROR NO_SUCH_GROUP there is no group team\n"_ba
            << ErrorCode::NoSuchGroup;
    QTest::newRow("a group the user may not read")
            << Conversation::group(u"team"_s) << "ERROR NOT_A_MEMBER you are not in team\n"_ba
            << ErrorCode::NotAMember;
    QTest::newRow("a limit out of range")
            << Conversation::direct(u"bob"_s)
            << "ERROR OUT_OF_RANGE LIMIT must be from 1 to 200\n"_ba << ErrorCode::OutOfRange;
}

void tst_Client::historyErrorsAreShownInTheirConversation()
{
    QFETCH(Conversation, conversation);
    QFETCH(QByteArray, error);
    QFETCH(ErrorCode, code);

    ChatClient client;
    ChatSession session(&client);
    QVERIFY(registerSession(client, u"anna"_s));
    if (conversation.kind == Conversation::Kind::Group)
        m_server->write("MADE team bob anna\n");
    QTRY_VERIFY(conversation.kind != Conversation::Kind::Group
                || session.conversations()->contains(conversation));
    session.openConversation(conversation);

    // Opening the conversation asks for its history; the server refuses.
    session.setCurrentConversation(conversation);
    QCOMPARE(m_server->takeLines(1),
             QByteArrayList{ "HISTORY " + conversation.toString().toUtf8() });
    m_server->write(error);

    // The conversation says why, and does not ask again.
    MessageModel *messages = session.conversations()->messages(conversation);
    const auto lastKind = [messages] {
        return messages->index(messages->rowCount() - 1).data(MessageModel::KindRole).toInt();
    };
    QTRY_COMPARE(lastKind(), int(MessageEntry::Kind::Error));
    const QModelIndex last = messages->index(messages->rowCount() - 1);
    QVERIFY2(last.data(MessageModel::TextRole)
                     .toString()
                     .contains(ErrorMessages::describe({ code, {} })),
             qPrintable(last.data(MessageModel::TextRole).toString()));
    QVERIFY(!session.hasOlderHistory(conversation));
    session.loadOlder(conversation);
    session.setCurrentConversation(Conversation::everyone());
    session.setCurrentConversation(conversation);
    client.sendMessage(Conversation::everyone(), u"next"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL next" });
}

void tst_Client::serverWithoutHistoryIsNotAskedAgain()
{
    ChatClient client;
    ChatSession session(&client);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"keeps no history"_s));
    QVERIFY(greetClient(client, u"anna"_s));
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "LIST", "HISTORY *" }));
    m_server->write("OK LIST 0\nERROR UNKNOWN_COMMAND HISTORY is not available on this server\n");
    QTRY_VERIFY(!session.isLoadingHistory(Conversation::everyone()));

    // No error line: Everyone holds only the connection's line; other conversations ask nothing.
    QCOMPARE(session.conversations()->messages(Conversation::everyone())->rowCount(), 1);
    session.openConversation(Conversation::direct(u"bob"_s));
    session.setCurrentConversation(Conversation::direct(u"bob"_s));
    client.sendMessage(Conversation::direct(u"bob"_s), u"hi"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGIND bob hi" });
}

void tst_Client::historyLinesBeyondTheRequestAreIgnored()
{
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy history(&client, &ChatClient::historyReceived);
    QSignalSpy joined(&client, &ChatClient::userJoined);

    // HIST lines that answer no HISTORY, and more than were asked for, are dropped.
    m_server->write(hist("*", "bob", 1, "stray") + "\nJOINED carol\n");
    QTRY_COMPARE(joined.count(), 1);
    client.requestHistory(Conversation::everyone(), 10, 2);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY * BEFORE 10 LIMIT 2" });
    m_server->write(histRange(7, 9).join('\n') + "\nOK HISTORY * 3\n");

    QTRY_COMPARE(history.count(), 1);
    const auto messages = history.at(0).at(1).value<QList<ChatMessage>>();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).id, 7u);
    QCOMPARE(history.at(0).at(0).value<Conversation>(), Conversation::everyone());
    QCOMPARE(history.at(0).at(2).toULongLong(), 10u);
    QCOMPARE(history.at(0).at(3).toInt(), 2);
}

void tst_Client::historyIsFetchedAgainAfterAReconnect()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    ChatSession session(&client);
    QVERIFY(registerSession(client, u"anna"_s, { { u"*"_s, histRange(1, 3) } }));
    MessageModel *everyone = session.conversations()->messages(Conversation::everyone());
    QTRY_COMPARE(everyone->newestId(), 3u);

    // What was said while the connection was away arrives with the history of the new one.
    m_server->dropClient();
    QVERIFY(registerSession(client, u"anna"_s, { { u"*"_s, histRange(2, 6) } }));
    QTRY_COMPARE(everyone->newestId(), 6u);
    QList<quint64> numbered = ids(everyone);
    numbered.removeAll(0);
    QCOMPARE(numbered, (QList<quint64>{ 1, 2, 3, 4, 5, 6 }));
}

void tst_Client::groupJoinedAgainWhileReadGetsItsHistory()
{
    // Given anna reading her group when the connection is lost (the server drops her from it),
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    ChatSession session(&client);
    QVERIFY(registerSession(client, u"anna"_s));
    const Conversation team = Conversation::group(u"team"_s);
    m_server->write("MADE team bob anna\n");
    QTRY_VERIFY(session.conversations()->isActive(team));
    session.setCurrentConversation(team);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "HISTORY #team" });
    m_server->write("OK HISTORY #team 0\n");
    m_server->dropClient();
    QVERIFY(registerSession(client, u"anna"_s));
    QVERIFY(!session.conversations()->isActive(team));

    // when bob adds her again, she learns the members and what was said meanwhile.
    m_server->write("INVITED team anna bob\n");
    QCOMPARE(m_server->takeLines(2), (QByteArrayList{ "HISTORY #team", "MEMBERS team" }));
}

void tst_Client::typingIsSentAtMostOnceAnInterval()
{
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    QSignalSpy failed(&client, &ChatClient::commandFailed);

    for (int key = 0; key < 5; ++key)
        client.sendTyping(Conversation::everyone());
    client.sendTyping(Conversation::direct(u"bob"_s));
    client.sendTyping(Conversation::direct(u"BOB"_s));
    client.sendMessage(Conversation::everyone(), u"after"_s);
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "TYPING *", "TYPING @bob", "MSGALL after" }));

    // Typing to someone who just left is not worth an error.
    m_server->write("OK TYPING\nERROR NO_SUCH_USER user bob is not online\nOK MSGALL 3 " + Time
                    + "\n");
    client.sendMessage(Conversation::everyone(), u"sync"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGALL sync" });
    QCOMPARE(failed.count(), 0);
}

void tst_Client::typingTrackerForgetsSilentTypists()
{
    TypingTracker tracker;
    tracker.setShownFor(150ms);
    QSignalSpy changed(&tracker, &TypingTracker::typistsChanged);
    const Conversation everyone = Conversation::everyone();
    const Conversation team = Conversation::group(u"team"_s);

    tracker.noteTyping(everyone, u"anna"_s);
    tracker.noteTyping(everyone, u"bob"_s);
    tracker.noteTyping(everyone, u"Anna"_s);
    tracker.noteTyping(team, u"bob"_s);
    QCOMPARE(tracker.typists(everyone), (QStringList{ u"anna"_s, u"bob"_s }));
    QCOMPARE(changed.count(), 3);

    // A message ends typing at once; leaving ends it everywhere; silence ends it after a while.
    tracker.noteStopped(everyone, u"ANNA"_s);
    QCOMPARE(tracker.typists(everyone), QStringList{ u"bob"_s });
    tracker.forget(u"bob"_s);
    QCOMPARE(tracker.typists(everyone), QStringList{});
    QCOMPARE(tracker.typists(team), QStringList{});
    tracker.noteTyping(team, u"carol"_s);
    QCOMPARE(tracker.typists(Conversation::group(u"TEAM"_s)), QStringList{ u"carol"_s });
    QTRY_COMPARE(tracker.typists(team), QStringList{});
    QCOMPARE(changed.last().at(0).value<Conversation>(), team);
}

void tst_Client::awayIsToldAndToldAgainAfterAReconnect()
{
    ChatClient client;
    client.setBackoff(ReconnectBackoff(50ms, 100ms));
    ChatSession session(&client);
    QSignalSpy away(&client, &ChatClient::awayChanged);
    QVERIFY(registerSession(client, u"anna"_s, {}, "USER anna HERE\nUSER bob HERE\n"));
    QTRY_COMPARE(session.users()->rowCount(), 2);

    client.setAway(u"  at lunch "_s);
    client.setAway(u"at lunch"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "AWAY at lunch" });
    QCOMPARE(away.count(), 1);
    QVERIFY(client.isAway());
    // Her own line in the list is greyed too, with the text: the server tells only the others.
    QCOMPARE(session.users()->index(0).data(UserListModel::AwayRole).toBool(), true);
    QCOMPARE(session.users()->index(0).data(Qt::ToolTipRole).toString(), u"at lunch"_s);

    // A new connection is told again, after the list of users (which says she is here).
    m_server->dropClient();
    QVERIFY(m_server->waitForClient());
    m_server->write("HELLO 1 4096 Welcome\n");
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "NAME anna" });
    m_server->write("OK NAME anna\n");
    QCOMPARE(m_server->takeLines(3), (QByteArrayList{ "LIST", "AWAY at lunch", "HISTORY *" }));
    m_server->write("USER anna HERE\nOK LIST 1\nOK AWAY\nOK HISTORY * 0\n");
    QTRY_COMPARE(session.users()->rowCount(), 1);
    QCOMPARE(session.users()->index(0).data(UserListModel::AwayRole).toBool(), true);

    client.setBack();
    client.setBack();
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "BACK" });
    QCOMPARE(session.users()->index(0).data(UserListModel::AwayRole).toBool(), false);
    QCOMPARE(away.count(), 2);
}

void tst_Client::heldMessageIsDeliveredWhenThePeerJoins()
{
    ChatClient client;
    ChatSession session(&client);
    QVERIFY(registerSession(client, u"anna"_s));
    const Conversation dora = Conversation::direct(u"dora"_s);
    session.openConversation(dora);
    session.sendText(dora, u"see you tomorrow"_s);
    QCOMPARE(m_server->takeLines(1), QByteArrayList{ "MSGIND dora see you tomorrow" });
    m_server->write("OK MSGIND 45 " + Time + " HELD\n");
    MessageModel *messages = session.conversations()->messages(dora);
    QTRY_COMPARE(messages->index(0).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Held));

    m_server->write("JOINED dora\n");

    QTRY_COMPARE(messages->index(0).data(MessageModel::DeliveryRole).toInt(), int(Delivery::Sent));
}

void tst_Client::pacerSendsABurstThenPacesTheRest()
{
    ChatClient client;
    QVERIFY(registerClient(client, u"anna"_s));
    MessagePacer pacer(&client);
    pacer.setPace(3, 40ms);
    QSignalSpy pending(&pacer, &MessagePacer::pendingChanged);
    QStringList lines;
    for (int i = 1; i <= 8; ++i)
        lines.append(u"line %1"_s.arg(i));

    // A burst goes at once, the rest waits,
    pacer.enqueue(Conversation::everyone(), lines);
    QCOMPARE(pacer.pending(), 5);
    QCOMPARE(pending.count(), 1);
    QCOMPARE(m_server->takeLines(3),
             (QByteArrayList{ "MSGALL line 1", "MSGALL line 2", "MSGALL line 3" }));

    // and follows in order, one at a time.
    const QByteArrayList rest = m_server->takeLines(5);
    QCOMPARE(rest,
             (QByteArrayList{ "MSGALL line 4", "MSGALL line 5", "MSGALL line 6", "MSGALL line 7",
                              "MSGALL line 8" }));
    QTRY_COMPARE(pacer.pending(), 0);
    QCOMPARE(pending.last().at(0).toInt(), 0);

    // Stopping drops what still waits; a line typed after it goes out on its turn.
    pacer.enqueue(Conversation::everyone(), lines);
    pacer.cancel();
    QCOMPARE(pacer.pending(), 0);
    pacer.enqueue(Conversation::everyone(), { u"after"_s });
    QTRY_VERIFY(m_server->lines().contains("MSGALL after"));
    const QByteArrayList after = m_server->takeLines();
    QVERIFY(after.size() < lines.size());
    for (qsizetype i = 0; i + 1 < after.size(); ++i)
        QCOMPARE(after.at(i), "MSGALL line " + QByteArray::number(i + 1));
    QCOMPARE(after.last(), "MSGALL after");
}

void tst_Client::pacerDefaultsStayBelowFloodControl()
{
    ChatClient client;
    const MessagePacer pacer(&client);
    const Limits limits;
    // A burst well inside the server's, then fewer lines a second than it refills.
    QVERIFY(pacer.burst() >= 1 && pacer.burst() <= limits.floodBurst / 2);
    QVERIFY(pacer.interval().count() * limits.floodLinesPerSecond > 1000);
}

void tst_Client::mergeHistoryPutsEachMessageByItsId()
{
    MessageModel model(Conversation::everyone());
    QAbstractItemModelTester tester(&model);
    model.append(received(1, u"bob"_s, u"one"_s));
    MessageEntry system;
    system.kind = MessageEntry::Kind::System;
    system.message.text = u"Reconnected"_s;
    model.append(system);
    model.append(received(10, u"bob"_s, u"ten"_s));
    model.updateOwn(own(1, Delivery::Sending, 0, u"on its way"_s));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const QList<MessageEntry> added = model.mergeHistory(
            { received(2, u"bob"_s, u"two"_s), received(5, u"bob"_s, u"five"_s),
              received(10, u"bob"_s, u"ten"_s), received(11, u"bob"_s, u"eleven"_s) });

    // Each goes after the last line with a smaller id; one that is here is not added twice.
    QCOMPARE(ids(&model), (QList<quint64>{ 1, 2, 5, 0, 10, 11, 0 }));
    QCOMPARE(added.size(), 3);
    QCOMPARE(inserted.count(), 2); // one run after "one", one after "ten"
    QCOMPARE(model.oldestId(), 1u);
    QCOMPARE(model.newestId(), 11u);

    // Older ones than all go first, in one insertion.
    model.mergeHistory({ received(0, u"bob"_s, u"no id"_s) });
    model.mergeHistory({ received(0 + 1, u"bob"_s, u"one"_s) });
    QCOMPARE(model.rowCount(), 7);

    // The marker stands on one message at a time.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUnreadMarker(5);
    QCOMPARE(model.index(2).data(MessageModel::FirstUnreadRole).toBool(), true);
    model.setUnreadMarker(11);
    QCOMPARE(model.index(2).data(MessageModel::FirstUnreadRole).toBool(), false);
    QCOMPARE(model.index(5).data(MessageModel::FirstUnreadRole).toBool(), true);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(model.index(3).data(MessageModel::FirstUnreadRole).toBool(), false);
}

void tst_Client::readMarkersOnlyMoveForwardPerAccount()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"client.ini"_s), QSettings::IniFormat);
    const Conversation team = Conversation::group(u"Team"_s);
    ReadMarkers anna(&settings);
    anna.setAccount(u"::1"_s, 7000, u"Anna"_s);
    anna.setLastSeen(team, 40);
    anna.setLastSeen(Conversation::group(u"team"_s), 30);
    QCOMPARE(anna.lastSeen(Conversation::group(u"TEAM"_s)), 40u);

    ReadMarkers again(&settings);
    again.setAccount(u"::1"_s, 7000, u"anna"_s);
    QCOMPARE(again.lastSeen(team), 40u);
    again.setAccount(u"::1"_s, 7001, u"anna"_s);
    QCOMPARE(again.lastSeen(team), 0u);
    again.setAccount(u"::1"_s, 7000, u"bob"_s);
    QCOMPARE(again.lastSeen(team), 0u);
    QCOMPARE(ReadMarkers().lastSeen(team), 0u);
}

void tst_Client::nameCompleterCompletesAndCycles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<int>("tabs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("start of the line: a colon") << u"an"_s << 2 << 1 << u"anna: "_s;
    QTest::newRow("within a sentence: a space") << u"ask an"_s << 6 << 1 << u"ask anna "_s;
    QTest::newRow("without regard to case") << u"BO"_s << 2 << 1 << u"bob: "_s;
    QTest::newRow("Tab again: the next name") << u"bo"_s << 2 << 2 << u"Bobby: "_s;
    QTest::newRow("past the last: the first again") << u"bo"_s << 2 << 3 << u"bob: "_s;
    QTest::newRow("start of the second line") << u"hi\nan"_s << 5 << 1 << u"hi\nanna: "_s;
    QTest::newRow("after an at sign") << u"cc @an"_s << 6 << 1 << u"cc @anna "_s;
    QTest::newRow("before more text") << u"an is here"_s << 2 << 1 << u"anna:  is here"_s;
    QTest::newRow("no name fits") << u"zed"_s << 3 << 1 << QString();
    QTest::newRow("nothing typed") << u"hi "_s << 3 << 1 << QString();
}

void tst_Client::nameCompleterCompletesAndCycles()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(int, tabs);
    QFETCH(QString, expected);
    const QStringList names{ u"Bobby"_s, u"anna"_s, u"bob"_s, u"carol"_s };

    NameCompleter completer;
    std::optional<NameCompleter::Completion> completion;
    for (int tab = 0; tab < tabs; ++tab) {
        completion = completer.complete(completion ? completion->text : text,
                                        completion ? completion->cursor : cursor, names);
    }

    QCOMPARE(completion ? completion->text : QString(), expected);
    if (completion) {
        QVERIFY(completion->text.left(completion->cursor).endsWith(u' '));
        // Shift+Tab goes back.
        if (tabs == 2) {
            const auto back = completer.complete(completion->text, completion->cursor, names, true);
            QVERIFY(back);
            QCOMPARE(back->text, text.left(cursor - 2) + u"bob: "_s);
        }
    }
}

void tst_Client::messageFilterMatchesTextAndSender_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing: every line")
            << u""_s
            << QStringList{ u"bob: Standup at ten"_s, u"carol: notes are up"_s,
                            u"bob: see you at the STANDUP"_s };
    QTest::newRow("a word without regard to case")
            << u"standup"_s
            << QStringList{ u"bob: Standup at ten"_s, u"bob: see you at the STANDUP"_s };
    QTest::newRow("a sender") << u"carol"_s << QStringList{ u"carol: notes are up"_s };
    QTest::newRow("spaces around") << u"  notes "_s << QStringList{ u"carol: notes are up"_s };
    QTest::newRow("no match") << u"lunch"_s << QStringList{};
}

void tst_Client::messageFilterMatchesTextAndSender()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    MessageModel model(Conversation::everyone());
    model.append(received(1, u"bob"_s, u"Standup at ten"_s));
    model.append(received(2, u"carol"_s, u"notes are up"_s));
    MessageFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setSourceModel(&model);
    filter.setSearchText(search);

    // Lines that arrive while searching are filtered as they come.
    model.append(received(3, u"bob"_s, u"see you at the STANDUP"_s));

    QCOMPARE(names(&filter), expected);
}

void tst_Client::realServerHistoryAndHeldMessagesShowOnce()
{
    // Given a real server that keeps its history in memory, where anna has said two things
    // and written to dora, whose account is offline,
    ServerConfig config;
    config.passwordCost = PasswordCost::least();
    ChatServer server{ config };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto anna = registeredClient(server, u"anna"_s);
    QVERIFY(anna);
    {
        TestPeer dora;
        QVERIFY(dora.signInAs(Command::Type::SignUp, u"dora"_s, u"dora-password"_s,
                              server.serverPort()));
    }
    QTRY_COMPARE(server.clientCount(), 1);
    QSignalSpy fromAnna(anna.get(), &ChatClient::outgoingMessageChanged);
    anna->sendMessage(Conversation::everyone(), u"one"_s);
    anna->sendMessage(Conversation::everyone(), u"two"_s);
    const quint64 held = anna->sendMessage(Conversation::direct(u"dora"_s), u"are you there?"_s);
    QTRY_COMPARE(latest(fromAnna).value(held).delivery, Delivery::Held);

    // when bob comes, his session shows what was said before him;
    ChatClient bob;
    ChatSession bobs(&bob);
    QSignalSpy bobLoaded(&bobs, &ChatSession::historyLoaded);
    bob.connectToServer(settingsFor(server.serverPort(), u"bob"_s));
    QTRY_COMPARE(bobLoaded.count(), 1);
    const auto chatTexts = [](const MessageModel *model) {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(MessageModel::KindRole).toInt()
                == int(MessageEntry::Kind::Chat))
                result.append(model->index(row).data(MessageModel::TextRole).toString());
        }
        return result;
    };
    QCOMPARE(chatTexts(bobs.conversations()->messages(Conversation::everyone())),
             (QStringList{ u"one"_s, u"two"_s }));

    // A group's history is its members' only: the client hears why.
    QSignalSpy made(anna.get(), &ChatClient::groupMade);
    anna->makeGroup(u"team"_s, {});
    QTRY_COMPARE(made.count(), 1);
    QSignalSpy failed(&bob, &ChatClient::commandFailed);
    bob.requestHistory(Conversation::group(u"team"_s));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<ProtocolError>().code, ErrorCode::NotAMember);
}

void tst_Client::realServerTakesALongPasteWithoutFlooding()
{
    // Given anna and bob on a real server,
    ChatServer server{ ServerConfig() };
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ChatClient anna;
    ChatSession session(&anna);
    QSignalSpy flood(&anna, &ChatClient::errorReceived);
    QSignalSpy registered(&anna, &ChatClient::registered);
    anna.connectToServer(settingsFor(server.serverPort(), u"anna"_s));
    QVERIFY(registered.wait(5000));
    const auto bob = registeredClient(server, u"bob"_s);
    QVERIFY(bob);
    QSignalSpy toBob(bob.get(), &ChatClient::messageReceived);
    // When each line is written, on a clock of the test's.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> written;
    connect(&anna, &ChatClient::outgoingMessageChanged, this, [&](const MessageEntry &entry) {
        if (entry.delivery == Delivery::Sending)
            written.append(clock.elapsed());
    });

    // when she pastes more lines than flood control lets through at once,
    const Limits limits;
    const int count = limits.floodBurst + 5;
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines.append(u"line %1"_s.arg(i));
    QCOMPARE(session.sendText(Conversation::everyone(), lines.join(u'\n')), count);

    // then every line reaches bob, in order,
    QTRY_COMPARE_WITH_TIMEOUT(toBob.count(), count, 20000);
    for (int i = 0; i < count; ++i)
        QCOMPARE(toBob.at(i).at(0).value<ChatMessage>().text, lines.at(i));
    QCOMPARE(flood.count(), 0);
    // written so that the server's token bucket (Limits) never runs dry.
    QCOMPARE(written.size(), count);
    double tokens = limits.floodBurst;
    qint64 last = written.first();
    for (const qint64 at : std::as_const(written)) {
        tokens = qMin(double(limits.floodBurst),
                      tokens + double(at - last) * limits.floodLinesPerSecond / 1000.0);
        last = at;
        tokens -= 1.0;
        QVERIFY2(tokens >= 0.0, qPrintable(u"line written at %1 ms"_s.arg(at)));
    }
}

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
