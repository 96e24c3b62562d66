// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redisreply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QHostAddress;
struct redisAsyncContext;

namespace Chinwag {

class RedisEventAdapter;

// One connection to Redis through hiredis's asynchronous API, on the Qt event loop; nothing in
// it blocks. It does not reconnect: RedisLink decides when to try again. All of hiredis is in
// here.
class RedisConnection : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const RedisReply &)>;

    explicit RedisConnection(QObject *parent = nullptr);
    ~RedisConnection() override;

    // Starts connecting to an address (never a name: hiredis would resolve it blocking);
    // connected() or closed() follows, never from within this call. `shownAddress` names the
    // server in closed()'s reasons.
    void open(const QHostAddress &address, quint16 port, const QString &shownAddress);
    // Ends the connection without closed(). The handlers of commands sent and not answered are
    // called with RedisReply::lost() before it returns.
    void close();
    bool isConnected() const { return m_connected; }

    // Sends a command, binary-safe. When it is sent, `onReply` is moved from and called once
    // with the reply, or with RedisReply::lost() if the connection ends first; when it is not
    // (not connected), it is left as it was and the result is false.
    bool command(const QList<QByteArray> &arguments, ReplyHandler &onReply);
    // Subscribes to channels: each confirmation is subscribed(), each message messageReceived().
    // Once it has subscribed, this connection takes only SUBSCRIBE and UNSUBSCRIBE.
    bool subscribe(const QList<QByteArray> &channels);
    bool unsubscribe(const QList<QByteArray> &channels);

signals:
    void connected();
    // The connection failed or ended by itself; the reason is for the log.
    void closed(const QString &reason);
    void subscribed(const QByteArray &channel);
    void messageReceived(const QByteArray &channel, const QByteArray &payload);

private:
    using Callback = void(redisAsyncContext *, void *, void *);

    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);
    static void onReply(redisAsyncContext *context, void *reply, void *handler);
    static void onSubscription(redisAsyncContext *context, void *reply, void *connection);
    bool send(const QList<QByteArray> &arguments, Callback *callback, void *data);
    // hiredis is freeing the context after a failure.
    void lose(const QString &reason);
    void closeLater(const QString &reason);

    redisAsyncContext *m_context = nullptr;
    RedisEventAdapter *m_adapter = nullptr;
    QString m_shownAddress;
    bool m_connected = false;
    // Counts close() (which open() begins with): what was queued to be said of an earlier
    // connection is not.
    quint64 m_generation = 0;
};

} // namespace Chinwag
