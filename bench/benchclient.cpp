// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchclient.h"

#include "protocollimits.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace Chinwag {

BenchClient::BenchClient() : m_framer(Protocol::MaxServerLineBytes) { }

BenchClient::~BenchClient()
{
    close();
}

int BenchClient::connectTo(const sockaddr_in &address, int epollFd, quint64 key, bool arrivalStamps)
{
    m_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return errno;
    // The benchmark's own writes must not wait for ACKs: Nagle would add its delay to latency.
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (arrivalStamps)
        setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
    m_epollFd = epollFd;
    m_key = key;
    m_state = State::Connecting;
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        && errno != EINPROGRESS)
        return errno;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT;
    event.data.u64 = key;
    m_watchingWrites = true;
    return epoll_ctl(epollFd, EPOLL_CTL_ADD, m_fd, &event) == 0 ? 0 : errno;
}

int BenchClient::finishConnect()
{
    int error = 0;
    socklen_t length = sizeof error;
    if (getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return errno;
    if (error == 0) {
        m_state = State::Greeting;
        watchWrites(false);
    }
    return error;
}

int BenchClient::flush()
{
    while (m_written < m_outbox.size()) {
        const ssize_t n = ::send(m_fd, m_outbox.constData() + m_written,
                                 size_t(m_outbox.size() - m_written), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                return errno;
            break;
        }
        m_written += n;
    }
    if (m_written == m_outbox.size()) {
        // Keeps the capacity: senders refill it on every pass.
        m_outbox.resize(0);
        m_written = 0;
    }
    watchWrites(m_written < m_outbox.size());
    return 0;
}

BenchClient::ReadStatus BenchClient::receive(char *buffer, qsizetype size, qsizetype *received,
                                             qint64 *arrivalNs)
{
    iovec data{ buffer, size_t(size) };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    for (;;) {
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_fd, &message, 0);
        if (n > 0) {
            // A server without TCP_NODELAY holds its next write until this data is acknowledged
            // (Nagle), and the kernel may delay the ACK by up to 40 ms: both sides would stall.
            // Acknowledge at once; the kernel leaves quick-ACK mode by itself, hence every read.
            const int one = 1;
            setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
            *arrivalNs = 0;
            for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                    timespec ts;
                    std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                    *arrivalNs = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
                }
            }
            m_framer.append(QByteArrayView(buffer, n));
            *received = n;
            return ReadStatus::Read;
        }
        if (n < 0 && errno == EINTR)
            continue;
        *received = 0;
        return n < 0 && errno == EAGAIN ? ReadStatus::Empty : ReadStatus::Closed;
    }
}

void BenchClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_state = State::Idle;
}

void BenchClient::watchWrites(bool watch)
{
    if (watch == m_watchingWrites)
        return;
    epoll_event event{};
    event.events = EPOLLIN | (watch ? EPOLLOUT : 0u);
    event.data.u64 = m_key;
    epoll_ctl(m_epollFd, EPOLL_CTL_MOD, m_fd, &event);
    m_watchingWrites = watch;
}

} // namespace Chinwag
