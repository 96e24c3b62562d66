// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

namespace Chinwag {

// One client connection's bytes in and out, as a Session uses them: plain TCP (TcpTransport)
// or, beside it, another kind of stream such as TLS. Nothing blocks. Writes are queued and
// written by the end of the event-loop pass, all of a pass's writes to one connection together.
class Transport
{
public:
    // How soon written bytes must leave.
    enum class Urgency {
        Now, // by the end of this pass
        // A little later (EpollLoop::DefaultDeferMSecs), unless something urgent for the same
        // connection takes them along first: in a burst of registrations, the presence lines
        // of many then share one write per recipient instead of one write each.
        MayWait,
    };

    // What a transport reports to the one who uses it.
    class Receiver
    {
    public:
        // Bytes arrived; the view is valid during the call only.
        virtual void bytesReceived(QByteArrayView bytes) = 0;
        // The connection is over: the peer closed it or it failed, it was aborted, or it closed
        // after its last write. Reported once, never from within a call to the transport;
        // nothing is read or written after it.
        virtual void disconnected() = 0;

    protected:
        ~Receiver() = default;
    };

    virtual ~Transport() = default;

    // Starts reading, and reporting to `receiver`, which must outlive the transport.
    virtual void start(Receiver &receiver) = 0;
    // Queues `bytes` to be written, in order with everything else. Implicitly shared bytes stay
    // shared: a line written to many connections is held once. Ignored once the transport is
    // closing or closed.
    virtual void write(const QByteArray &bytes, Urgency urgency) = 0;
    // Bytes queued and not yet written: how far a slow reader is behind.
    virtual qsizetype queuedBytes() const = 0;
    // Stops reading from the connection, or reads again. Meanwhile what the peer sends waits in
    // the kernel's buffers, and once they are full the peer waits. A closing transport reads
    // only to see the peer close, and reports nothing it reads.
    virtual void setReadingPaused(bool paused) = 0;
    virtual bool isReadingPaused() const = 0;
    // Writes what is queued, then closes; disconnected() follows once the peer has everything.
    virtual void closeAfterFlush() = 0;
    // Closes now and drops what is queued; disconnected() follows on the event loop.
    virtual void abort() = 0;

    // Whom the connection is with, as it was accepted.
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
};

} // namespace Chinwag
