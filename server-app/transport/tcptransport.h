// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "epollloop.h"
#include "transport.h"

#include <vector>

namespace Chinwag {

// A plain TCP connection as a raw non-blocking descriptor in the server's EpollLoop: no
// QTcpSocket, no QObject, no buffer of its own while idle. Reads go from the loop's one read
// buffer to the receiver; writes queue the caller's bytes without copying them (a line sent to
// everyone is held once, and each connection's queue points to it), and the loop writes each
// connection's queue with one sendmsg() per pass, keeping the offset of a partial write.
class TcpTransport final : public Transport
{
public:
    // Takes over `descriptor`, a connected TCP socket.
    TcpTransport(qintptr descriptor, EpollLoop &loop);
    ~TcpTransport() override;
    TcpTransport(const TcpTransport &) = delete;
    TcpTransport &operator=(const TcpTransport &) = delete;

    void start(Receiver &receiver) override;
    void write(const QByteArray &bytes, Urgency urgency) override;
    qsizetype queuedBytes() const override { return m_queuedBytes; }
    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override { return m_readingPaused; }
    void closeAfterFlush() override;
    void abort() override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;

private:
    friend class EpollLoop;

    enum class State {
        Open,
        Closing, // writing what is queued, reading nothing for the receiver
        Lingering, // written and shut down for writing; waiting for the peer to close
        Closed, // the descriptor is closed; disconnected() is reported or about to be
    };

    // From the loop: what epoll reported, and the end of a pass.
    void handleEvents(quint32 events);
    void finishPass();

    void readAvailable(quint32 events);
    // Writes what it can, and shuts a closing connection down once all is written.
    void flush();
    // Writes what the kernel takes; false if the connection failed.
    bool writeQueued();
    void dropWritten(qsizetype bytes);
    void clearQueue();
    void updateInterest();
    void schedule();
    // Closes the descriptor; `reportNow` reports disconnected() at once, else at the pass's end.
    void closeDescriptor(bool reportNow);
    void reportDisconnected();

    // What write() uses first, together: a line to everyone touches every connection.
    EpollLoop &m_loop;
    std::vector<EpollLoop::Line *> m_queue;
    qsizetype m_queuedBytes = 0;
    int m_scheduledSlot = -1; // in the loop's list for the end of the pass
    int m_deferredSlot = -1; // in the loop's list for its next deferred write
    State m_state = State::Open;
    bool m_waitingToWrite = false; // the kernel took less than was queued: EPOLLOUT is watched

    size_t m_head = 0; // the first entry not completely written
    qsizetype m_headOffset = 0; // bytes of it already written
    Receiver *m_receiver = nullptr;
    int m_descriptor;
    quint32 m_interest = 0; // what epoll watches for
    bool m_watched = false; // in the loop's epoll set: from start() until closed
    bool m_readingPaused = false;
    bool m_reported = false;
};

} // namespace Chinwag
