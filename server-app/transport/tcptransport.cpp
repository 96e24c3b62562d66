// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcptransport.h"

#include "epollloop.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace Chinwag {

namespace {

// Segments one sendmsg() takes at most (the kernel's IOV_MAX is 1024).
constexpr size_t MaxVectors = 512;
// Queued bytes shorter than this are copied together into the loop's gather buffer, and sent as
// one segment: the kernel's cost per segment (some 200 ns in a VM) is far above a small memcpy.
// Longer ones are sent from where they are.
constexpr qsizetype GatherBelowBytes = 4096;
// Reads of EpollLoop::ReadBufferBytes one connection gets per pass, so that a busy client
// cannot hold up the others; what is left is read in the next pass.
constexpr int ReadsPerPass = 4;

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}

} // namespace

TcpTransport::TcpTransport(qintptr descriptor, EpollLoop &loop)
    : m_loop(loop), m_descriptor(int(descriptor))
{
    const int flags = fcntl(m_descriptor, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK))
        fcntl(m_descriptor, F_SETFL, flags | O_NONBLOCK);
    // Writes are already gathered per pass; Nagle's algorithm would only add a delay to them.
    const int on = 1;
    setsockopt(m_descriptor, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

TcpTransport::~TcpTransport()
{
    m_loop.forget(this);
    clearQueue();
    if (m_descriptor >= 0) {
        if (m_watched)
            m_loop.unwatch(m_descriptor);
        ::close(m_descriptor);
    }
}

void TcpTransport::start(Receiver &receiver)
{
    m_receiver = &receiver;
    if (m_state == State::Closed)
        schedule(); // to report it
    else
        updateInterest();
}

void TcpTransport::write(const QByteArray &bytes, Urgency urgency)
{
    if (m_state != State::Open || bytes.isEmpty())
        return;
    if (m_queue.capacity() == 0)
        m_queue = m_loop.takeQueue();
    m_queue.push_back(m_loop.hold(bytes));
    m_queuedBytes += bytes.size();
    // A connection that waits for EPOLLOUT is written when the kernel has room, not before.
    if (m_waitingToWrite)
        return;
    if (urgency == Urgency::Now)
        schedule();
    else
        m_loop.defer(this);
}

void TcpTransport::setReadingPaused(bool paused)
{
    m_readingPaused = paused;
    updateInterest();
}

void TcpTransport::closeAfterFlush()
{
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    if (!m_waitingToWrite)
        schedule();
    updateInterest();
}

void TcpTransport::abort()
{
    // A reset rather than a FIN: what the kernel still holds for the peer goes too, instead of
    // waiting, perhaps for minutes, for a peer that does not read.
    if (m_state != State::Closed) {
        const linger reset{ 1, 0 };
        setsockopt(m_descriptor, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    }
    closeDescriptor(false);
}

QHostAddress TcpTransport::peerAddress() const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (m_descriptor < 0
        || getpeername(m_descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

quint16 TcpTransport::peerPort() const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (m_descriptor < 0
        || getpeername(m_descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    return 0;
}

void TcpTransport::handleEvents(quint32 events)
{
    if (m_state == State::Closed)
        return;
    if (events & EPOLLOUT) {
        flush();
        if (m_state == State::Closed)
            return;
    }
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR))
        readAvailable(events);
}

void TcpTransport::finishPass()
{
    if (m_state == State::Closed)
        reportDisconnected();
    else
        flush();
}

void TcpTransport::readAvailable(quint32 events)
{
    // Paused, the connection is watched for nothing, and the kernel still reports a reset: the
    // lines waiting in the kernel can no longer be answered.
    if (m_state == State::Open && m_readingPaused) {
        if (events & (EPOLLHUP | EPOLLERR))
            closeDescriptor(true);
        return;
    }
    char *const buffer = m_loop.readBuffer();
    for (int reads = 0; reads < ReadsPerPass; ++reads) {
        const ssize_t received = ::recv(m_descriptor, buffer, EpollLoop::ReadBufferBytes, 0);
        if (received < 0 && errno == EINTR)
            continue;
        if (received < 0 && wouldBlock(errno))
            break;
        if (received <= 0) {
            // The peer closed (or the connection failed). A peer that closed only its side may
            // still read: it gets the replies to its last lines.
            if (received == 0 && m_state == State::Open)
                writeQueued();
            closeDescriptor(true);
            return;
        }
        // A closing connection reads only to see the peer close.
        if (m_state == State::Open) {
            m_receiver->bytesReceived(QByteArrayView(buffer, received));
            // The receiver may have paused, closed or aborted the connection.
            if (m_state == State::Closed)
                return;
            if (m_state == State::Open && m_readingPaused)
                break;
        }
        if (received < EpollLoop::ReadBufferBytes)
            break;
    }
    updateInterest();
}

void TcpTransport::flush()
{
    if (!writeQueued()) {
        closeDescriptor(true);
        return;
    }
    if (m_state == State::Closing && !m_waitingToWrite) {
        // Everything is written: the FIN follows it, and the peer's own close ends the linger.
        ::shutdown(m_descriptor, SHUT_WR);
        m_state = State::Lingering;
    }
    updateInterest();
}

bool TcpTransport::writeQueued()
{
    char *const gather = m_loop.gatherBuffer();
    while (m_head < m_queue.size()) {
        iovec vectors[MaxVectors];
        size_t count = 0;
        qsizetype offered = 0;
        qsizetype gathered = 0;
        bool lastGathered = false;
        for (size_t i = m_head; i < m_queue.size(); ++i) {
            const QByteArray &bytes = m_queue[i]->bytes;
            const qsizetype skip = i == m_head ? m_headOffset : 0;
            const char *const data = bytes.constData() + skip;
            const size_t size = size_t(bytes.size() - skip);
            const bool small = qsizetype(size) < GatherBelowBytes;
            if (small && gathered + qsizetype(size) > EpollLoop::GatherBufferBytes)
                break;
            if (!(small && lastGathered)) {
                if (count == MaxVectors)
                    break;
                vectors[count++] = { small ? gather + gathered : const_cast<char *>(data), 0 };
            }
            if (small) {
                std::memcpy(gather + gathered, data, size);
                gathered += qsizetype(size);
            }
            vectors[count - 1].iov_len += size;
            offered += qsizetype(size);
            lastGathered = small;
        }
        msghdr message{};
        message.msg_iov = vectors;
        message.msg_iovlen = count;
        const ssize_t sent = ::sendmsg(m_descriptor, &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            if (!wouldBlock(errno))
                return false;
            m_waitingToWrite = true;
            break;
        }
        dropWritten(sent);
        // The kernel took less than it was offered: its buffer is full.
        if (sent < offered) {
            m_waitingToWrite = true;
            break;
        }
    }
    if (m_head == m_queue.size()) {
        m_waitingToWrite = false;
        clearQueue();
    } else if (m_head > m_queue.size() / 2) {
        // A slow reader's queue: what is written leaves the front, once in a while.
        m_queue.erase(m_queue.begin(), m_queue.begin() + qsizetype(m_head));
        m_head = 0;
    }
    return true;
}

void TcpTransport::dropWritten(qsizetype bytes)
{
    m_queuedBytes -= bytes;
    while (bytes > 0) {
        const qsizetype rest = m_queue[m_head]->bytes.size() - m_headOffset;
        if (bytes < rest) {
            m_headOffset += bytes;
            return;
        }
        bytes -= rest;
        m_loop.release(m_queue[m_head]);
        ++m_head;
        m_headOffset = 0;
    }
}

void TcpTransport::clearQueue()
{
    for (size_t i = m_head; i < m_queue.size(); ++i)
        m_loop.release(m_queue[i]);
    m_loop.giveBackQueue(std::exchange(m_queue, {}));
    m_head = 0;
    m_headOffset = 0;
    m_queuedBytes = 0;
}

void TcpTransport::updateInterest()
{
    if (!m_receiver || m_state == State::Closed)
        return;
    quint32 wanted = 0;
    if (m_state != State::Open || !m_readingPaused)
        wanted |= EPOLLIN;
    if (m_waitingToWrite)
        wanted |= EPOLLOUT;
    if (m_watched && wanted == m_interest)
        return;
    const bool watched = m_watched ? m_loop.rewatch(m_descriptor, wanted, this)
                                   : m_loop.watch(m_descriptor, wanted, this);
    if (!watched) {
        closeDescriptor(false);
        return;
    }
    m_watched = true;
    m_interest = wanted;
}

void TcpTransport::schedule()
{
    m_loop.schedule(this);
}

void TcpTransport::closeDescriptor(bool reportNow)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_watched)
        m_loop.unwatch(m_descriptor);
    m_watched = false;
    ::close(m_descriptor);
    m_descriptor = -1;
    m_waitingToWrite = false;
    clearQueue();
    if (reportNow)
        reportDisconnected();
    else
        schedule();
}

void TcpTransport::reportDisconnected()
{
    if (m_reported || !m_receiver)
        return;
    m_reported = true;
    m_receiver->disconnected();
}

} // namespace Chinwag
