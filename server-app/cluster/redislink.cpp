// SPDX-License-Identifier: GPL-3.0-or-later
#include "redislink.h"

#include <QHostAddress>
#include <QHostInfo>

#include <algorithm>

namespace Chinwag {

RedisLink::RedisLink(const RedisUrl &url, QObject *parent) : RedisLink(url, Options{}, parent) { }

RedisLink::RedisLink(const RedisUrl &url, const Options &options, QObject *parent)
    : QObject(parent),
      m_url(url),
      m_options(options),
      m_backoff(options.firstRetry, options.longestRetry)
{
    m_retry.setSingleShot(true);
    m_attemptTimeout.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RedisLink::attempt);
    connect(&m_attemptTimeout, &QTimer::timeout, this, [this] {
        const int seconds = int((m_options.connectTimeout.count() + 999) / 1000);
        fail(tr("Redis at %1 did not answer within %n second(s)", nullptr, seconds).arg(address()));
    });
    for (RedisConnection *connection : { &m_commands, &m_subscriber }) {
        connect(connection, &RedisConnection::connected, this, &RedisLink::connectionUp);
        connect(connection, &RedisConnection::closed, this, &RedisLink::fail);
    }
    connect(&m_subscriber, &RedisConnection::subscribed, this, &RedisLink::subscribed);
    connect(&m_subscriber, &RedisConnection::messageReceived, this, &RedisLink::messageReceived);
}

RedisLink::~RedisLink()
{
    m_destroying = true;
    stopAttempt();
}

void RedisLink::open()
{
    if (m_state == State::Closed)
        attempt();
}

void RedisLink::close()
{
    m_state = State::Closed;
    stopAttempt();
    m_retry.stop();
    m_backoff.reset();
    std::deque<Queued> dropped;
    dropped.swap(m_queue);
    for (Queued &command : dropped)
        command.onReply(RedisReply::lost());
}

bool RedisLink::command(const QList<QByteArray> &arguments, ReplyHandler onReply)
{
    qint64 bytes = 0;
    for (const QByteArray &argument : arguments)
        bytes += argument.size();
    if (arguments.isEmpty() || m_pendingCommands >= m_options.maxPendingCommands
        || m_pendingBytes + bytes > m_options.maxPendingBytes) {
        ++m_refusedCommands;
        return false;
    }
    ++m_pendingCommands;
    m_pendingBytes += bytes;
    Queued queued{ arguments, [this, bytes, onReply = std::move(onReply)](const RedisReply &reply) {
                      if (m_destroying)
                          return;
                      --m_pendingCommands;
                      m_pendingBytes -= bytes;
                      if (onReply)
                          onReply(reply);
                  } };
    // Behind those queued, so that commands keep their order.
    if (m_state != State::Connected || !m_queue.empty()
        || !m_commands.command(queued.arguments, queued.onReply))
        m_queue.push_back(std::move(queued));
    return true;
}

bool RedisLink::publish(const QByteArray &channel, const QByteArray &payload, ReplyHandler onReply)
{
    return command({ "PUBLISH", channel, payload }, std::move(onReply));
}

void RedisLink::subscribe(const QByteArray &channel)
{
    if (m_channels.contains(channel))
        return;
    m_channels.insert(channel);
    if (m_state == State::Connected)
        m_subscriber.subscribe({ channel });
}

void RedisLink::unsubscribe(const QByteArray &channel)
{
    if (m_channels.remove(channel) && m_state == State::Connected)
        m_subscriber.unsubscribe({ channel });
}

void RedisLink::attempt()
{
    m_state = State::Connecting;
    m_attemptTimeout.start(m_options.connectTimeout);
    const QHostAddress literal(m_url.host());
    if (!literal.isNull())
        connectTo(literal);
    else
        m_lookup = QHostInfo::lookupHost(m_url.host(), this, &RedisLink::hostFound);
}

void RedisLink::hostFound(const QHostInfo &info)
{
    m_lookup = -1;
    if (m_state != State::Connecting)
        return;
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        fail(tr("cannot find the Redis host %1: %2").arg(m_url.host(), info.errorString()));
        return;
    }
    // An IPv4 address first: a Redis bound to 127.0.0.1 is not on ::1, which "localhost" may
    // name first.
    const auto ipv4 = std::find_if(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    connectTo(ipv4 != addresses.end() ? *ipv4 : addresses.constFirst());
}

void RedisLink::connectTo(const QHostAddress &address)
{
    m_commands.open(address, m_url.port(), this->address());
    m_subscriber.open(address, m_url.port(), this->address());
}

void RedisLink::connectionUp()
{
    if (m_state != State::Connecting || !m_commands.isConnected() || !m_subscriber.isConnected())
        return;
    m_state = State::Connected;
    m_attemptTimeout.stop();
    m_backoff.reset();
    m_subscriber.subscribe(m_channels.values());
    sendQueued();
    emit connected();
}

void RedisLink::fail(const QString &reason)
{
    if (m_state != State::Connecting && m_state != State::Connected)
        return;
    const bool wasConnected = m_state == State::Connected;
    m_state = State::Waiting;
    // The other connection goes too: the link is up only with both.
    stopAttempt();
    const std::chrono::milliseconds wait = m_backoff.next();
    m_retry.start(wait);
    if (wasConnected)
        emit disconnected(reason);
    else
        emit connectionFailed(reason, wait.count());
}

void RedisLink::sendQueued()
{
    while (!m_queue.empty() && m_state == State::Connected
           && m_commands.command(m_queue.front().arguments, m_queue.front().onReply))
        m_queue.pop_front();
}

void RedisLink::stopAttempt()
{
    m_attemptTimeout.stop();
    if (m_lookup >= 0) {
        QHostInfo::abortHostLookup(m_lookup);
        m_lookup = -1;
    }
    m_commands.close();
    m_subscriber.close();
}

} // namespace Chinwag
