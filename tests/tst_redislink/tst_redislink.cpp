// SPDX-License-Identifier: GPL-3.0-or-later
#include "redislink.h"
#include "redisserver.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 10000;

// Quick retries, so that a restart is noticed and healed within the test's time.
RedisLink::Options quickOptions()
{
    RedisLink::Options options;
    options.firstRetry = std::chrono::milliseconds(50);
    options.longestRetry = std::chrono::milliseconds(400);
    options.connectTimeout = std::chrono::milliseconds(3000);
    return options;
}

std::unique_ptr<RedisLink> linkTo(const QString &url,
                                  const RedisLink::Options &options = quickOptions())
{
    const RedisUrl parsed = RedisUrl::parse(url);
    Q_ASSERT(parsed.isValid());
    return std::make_unique<RedisLink>(parsed, options);
}

// The replies of a test's commands, in the order they came.
struct Replies
{
    RedisLink::ReplyHandler collect()
    {
        return [this](const RedisReply &reply) { received.push_back(reply); };
    }
    std::vector<RedisReply> received;
};

// Bytes no text protocol would carry: NUL, CR LF, and what is not UTF-8.
const QByteArray Binary("a\0b\r\nc\xff\xfe"_ba);

} // namespace

class tst_RedisLink : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shouldRunCommandsAndReturnTheirReplies();
    void shouldDeliverPublishedMessagesToAnotherLink();
    void shouldLookUpAHostName();
    void shouldRetryWhileNothingListens();
    void shouldGiveUpAnAttemptThatHangs();
    void shouldReconnectAndResubscribeAfterARestart();
    void shouldReportRepliesLostWhenRedisDies();
    void shouldBoundTheQueueWhileDisconnected();
    void shouldDropTheQueueOnClose();

private:
    std::unique_ptr<RedisServer> m_redis;
};

void tst_RedisLink::init()
{
    m_redis = std::make_unique<RedisServer>();
    QVERIFY2(m_redis->start(), qPrintable(m_redis->errorString()));
}

void tst_RedisLink::shouldRunCommandsAndReturnTheirReplies()
{
    auto link = linkTo(m_redis->url());
    QSignalSpy connected(link.get(), &RedisLink::connected);
    link->open();
    QVERIFY(connected.wait(WaitMs));
    QVERIFY(link->isConnected());

    Replies replies;
    QVERIFY(link->command({ "SET", Binary, Binary }, replies.collect()));
    QVERIFY(link->command({ "GET", Binary }, replies.collect()));
    QVERIFY(link->command({ "INCR", "counter" }, replies.collect()));
    QVERIFY(link->command({ "GET", "missing" }, replies.collect()));
    QVERIFY(link->command({ "RPUSH", "list", "one", Binary }, replies.collect()));
    QVERIFY(link->command({ "LRANGE", "list", "0", "-1" }, replies.collect()));
    QVERIFY(link->command({ "NOSUCHCOMMAND" }, replies.collect()));
    QTRY_COMPARE_WITH_TIMEOUT(replies.received.size(), size_t(7), WaitMs);

    const auto &r = replies.received;
    QCOMPARE(r[0].type(), RedisReply::Type::Status);
    QCOMPARE(r[0].string(), "OK");
    QCOMPARE(r[1].type(), RedisReply::Type::String);
    QCOMPARE(r[1].string(), Binary);
    QCOMPARE(r[2].type(), RedisReply::Type::Integer);
    QCOMPARE(r[2].integer(), 1);
    QCOMPARE(r[3].type(), RedisReply::Type::Nil);
    QCOMPARE(r[4].integer(), 2);
    QCOMPARE(r[5].type(), RedisReply::Type::Array);
    QCOMPARE(r[5].elements().size(), size_t(2));
    QCOMPARE(r[5].elements()[0].string(), "one");
    QCOMPARE(r[5].elements()[1].string(), Binary);
    QCOMPARE(r[6].type(), RedisReply::Type::Error);
    QVERIFY(r[6].string().contains("unknown command"));
    QCOMPARE(link->pendingCommands(), 0);
    QCOMPARE(link->pendingBytes(), 0);
}

