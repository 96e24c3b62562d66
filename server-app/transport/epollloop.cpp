// SPDX-License-Identifier: GPL-3.0-or-later
#include "epollloop.h"

#include "tcptransport.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cerrno>
#include <utility>

#include <unistd.h>

namespace Chinwag {

namespace {
// Spare write queues kept, and the largest kept: together at most 1 MiB on a 64-bit machine.
constexpr size_t MaxSpareQueues = 1024;
constexpr size_t MaxSpareQueueCapacity = 128;
constexpr size_t MaxSpareLines = 4096;
} // namespace

EpollLoop::EpollLoop(int deferMSecs, QObject *parent)
    : QObject(parent),
      m_epoll(epoll_create1(EPOLL_CLOEXEC)),
      m_readBuffer(new char[ReadBufferBytes]),
      m_gatherBuffer(new char[GatherBufferBytes]),
      m_deferMSecs(deferMSecs)
{
    if (m_epoll < 0) {
        m_errorString = qt_error_string(errno);
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_epoll, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &EpollLoop::dispatch);
    m_deferTimer.setSingleShot(true);
    m_deferTimer.setInterval(deferMSecs);
    connect(&m_deferTimer, &QTimer::timeout, this, &EpollLoop::runDeferredPass);
}

EpollLoop::~EpollLoop()
{
    m_notifier.reset();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollLoop::watch(int descriptor, quint32 events, TcpTransport *transport)
{
    epoll_event event{};
    event.events = events;
    event.data.ptr = transport;
    return epoll_ctl(m_epoll, EPOLL_CTL_ADD, descriptor, &event) == 0;
}

bool EpollLoop::rewatch(int descriptor, quint32 events, TcpTransport *transport)
{
    epoll_event event{};
    event.events = events;
    event.data.ptr = transport;
    return epoll_ctl(m_epoll, EPOLL_CTL_MOD, descriptor, &event) == 0;
}

void EpollLoop::unwatch(int descriptor)
{
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, descriptor, nullptr);
}

std::vector<EpollLoop::Line *> EpollLoop::takeQueue()
{
    if (m_spareQueues.empty())
        return {};
    std::vector<Line *> queue = std::move(m_spareQueues.back());
    m_spareQueues.pop_back();
    return queue;
}

void EpollLoop::giveBackQueue(std::vector<Line *> &&queue)
{
    queue.clear();
    if (m_spareQueues.size() < MaxSpareQueues && queue.capacity() <= MaxSpareQueueCapacity)
        m_spareQueues.push_back(std::move(queue));
}

EpollLoop::Line *EpollLoop::hold(const QByteArray &bytes)
{
    // The held line keeps its bytes alive: the same address and size are the same bytes.
    if (!m_lastHeld || m_lastHeld->bytes.constData() != bytes.constData()
        || m_lastHeld->bytes.size() != bytes.size()) {
        if (m_spareLines.empty()) {
            m_lastHeld = new Line;
        } else {
            m_lastHeld = m_spareLines.back().release();
            m_spareLines.pop_back();
        }
        m_lastHeld->bytes = bytes;
    }
    ++m_lastHeld->holders;
    return m_lastHeld;
}

void EpollLoop::release(Line *line)
{
    if (--line->holders > 0)
        return;
    line->bytes = QByteArray();
    if (line == m_lastHeld)
        m_lastHeld = nullptr;
    if (m_spareLines.size() < MaxSpareLines)
        m_spareLines.emplace_back(line);
    else
        delete line;
}

void EpollLoop::schedule(TcpTransport *transport)
{
    if (transport->m_scheduledSlot >= 0)
        return;
    // Written now, what was to wait goes along.
    if (transport->m_deferredSlot >= 0) {
        m_deferred[size_t(transport->m_deferredSlot)] = nullptr;
        transport->m_deferredSlot = -1;
    }
    transport->m_scheduledSlot = int(m_scheduled.size());
    m_scheduled.push_back(transport);
    // Output from outside a pass (a timer, the monitor, another kind of connection) is written
    // by a pass of its own, once the event loop is back.
    if (!m_inPass && !m_passPosted) {
        m_passPosted = true;
        QMetaObject::invokeMethod(this, &EpollLoop::runPostedPass, Qt::QueuedConnection);
    }
}

void EpollLoop::defer(TcpTransport *transport)
{
    if (transport->m_scheduledSlot >= 0 || transport->m_deferredSlot >= 0)
        return;
    transport->m_deferredSlot = int(m_deferred.size());
    m_deferred.push_back(transport);
    if (!m_deferTimer.isActive())
        m_deferTimer.start();
}

void EpollLoop::forget(TcpTransport *transport)
{
    if (transport->m_deferredSlot >= 0) {
        m_deferred[size_t(transport->m_deferredSlot)] = nullptr;
        transport->m_deferredSlot = -1;
    }
    if (transport->m_scheduledSlot >= 0) {
        m_scheduled[size_t(transport->m_scheduledSlot)] = nullptr;
        transport->m_scheduledSlot = -1;
    }
    for (int i = m_next; i < m_ready; ++i) {
        if (m_events[i].data.ptr == transport)
            m_events[i].data.ptr = nullptr;
    }
}

void EpollLoop::dispatch()
{
    // A nested event loop inside a pass leaves the events to the pass that is running.
    if (m_inPass)
        return;
    m_inPass = true;
    m_ready = epoll_wait(m_epoll, m_events, MaxEvents, 0);
    for (m_next = 0; m_next < m_ready;) {
        const epoll_event &event = m_events[m_next++];
        if (auto *transport = static_cast<TcpTransport *>(event.data.ptr))
            transport->handleEvents(event.events);
    }
    m_ready = 0;
    m_next = 0;
    finishPass();
}

void EpollLoop::runPostedPass()
{
    m_passPosted = false;
    if (m_inPass)
        return;
    m_inPass = true;
    finishPass();
}

void EpollLoop::runDeferredPass()
{
    const bool nested = m_inPass;
    m_inPass = true;
    const std::vector<TcpTransport *> deferred = std::exchange(m_deferred, {});
    for (TcpTransport *transport : deferred) {
        if (transport) {
            transport->m_deferredSlot = -1;
            schedule(transport);
        }
    }
    if (nested)
        return;
    QElapsedTimer took;
    took.start();
    finishPass();
    m_deferTimer.setInterval(std::clamp(int(2 * took.elapsed()), m_deferMSecs,
                                        std::max(m_deferMSecs, MaxDeferMSecs)));
}

void EpollLoop::finishPass()
{
    // What a transport does here may schedule others (a failed write tells its session, whose
    // user then leaves, and everyone is told): they are appended, and written in this pass too.
    for (size_t i = 0; i < m_scheduled.size(); ++i) {
        TcpTransport *transport = m_scheduled[i];
        if (!transport)
            continue;
        m_scheduled[i] = nullptr;
        transport->m_scheduledSlot = -1;
        transport->finishPass();
    }
    m_scheduled.clear();
    m_inPass = false;
}

} // namespace Chinwag
