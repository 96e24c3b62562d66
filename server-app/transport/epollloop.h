// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>
#include <vector>

#include <sys/epoll.h>

namespace Chinwag {

class TcpTransport;

// One epoll instance for every TcpTransport of a server, in the Qt event loop as one
// QSocketNotifier: the event dispatcher polls one descriptor, not one per connection.
//
// A pass reads the connections that are ready, then writes, in one system call each, every
// connection that was given output during the pass (or since the last pass, when the output
// came from elsewhere: a timer, the monitor). Connections that cannot take more wait for
// EPOLLOUT, and only while they do. Output that may wait (Transport::Urgency::MayWait) is
// written a moment after the first of it, together with all that came meanwhile; the moment
// grows with the time such a deferred pass takes, so that writing it (one write per connection)
// takes at most a third of the loop's time however many connections there are.
class EpollLoop : public QObject
{
    Q_OBJECT

public:
    // How long output may wait: long enough for a burst of registrations to share writes, too
    // short for a person to see. Under load, twice what the last deferred pass took, up to
    // MaxDeferMSecs.
    static constexpr int DefaultDeferMSecs = 25;
    static constexpr int MaxDeferMSecs = 1000;

    explicit EpollLoop(int deferMSecs = DefaultDeferMSecs, QObject *parent = nullptr);
    ~EpollLoop() override;

    // False if the kernel gave no epoll instance (errorString() says why).
    bool isValid() const { return m_epoll >= 0; }
    QString errorString() const { return m_errorString; }

private:
    friend class TcpTransport;

    // A line in the write queues of this loop's connections: one reference to the bytes, which
    // QByteArray counts atomically, and a plain count of the queues that hold it. Adding a
    // recipient is an increment that nothing waits for; an atomic one would make the processor
    // wait, at every recipient of a fan-out, for the store into the last recipient's queue.
    struct Line
    {
        QByteArray bytes;
        int holders = 0;
    };

    // Bytes one read takes; read() hands them to one receiver at a time.
    static constexpr qsizetype ReadBufferBytes = 64 * 1024;
    // Bytes of small queued lines gathered into one block for one write.
    static constexpr qsizetype GatherBufferBytes = 256 * 1024;
    static constexpr int MaxEvents = 256;

    // For TcpTransport: the epoll set, and the end-of-pass work.
    bool watch(int descriptor, quint32 events, TcpTransport *transport);
    bool rewatch(int descriptor, quint32 events, TcpTransport *transport);
    void unwatch(int descriptor);
    // `transport` has output to write, or its end to report, at the end of the pass.
    void schedule(TcpTransport *transport);
    // `transport` has output that may wait: it is written by the next deferred pass, unless
    // it is scheduled before.
    void defer(TcpTransport *transport);
    // `transport` is being destroyed: no event or scheduled work may reach it.
    void forget(TcpTransport *transport);
    char *readBuffer() { return m_readBuffer.get(); }
    char *gatherBuffer() { return m_gatherBuffer.get(); }
    // Storage for a write queue: one a connection gave back, else a new one. A busy server
    // reuses the same few pass after pass, and an idle connection holds none.
    std::vector<Line *> takeQueue();
    void giveBackQueue(std::vector<Line *> &&queue);
    // The Line for `bytes`, with one more holder: the one that the last call gave when it is for
    // the same bytes, as every call of a fan-out is.
    Line *hold(const QByteArray &bytes);
    void release(Line *line);

    void dispatch();
    void finishPass();
    void runPostedPass();
    void runDeferredPass();

    int m_epoll = -1;
    QString m_errorString;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<char[]> m_readBuffer;
    std::unique_ptr<char[]> m_gatherBuffer;
    epoll_event m_events[MaxEvents];
    int m_ready = 0; // events of the pass being dispatched
    int m_next = 0; // the next of them to dispatch
    std::vector<TcpTransport *> m_scheduled; // null where one was forgotten
    std::vector<TcpTransport *> m_deferred; // null where one was scheduled or forgotten
    QTimer m_deferTimer;
    const int m_deferMSecs;
    std::vector<std::vector<Line *>> m_spareQueues; // empty, with their capacity
    Line *m_lastHeld = nullptr;
    std::vector<std::unique_ptr<Line>> m_spareLines;
    bool m_passPosted = false;
    bool m_inPass = false;
};

} // namespace Chinwag