void tst_RedisLink::shouldDeliverPublishedMessagesToAnotherLink()
{
    auto publisher = linkTo(m_redis->url());
    auto subscriber = linkTo(m_redis->url());
    QSignalSpy subscribed(subscriber.get(), &RedisLink::subscribed);
    QSignalSpy messages(subscriber.get(), &RedisLink::messageReceived);
    subscriber->subscribe("chinwag:room");
    subscriber->subscribe(Binary);
    subscriber->open();
    publisher->open();
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(publisher->isConnected(), WaitMs);

    const QByteArray large(256 * 1024, 'x');
    Replies receivers;
    QVERIFY(publisher->publish("chinwag:room", "hello", receivers.collect()));
    QVERIFY(publisher->publish("chinwag:room", Binary));
    QVERIFY(publisher->publish("chinwag:room", QByteArray()));
    QVERIFY(publisher->publish(Binary, large));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 4, WaitMs);
    QCOMPARE(messages[0], (QList<QVariant>{ "chinwag:room"_ba, "hello"_ba }));
    QCOMPARE(messages[1], (QList<QVariant>{ "chinwag:room"_ba, Binary }));
    QCOMPARE(messages[2], (QList<QVariant>{ "chinwag:room"_ba, QByteArray() }));
    QCOMPARE(messages[3], (QList<QVariant>{ Binary, large }));
    QCOMPARE(receivers.received.size(), size_t(1));
    QCOMPARE(receivers.received[0].integer(), 1);

    subscriber->unsubscribe("chinwag:room");
    QCOMPARE(subscriber->channels(), QSet<QByteArray>{ Binary });
    // Redis has it once a publish there finds no receiver; one after that is not delivered.
    qint64 receiversNow = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
            (publisher->publish("chinwag:room", "gone",
                                [&](const RedisReply &reply) { receiversNow = reply.integer(); }),
             receiversNow == 0),
            WaitMs);
    QVERIFY(publisher->publish("chinwag:room", "late"));
    QVERIFY(publisher->publish(Binary, "marker"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.constLast(), (QList<QVariant>{ Binary, "marker"_ba }),
                              WaitMs);
    for (const QList<QVariant> &message : std::as_const(messages))
        QVERIFY(message[1] != "late"_ba);
}

void tst_RedisLink::shouldLookUpAHostName()
{
    auto link = linkTo(u"redis://localhost:%1"_s.arg(m_redis->port()));
    QSignalSpy connected(link.get(), &RedisLink::connected);
    link->open();
    QVERIFY(connected.wait(WaitMs));
    QCOMPARE(link->address(), u"localhost:%1"_s.arg(m_redis->port()));
}

void tst_RedisLink::shouldRetryWhileNothingListens()
{
    QVERIFY(m_redis->stop());
    auto link = linkTo(m_redis->url());
    QSignalSpy failed(link.get(), &RedisLink::connectionFailed);
    QSignalSpy disconnected(link.get(), &RedisLink::disconnected);
    link->open();
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, WaitMs);
    const QString reason = failed[0][0].toString();
    QVERIFY2(reason.startsWith(u"cannot connect to Redis at 127.0.0.1:%1: "_s.arg(m_redis->port())),
             qPrintable(reason));
    const qint64 firstWait = failed[0][1].toLongLong();
    QVERIFY2(firstWait >= 25 && firstWait <= 50, qPrintable(QString::number(firstWait)));
    QVERIFY(failed[2][1].toLongLong() <= 400);
    // It never was connected, so it never was disconnected.
    QCOMPARE(disconnected.size(), 0);
    QVERIFY(!link->isConnected());
}

