// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineframer.h"

#include <QByteArray>

struct sockaddr_in;

namespace Chinwag {

// One client connection of the load generator: a non-blocking socket registered with the
// generator's epoll set, the framer for what it reads, and what it still has to write. Writes are
// queued and then flushed with one send() for the whole batch.
class BenchClient
{
public:
    enum class State { Idle, Connecting, Greeting, Registering, Registered };
    enum class ReadStatus { Read, Empty, Closed };

    BenchClient();
    ~BenchClient();
    BenchClient(const BenchClient &) = delete;
    BenchClient &operator=(const BenchClient &) = delete;

    State state() const { return m_state; }
    void setState(State state) { m_state = state; }
    int fd() const { return m_fd; }
    LineFramer &framer() { return m_framer; }

    // Starts a non-blocking connect; the epoll set reports it done with EPOLLOUT. With
    // `arrivalStamps`, the kernel stamps what arrives (SO_TIMESTAMPNS). Returns the errno of a
    // failure, or 0.
    int connectTo(const sockaddr_in &address, int epollFd, quint64 key, bool arrivalStamps);
    // The errno of a finished connect, or 0 once connected.
    int finishConnect();

    void queue(QByteArrayView bytes) { m_outbox.append(bytes); }
    bool hasQueued() const { return m_outbox.size() > m_written; }
    // Writes what the socket takes; asks epoll for EPOLLOUT while bytes remain. The errno of a
    // failure, or 0.
    int flush();
    // One read of up to `size` bytes into `buffer`, appended to the framer. `arrivalNs` is when
    // the kernel received the last of them (real-time clock), or 0 without arrival stamps.
    ReadStatus receive(char *buffer, qsizetype size, qsizetype *received, qint64 *arrivalNs);
    void close();

private:
    void watchWrites(bool watch);

    int m_fd = -1;
    int m_epollFd = -1;
    quint64 m_key = 0;
    State m_state = State::Idle;
    bool m_watchingWrites = false;
    LineFramer m_framer;
    QByteArray m_outbox;
    qsizetype m_written = 0; // bytes of m_outbox already sent
};

} // namespace Chinwag
