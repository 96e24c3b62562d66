// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchclient.h"

#include "protocollimits.h"

#include <cerrno>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Chinwag {

BenchClient::BenchClient() : m_framer(Protocol::MaxServerLineBytes) { }

BenchClient::~BenchClient()
{
    close();
}

int BenchClient::connectTo(const sockaddr_in &address, int epollFd, quint64 key)
{
    m_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return errno;
    // The benchmark's own writes must not wait for ACKs: Nagle would add its delay to latency.
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
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

BenchClient::ReadStatus BenchClient::receive(char *buffer, qsizetype size, qsizetype *received)
{
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, size_t(size), 0);
        if (n > 0) {
            // A server without TCP_NODELAY holds its next write until this ACK (Nagle), and a
            // client that only reads would delay it by 40 ms: acknowledge at once, every time,
            // since the kernel leaves quick-ACK mode by itself.
            const int one = 1;
            setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
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
