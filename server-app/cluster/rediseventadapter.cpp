// SPDX-License-Identifier: GPL-3.0-or-later
#include "rediseventadapter.h"

#include <hiredis/async.h>

namespace Chinwag {

namespace {

RedisEventAdapter *adapter(void *data)
{
    return static_cast<RedisEventAdapter *>(data);
}

} // namespace

RedisEventAdapter::RedisEventAdapter(redisAsyncContext *context, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_read(context->c.fd, QSocketNotifier::Read),
      m_write(context->c.fd, QSocketNotifier::Write)
{
    m_read.setEnabled(false);
    m_write.setEnabled(false);
    connect(&m_read, &QSocketNotifier::activated, this, [this] {
        if (m_context)
            redisAsyncHandleRead(m_context);
    });
    connect(&m_write, &QSocketNotifier::activated, this, [this] {
        if (m_context)
            redisAsyncHandleWrite(m_context);
    });
    context->ev.data = this;
    context->ev.addRead = [](void *data) { adapter(data)->m_read.setEnabled(true); };
    context->ev.delRead = [](void *data) { adapter(data)->m_read.setEnabled(false); };
    context->ev.addWrite = [](void *data) { adapter(data)->m_write.setEnabled(true); };
    context->ev.delWrite = [](void *data) { adapter(data)->m_write.setEnabled(false); };
    context->ev.cleanup = [](void *data) { adapter(data)->detach(); };
}

void RedisEventAdapter::detach()
{
    m_read.setEnabled(false);
    m_write.setEnabled(false);
    m_context = nullptr;
}

} // namespace Chinwag
