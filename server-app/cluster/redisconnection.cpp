// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisconnection.h"

#include "rediseventadapter.h"

#include <QHostAddress>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Chinwag {

namespace {

// The connection an event of hiredis belongs to; none once this side has let the context go.
RedisConnection *owner(const redisAsyncContext *context)
{
    return static_cast<RedisConnection *>(context->data);
}

QString errorText(const redisAsyncContext *context)
{
    return context->errstr && *context->errstr ? QString::fromLocal8Bit(context->errstr) : u"?"_s;
}

} // namespace

RedisConnection::RedisConnection(QObject *parent) : QObject(parent) { }

RedisConnection::~RedisConnection()
{
    close();
}

void RedisConnection::open(const QHostAddress &address, quint16 port, const QString &shownAddress)
{
    close();
    m_shownAddress = shownAddress;
    redisAsyncContext *context = redisAsyncConnect(address.toString().toLatin1().constData(), port);
    if (!context) {
        closeLater(tr("cannot connect to Redis at %1: out of memory").arg(m_shownAddress));
        return;
    }
    if (context->err) {
        closeLater(tr("cannot connect to Redis at %1: %2").arg(m_shownAddress, errorText(context)));
        redisAsyncFree(context);
        return;
    }
    // TCP keepalive finds a peer that vanished without a word (a machine gone) on an idle link.
    redisEnableKeepAlive(&context->c);
    context->data = this;
    m_context = context;
    // The adapter first: setting the connect callback already asks it for write readiness.
    m_adapter = new RedisEventAdapter(context, this);
    redisAsyncSetConnectCallback(context, &RedisConnection::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisConnection::onDisconnect);
}

void RedisConnection::close()
{
    ++m_generation;
    if (!m_context)
        return;
    redisAsyncContext *context = m_context;
    m_context = nullptr;
    m_connected = false;
    context->data = nullptr;
    // Runs the pending handlers with no reply; inside one of hiredis's callbacks it frees the
    // context once that returns.
    redisAsyncFree(context);
    m_adapter->deleteLater();
    m_adapter = nullptr;
}

bool RedisConnection::command(const QList<QByteArray> &arguments, ReplyHandler &onReply)
{
    auto handler = std::make_unique<ReplyHandler>(std::move(onReply));
    if (!send(arguments, &RedisConnection::onReply, handler.get())) {
        onReply = std::move(*handler);
        return false;
    }
    handler.release(); // onReply() deletes it
    return true;
}

bool RedisConnection::subscribe(const QList<QByteArray> &channels)
{
    return channels.isEmpty()
            || send(QList<QByteArray>{ "SUBSCRIBE" } + channels, &RedisConnection::onSubscription,
                    this);
}

bool RedisConnection::unsubscribe(const QList<QByteArray> &channels)
{
    // hiredis answers UNSUBSCRIBE through the channels' subscription callbacks.
    return channels.isEmpty()
            || send(QList<QByteArray>{ "UNSUBSCRIBE" } + channels, nullptr, nullptr);
}

bool RedisConnection::send(const QList<QByteArray> &arguments, Callback *callback, void *data)
{
    if (!m_connected || !m_context)
        return false;
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(size_t(arguments.size()));
    lengths.reserve(size_t(arguments.size()));
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    return redisAsyncCommandArgv(m_context, callback, data, int(argv.size()), argv.data(),
                                 lengths.data())
            == REDIS_OK;
}

void RedisConnection::onConnect(const redisAsyncContext *context, int status)
{
    RedisConnection *self = owner(context);
    if (!self)
        return;
    if (status == REDIS_OK) {
        self->m_connected = true;
        // Said from the event loop: hiredis goes on using the context after this callback, so
        // a receiver must not be able to free it from here (by closing the link).
        QMetaObject::invokeMethod(
                self,
                [self, opening = self->m_generation] {
                    if (self->m_connected && self->m_generation == opening)
                        emit self->connected();
                },
                Qt::QueuedConnection);
        return;
    }
    self->lose(
            tr("cannot connect to Redis at %1: %2").arg(self->m_shownAddress, errorText(context)));
}

void RedisConnection::onDisconnect(const redisAsyncContext *context, int)
{
    if (RedisConnection *self = owner(context))
        self->lose(tr("lost the connection to Redis at %1: %2")
                           .arg(self->m_shownAddress, errorText(context)));
}

void RedisConnection::onReply(redisAsyncContext *, void *reply, void *handler)
{
    const std::unique_ptr<ReplyHandler> onReply(static_cast<ReplyHandler *>(handler));
    if (*onReply)
        (*onReply)(reply ? RedisReply::fromHiredis(*static_cast<const redisReply *>(reply))
                         : RedisReply::lost());
}

void RedisConnection::onSubscription(redisAsyncContext *context, void *reply, void *connection)
{
    const auto *message = static_cast<const redisReply *>(reply);
    if (!message || !owner(context) || message->type != REDIS_REPLY_ARRAY || message->elements != 3
        || message->element[0]->type != REDIS_REPLY_STRING
        || message->element[1]->type != REDIS_REPLY_STRING)
        return;
    auto *self = static_cast<RedisConnection *>(connection);
    const QByteArrayView kind(message->element[0]->str, qsizetype(message->element[0]->len));
    const QByteArray channel(message->element[1]->str, qsizetype(message->element[1]->len));
    const redisReply *payload = message->element[2];
    if (kind == "message" && payload->type == REDIS_REPLY_STRING)
        emit self->messageReceived(channel, QByteArray(payload->str, qsizetype(payload->len)));
    else if (kind == "subscribe")
        emit self->subscribed(channel);
}

void RedisConnection::lose(const QString &reason)
{
    m_context = nullptr;
    m_connected = false;
    if (m_adapter) {
        m_adapter->deleteLater();
        m_adapter = nullptr;
    }
    emit closed(reason);
}

void RedisConnection::closeLater(const QString &reason)
{
    QMetaObject::invokeMethod(
            this,
            [this, reason, opening = m_generation] {
                if (m_generation == opening)
                    emit closed(reason);
            },
            Qt::QueuedConnection);
}

} // namespace Chinwag
