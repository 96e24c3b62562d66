// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

struct redisAsyncContext;

namespace Chinwag {

// Drives one hiredis asynchronous context from the Qt event loop: hiredis asks for read and
// write readiness through its ev hooks, two socket notifiers answer. In place of hiredis's own
// adapters/qt.h, which needs moc run over a system header (hiredis issue 847), connects by
// string, and makes and deletes a notifier each time hiredis asks, also inside that notifier's
// own signal; here both notifiers live as long as the adapter and are only switched on and off.
class RedisEventAdapter : public QObject
{
    Q_OBJECT

public:
    // Installs itself in `context`'s hooks; `context` must have a socket.
    RedisEventAdapter(redisAsyncContext *context, QObject *parent = nullptr);

private:
    // hiredis frees the context: no further events are handed to it.
    void detach();

    redisAsyncContext *m_context;
    QSocketNotifier m_read;
    QSocketNotifier m_write;
};

} // namespace Chinwag