void tst_RedisLink::shouldGiveUpAnAttemptThatHangs()
{
    // A listener whose accept queue is full: the kernel drops further SYNs, so a connection to
    // it neither succeeds nor fails, as with a host that does not answer.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    const auto closeListener = qScopeGuard([listener] { ::close(listener); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), length) == 0);
    QVERIFY(::listen(listener, 0) == 0);
    QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    for (int i = 0; i < 3; ++i) {
        fillers.push_back(std::make_unique<QTcpSocket>());
        fillers.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTRY_VERIFY_WITH_TIMEOUT(fillers[0]->state() == QAbstractSocket::ConnectedState, WaitMs);

    RedisLink::Options options = quickOptions();
    options.connectTimeout = std::chrono::milliseconds(500);
    auto link = linkTo(u"redis://127.0.0.1:%1"_s.arg(port), options);
    QSignalSpy failed(link.get(), &RedisLink::connectionFailed);
    link->open();
    QVERIFY(failed.wait(WaitMs));
    const QString reason = failed[0][0].toString();
    QVERIFY2(reason.startsWith(u"Redis at 127.0.0.1:%1 did not answer within 1 second"_s.arg(port)),
             qPrintable(reason));
    QVERIFY(!link->isConnected());
}

void tst_RedisLink::shouldReconnectAndResubscribeAfterARestart()
{
    auto publisher = linkTo(m_redis->url());
    auto subscriber = linkTo(m_redis->url());
    QSignalSpy publisherUp(publisher.get(), &RedisLink::connected);
    QSignalSpy publisherDown(publisher.get(), &RedisLink::disconnected);
    QSignalSpy subscriberUp(subscriber.get(), &RedisLink::connected);
    QSignalSpy subscriberDown(subscriber.get(), &RedisLink::disconnected);
    QSignalSpy subscribed(subscriber.get(), &RedisLink::subscribed);
    QSignalSpy messages(subscriber.get(), &RedisLink::messageReceived);
    subscriber->subscribe("chinwag:room");
    subscriber->open();
    publisher->open();
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(publisherUp.size(), 1, WaitMs);

    QVERIFY(m_redis->stop());
    QTRY_COMPARE_WITH_TIMEOUT(publisherDown.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(subscriberDown.size(), 1, WaitMs);
    const QString reason = publisherDown[0][0].toString();
    QVERIFY2(reason.startsWith(
                     u"lost the connection to Redis at 127.0.0.1:%1: "_s.arg(m_redis->port())),
             qPrintable(reason));
    QVERIFY(!publisher->isConnected());

    // Queued meanwhile, sent once Redis is back.
    Replies replies;
    QVERIFY(publisher->command({ "SET", "during", "restart" }, replies.collect()));
    QCOMPARE(publisher->pendingCommands(), 1);

    QVERIFY2(m_redis->start(), qPrintable(m_redis->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(publisherUp.size(), 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(subscriberUp.size(), 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(replies.received.size(), size_t(1), WaitMs);
    QCOMPARE(replies.received[0].string(), "OK");
    // Down once, up once each: one event for the operator per outage.
    QCOMPARE(publisherDown.size(), 1);
    QCOMPARE(subscriberDown.size(), 1);

    QVERIFY(publisher->publish("chinwag:room", "after the restart"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, WaitMs);
    QCOMPARE(messages[0][1].toByteArray(), "after the restart");
}

void tst_RedisLink::shouldReportRepliesLostWhenRedisDies()
{
    auto link = linkTo(m_redis->url());
    QSignalSpy connected(link.get(), &RedisLink::connected);
    QSignalSpy disconnected(link.get(), &RedisLink::disconnected);
    link->open();
    QVERIFY(connected.wait(WaitMs));

    // BLPOP on an empty list waits for ever: its reply can only be lost.
    Replies replies;
    QVERIFY(link->command({ "BLPOP", "empty", "0" }, replies.collect()));
    QVERIFY(link->command({ "PING" }, replies.collect()));
    QCOMPARE(link->pendingCommands(), 2);
    m_redis->kill();
    QTRY_COMPARE_WITH_TIMEOUT(replies.received.size(), size_t(2), WaitMs);
    QCOMPARE(replies.received[0].type(), RedisReply::Type::Lost);
    QCOMPARE(replies.received[1].type(), RedisReply::Type::Lost);
    QVERIFY(replies.received[0].isError());
    QCOMPARE(link->pendingCommands(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, WaitMs);
}

void tst_RedisLink::shouldBoundTheQueueWhileDisconnected()
{
    QVERIFY(m_redis->stop());
    RedisLink::Options options = quickOptions();
    options.maxPendingCommands = 3;
    options.maxPendingBytes = 1000;
    auto link = linkTo(m_redis->url(), options);
    QSignalSpy connected(link.get(), &RedisLink::connected);
    link->open();

    Replies replies;
    QVERIFY(link->command({ "RPUSH", "order", "1" }, replies.collect()));
    QVERIFY(!link->publish("chinwag:room", QByteArray(1000, 'x'), replies.collect()));
    QVERIFY(link->command({ "RPUSH", "order", "2" }, replies.collect()));
    QVERIFY(link->command({ "LRANGE", "order", "0", "-1" }, replies.collect()));
    QVERIFY(!link->command({ "RPUSH", "order", "3" }, replies.collect()));
    QCOMPARE(link->pendingCommands(), 3);
    QCOMPARE(link->refusedCommands(), quint64(2));

    // start() runs the event loop while it waits: the link may be back before it returns.
    QVERIFY2(m_redis->start(), qPrintable(m_redis->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(replies.received.size(), size_t(3), WaitMs);
    // Sent in order; the refused ones never ran and their handlers were never called.
    const std::vector<RedisReply> &order = replies.received[2].elements();
    QCOMPARE(order.size(), size_t(2));
    QCOMPARE(order[0].string(), "1");
    QCOMPARE(order[1].string(), "2");
    QCOMPARE(link->pendingCommands(), 0);
    QVERIFY(link->command({ "PING" }));
}

void tst_RedisLink::shouldDropTheQueueOnClose()
{
    QVERIFY(m_redis->stop());
    auto link = linkTo(m_redis->url());
    link->open();
    Replies replies;
    QVERIFY(link->command({ "PING" }, replies.collect()));
    QVERIFY(link->publish("chinwag:room", "never sent", replies.collect()));
    link->close();
    QCOMPARE(replies.received.size(), size_t(2));
    QCOMPARE(replies.received[0].type(), RedisReply::Type::Lost);
    QCOMPARE(link->pendingCommands(), 0);
    QCOMPARE(link->pendingBytes(), 0);
    QVERIFY(!link->isConnected());
}

QTEST_GUILESS_MAIN(tst_RedisLink)
#include "tst_redislink.moc"
