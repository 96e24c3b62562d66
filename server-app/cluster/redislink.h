// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redisconnection.h"
#include "redisreply.h"
#include "redisurl.h"
#include "retrybackoff.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

class QHostAddress;
class QHostInfo;

namespace Chinwag {

// A node's link to the cluster's Redis: publish, subscribe, and commands with a reply, all
// asynchronous on the Qt event loop, binary-safe. It holds two connections, one for commands
// and one for subscriptions (a subscribed Redis connection takes nothing else), and is
// connected while both are. When Redis goes away it says so, once, and reconnects by itself
// with a growing wait, then subscribes again to every channel; what was published meanwhile is
// not received (Redis's publish/subscribe keeps nothing).
//
// Commands are queued while it is not connected and sent in order once it is. The queue has a
// bound, in commands and in bytes, counting those sent and not yet answered too: beyond it a
// command is refused, not queued: command() and publish() return false, the handler is never
// called, and refusedCommands() counts it. Every accepted command's handler is called exactly
// once: with the reply; with RedisReply::lost() when the connection ended after it was sent
// (it may or may not have run; it is not sent again) or when close() drops it unsent. A link
// destroyed calls no handler. A receiver of its signals or a handler may close() it, but not
// delete it: deleteLater().
class RedisLink : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxPendingCommands = 10000;
        qint64 maxPendingBytes = 16 * 1024 * 1024;
        std::chrono::milliseconds firstRetry{ 500 };
        std::chrono::milliseconds longestRetry{ 30000 };
        // For the name lookup and both connections of one attempt.
        std::chrono::milliseconds connectTimeout{ 5000 };
    };
    using ReplyHandler = RedisConnection::ReplyHandler;

    // `url` must be valid (RedisUrl::parse).
    explicit RedisLink(const RedisUrl &url, QObject *parent = nullptr);
    RedisLink(const RedisUrl &url, const Options &options, QObject *parent = nullptr);
    ~RedisLink() override;

    // Starts connecting (a name is looked up each time, without blocking, and its first IPv4
    // address taken if it has one), and keeps reconnecting until close().
    void open();
    // Disconnects and stops trying; queued commands are dropped with RedisReply::lost().
    void close();
    bool isConnected() const { return m_state == State::Connected; }
    // host:port, for the log.
    QString address() const { return m_url.address(); }

    bool command(const QList<QByteArray> &arguments, ReplyHandler onReply = {});
    // PUBLISH; the reply is the number of subscribers that received it.
    bool publish(const QByteArray &channel, const QByteArray &payload, ReplyHandler onReply = {});
    // Kept over reconnections; subscribed() says when Redis confirmed it, each time.
    void subscribe(const QByteArray &channel);
    void unsubscribe(const QByteArray &channel);
    QSet<QByteArray> channels() const { return m_channels; }

    // Queued or sent and not answered.
    int pendingCommands() const { return m_pendingCommands; }
    qint64 pendingBytes() const { return m_pendingBytes; }
    quint64 refusedCommands() const { return m_refusedCommands; }

signals:
    void connected();
    // The link was connected and is no longer; it is reconnecting. The reason is for the log.
    void disconnected(const QString &reason);
    // An attempt to connect failed; the next one follows in `retryInMs`.
    void connectionFailed(const QString &reason, qint64 retryInMs);
    void subscribed(const QByteArray &channel);
    void messageReceived(const QByteArray &channel, const QByteArray &payload);

private:
    enum class State { Closed, Connecting, Connected, Waiting };
    struct Queued
    {
        QList<QByteArray> arguments;
        // The caller's handler, with the count of what is pending.
        ReplyHandler onReply;
    };

    void attempt();
    void hostFound(const QHostInfo &info);
    void connectTo(const QHostAddress &address);
    void connectionUp();
    void fail(const QString &reason);
    void sendQueued();
    void stopAttempt();

    const RedisUrl m_url;
    const Options m_options;
    RedisConnection m_commands;
    RedisConnection m_subscriber;
    RetryBackoff m_backoff;
    QTimer m_retry;
    QTimer m_attemptTimeout;
    State m_state = State::Closed;
    int m_lookup = -1;
    std::deque<Queued> m_queue;
    QSet<QByteArray> m_channels;
    int m_pendingCommands = 0;
    qint64 m_pendingBytes = 0;
    quint64 m_refusedCommands = 0;
    bool m_destroying = false;
};

} // namespace Chinwag
