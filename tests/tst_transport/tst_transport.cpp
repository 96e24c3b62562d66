// SPDX-License-Identifier: GPL-3.0-or-later
#include "epollloop.h"
#include "tcplistener.h"
#include "tcptransport.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <limits>
#include <memory>

#include <sys/socket.h>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

// What a transport reported, and a hook to act on the bytes as they arrive.
class Recorder : public Transport::Receiver
{
public:
    void bytesReceived(QByteArrayView bytes) override
    {
        received += bytes;
        if (onBytes)
            onBytes(bytes);
    }
    void disconnected() override { ++disconnects; }

    QByteArray received;
    int disconnects = 0;
    std::function<void(QByteArrayView)> onBytes;
};

// One accepted connection: the test's QTcpSocket at one end, a started TcpTransport at the other.
struct Connection
{
    QTcpSocket peer;
    std::unique_ptr<TcpTransport> transport;
    Recorder recorder;
};

// Numbered lines, so that a byte out of place shows.
QByteArray numberedLines(int first, int count, qsizetype lineBytes)
{
    QByteArray bytes;
    bytes.reserve(count * lineBytes);
    for (int i = first; i < first + count; ++i) {
        QByteArray line = QByteArray::number(i) + ' ';
        line.append(lineBytes - line.size() - 1, 'x');
        bytes += line + '\n';
    }
    return bytes;
}

constexpr auto Now = Transport::Urgency::Now;
constexpr auto MayWait = Transport::Urgency::MayWait;

// More than the kernel's send and receive buffers of a loopback connection hold together.
constexpr int ManyLines = 32 * 1024;
constexpr qsizetype LineBytes = 1024;
constexpr int TimeoutMs = 20000;

// Reads from `socket` until `count` bytes came, or time ran out: the caller compares what came.
QByteArray readBytes(QTcpSocket &socket, qsizetype count)
{
    QByteArray bytes;
    static_cast<void>(QTest::qWaitFor(
            [&] {
                bytes += socket.readAll();
                return bytes.size() >= count;
            },
            TimeoutMs));
    return bytes;
}

} // namespace

// TcpTransport and EpollLoop over real sockets on 127.0.0.1: order, partial writes to a slow
// reader, closing after the last write, a peer that vanishes, pausing, and reporting.
class tst_Transport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bytesArriveAndWritesKeepTheirOrder();
    void oneLineWrittenToManyConnections();
    void partialWritesReachASlowReader();
    void closeAfterFlushDeliversEverything();
    void peerVanishingWhileWritesAreQueued();
    void outputThatMayWaitGoesWithTheNextOrAfterAMoment();
    void pausedReadingWaitsUntilResumed();
    void abortIsReportedFromTheEventLoop();
    void peerClosingItsSideStillGetsItsReplies();
    void destroyedWithOutputQueued();
    void peerAddressAndPort();

private:
    std::unique_ptr<Connection> connectOne() { return connectOne(*m_loop); }
    std::unique_ptr<Connection> connectOne(EpollLoop &loop);
    // Waits for a pass of the loop that began after this call: whatever was scheduled before
    // has run by then.
    void passOnce();

    std::unique_ptr<EpollLoop> m_loop;
    std::unique_ptr<TcpListener> m_listener;
};

void tst_Transport::init()
{
    // Output that may wait waits until something urgent takes it along: no test depends on
    // how long a pass takes.
    m_loop = std::make_unique<EpollLoop>(std::numeric_limits<int>::max());
    QVERIFY(m_loop->isValid());
    m_listener = std::make_unique<TcpListener>();
    QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
}

void tst_Transport::cleanup()
{
    m_listener.reset();
    m_loop.reset();
}

std::unique_ptr<Connection> tst_Transport::connectOne(EpollLoop &loop)
{
    auto connection = std::make_unique<Connection>();
    QSignalSpy accepted(m_listener.get(), &TcpListener::connectionAccepted);
    connection->peer.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    if (!accepted.wait(TimeoutMs) || !QTest::qWaitFor([&] {
            return connection->peer.state() == QAbstractSocket::ConnectedState;
        })) {
        return nullptr;
    }
    connection->transport =
            std::make_unique<TcpTransport>(accepted.first().first().value<qintptr>(), loop);
    connection->transport->start(connection->recorder);
    return connection;
}

void tst_Transport::passOnce()
{
    const auto witness = connectOne();
    QVERIFY(witness);
    witness->transport->write("pass\n", Now);
    QCOMPARE(readBytes(witness->peer, 5), "pass\n");
}

void tst_Transport::bytesArriveAndWritesKeepTheirOrder()
{
    const auto c = connectOne();
    QVERIFY(c);
    c->peer.write("NAME anna\r\nMSGALL hi\n");
    QTRY_COMPARE(c->recorder.received, "NAME anna\r\nMSGALL hi\n");

    // Many writes in one pass, shared and not, leave in the order they were given.
    const QByteArray shared = "MSG * bob 1 2026-11-25T12:00:00.123Z hello\n"_ba;
    QByteArray expected;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray own = "OK " + QByteArray::number(i) + '\n';
        c->transport->write(own, Now);
        c->transport->write(shared, Now);
        expected += own + shared;
    }
    QCOMPARE(c->transport->queuedBytes(), expected.size());
    QCOMPARE(readBytes(c->peer, expected.size()), expected);
    QCOMPARE(c->transport->queuedBytes(), 0);
    QCOMPARE(c->recorder.disconnects, 0);
}

void tst_Transport::oneLineWrittenToManyConnections()
{
    std::vector<std::unique_ptr<Connection>> connections;
    for (int i = 0; i < 20; ++i) {
        connections.push_back(connectOne());
        QVERIFY(connections.back());
    }
    // Allocated, unlike a literal, so that its references can be counted.
    const QByteArray line = QByteArray("JOINED anna\n");
    for (const auto &c : connections)
        c->transport->write(line, Now);
    // Each connection holds a reference to the one line, not a copy of it.
    QVERIFY(!line.isDetached());
    for (const auto &c : connections)
        QCOMPARE(readBytes(c->peer, line.size()), line);
    // Written everywhere, the line is referenced by nobody else.
    QVERIFY(line.isDetached());
}

void tst_Transport::partialWritesReachASlowReader()
{
    const auto c = connectOne();
    QVERIFY(c);
    // The reader takes nothing out of the kernel for now.
    c->peer.setReadBufferSize(1);
    // Lines short enough to be gathered into one segment, with a long block among them that is
    // sent from where it is.
    QByteArray expected;
    for (int i = 0; i < ManyLines; ++i) {
        const QByteArray line = numberedLines(i, 1, LineBytes);
        c->transport->write(line, Now);
        expected += line;
        if (i == ManyLines / 2) {
            const QByteArray block = numberedLines(ManyLines, 64, LineBytes);
            c->transport->write(block, Now);
            expected += block;
        }
    }
    // The kernel takes part of it; the rest waits in the queue, from where it was cut.
    QTRY_VERIFY(c->transport->queuedBytes() > 0 && c->transport->queuedBytes() < expected.size());
    const QByteArray last = numberedLines(ManyLines + 64, 16, LineBytes);
    c->transport->write(last, Now);
    expected += last;
    QVERIFY(c->transport->queuedBytes() > last.size());

    c->peer.setReadBufferSize(0);
    const QByteArray got = readBytes(c->peer, expected.size());
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(c->transport->queuedBytes(), 0);
    QCOMPARE(c->recorder.disconnects, 0);
}

void tst_Transport::closeAfterFlushDeliversEverything()
{
    const auto c = connectOne();
    QVERIFY(c);
    c->peer.setReadBufferSize(1);
    const QByteArray bytes = numberedLines(0, ManyLines, LineBytes) + "BYE CLOSED Goodbye\n";
    c->transport->write(bytes, Now);
    c->transport->closeAfterFlush();
    // Closing, the transport takes no more writes, and reads nothing for its receiver.
    c->transport->write("after the end\n", Now);
    c->peer.write("CLOSE\n");
    QTRY_VERIFY(c->transport->queuedBytes() < bytes.size());

    c->peer.setReadBufferSize(0);
    const QByteArray got = readBytes(c->peer, bytes.size());
    QCOMPARE(got.size(), bytes.size());
    QVERIFY(got == bytes);
    // The transport shut its side down after the last byte; the peer's close ends it.
    QTRY_COMPARE(c->peer.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(c->recorder.disconnects, 1);
    QCOMPARE(c->recorder.received, QByteArray());
}

void tst_Transport::peerVanishingWhileWritesAreQueued()
{
    const auto c = connectOne();
    QVERIFY(c);
    c->peer.setReadBufferSize(1);
    c->transport->write(numberedLines(0, ManyLines, LineBytes), Now);
    QTRY_VERIFY(c->transport->queuedBytes() > 0);
    c->peer.abort();
    QTRY_COMPARE(c->recorder.disconnects, 1);
    QCOMPARE(c->transport->queuedBytes(), 0);
    c->transport->write("into the void\n", Now);
    QCOMPARE(c->transport->queuedBytes(), 0);
    c->transport->closeAfterFlush();
    c->transport->abort();
    passOnce();
    QCOMPARE(c->recorder.disconnects, 1);
}

void tst_Transport::outputThatMayWaitGoesWithTheNextOrAfterAMoment()
{
    const auto c = connectOne();
    QVERIFY(c);
    c->transport->write("JOINED anna\n", MayWait);
    c->transport->write("LEFT bob quit\n", MayWait);
    // A pass goes by, and what may wait still waits.
    passOnce();
    QCOMPARE(c->peer.bytesAvailable(), 0);
    QCOMPARE(c->transport->queuedBytes(), 26);
    // Something urgent takes it along, in order.
    c->transport->write("MSG * anna 1 2026-11-25T12:00:00.123Z hi\n", Now);
    c->transport->write("JOINED carol\n", MayWait);
    QCOMPARE(readBytes(c->peer, 80),
             "JOINED anna\nLEFT bob quit\nMSG * anna 1 2026-11-25T12:00:00.123Z hi\n"
             "JOINED carol\n");
    QCOMPARE(c->transport->queuedBytes(), 0);

    // Alone, it leaves after a moment.
    EpollLoop quick(1);
    const auto d = connectOne(quick);
    QVERIFY(d);
    d->transport->write("JOINED dora\n", MayWait);
    QCOMPARE(readBytes(d->peer, 12), "JOINED dora\n");
    QCOMPARE(d->transport->queuedBytes(), 0);
}

void tst_Transport::pausedReadingWaitsUntilResumed()
{
    const auto paused = connectOne();
    const auto witness = connectOne();
    QVERIFY(paused && witness);
    paused->transport->setReadingPaused(true);
    QVERIFY(paused->transport->isReadingPaused());
    paused->peer.write("MSGALL one\n");
    QVERIFY(paused->peer.flush());
    // Sent later, on another connection: once it is read, the paused one was ready too.
    witness->peer.write("PING\n");
    QVERIFY(witness->peer.flush());
    QTRY_COMPARE(witness->recorder.received, "PING\n");
    QCOMPARE(paused->recorder.received, QByteArray());

    paused->transport->setReadingPaused(false);
    QTRY_COMPARE(paused->recorder.received, "MSGALL one\n");
    QCOMPARE(paused->recorder.disconnects, 0);
}

void tst_Transport::abortIsReportedFromTheEventLoop()
{
    const auto c = connectOne();
    QVERIFY(c);
    c->transport->write("dropped\n", Now);
    c->transport->abort();
    QCOMPARE(c->recorder.disconnects, 0);
    QCOMPARE(c->transport->queuedBytes(), 0);
    QTRY_COMPARE(c->recorder.disconnects, 1);
    QTRY_COMPARE(c->peer.state(), QAbstractSocket::UnconnectedState);
    c->transport->abort();
    c->transport->closeAfterFlush();
    passOnce();
    QCOMPARE(c->recorder.disconnects, 1);
}

void tst_Transport::peerClosingItsSideStillGetsItsReplies()
{
    const auto c = connectOne();
    QVERIFY(c);
    c->recorder.onBytes = [&c](QByteArrayView) { c->transport->write("OK MSGALL 1\n", Now); };
    c->peer.write("MSGALL last words\n");
    QVERIFY(c->peer.flush());
    // Like `nc -N`: the client says it has nothing more to send, and reads on.
    QCOMPARE(::shutdown(int(c->peer.socketDescriptor()), SHUT_WR), 0);
    QCOMPARE(readBytes(c->peer, 12), "OK MSGALL 1\n");
    QTRY_COMPARE(c->recorder.disconnects, 1);
    QCOMPARE(c->recorder.received, "MSGALL last words\n");
    QTRY_COMPARE(c->peer.state(), QAbstractSocket::UnconnectedState);
}

void tst_Transport::destroyedWithOutputQueued()
{
    const auto c = connectOne();
    const auto other = connectOne();
    QVERIFY(c && other);
    c->transport->write("never written\n", Now);
    c->transport->abort();
    c->transport.reset();
    // The pass that was to write it and report the abort runs without it.
    other->transport->write("still written\n", Now);
    QCOMPARE(readBytes(other->peer, 14), "still written\n");
    QTRY_COMPARE(c->peer.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(c->recorder.disconnects, 0);
}

void tst_Transport::peerAddressAndPort()
{
    const auto c = connectOne();
    QVERIFY(c);
    QCOMPARE(c->transport->peerAddress(), c->peer.localAddress());
    QCOMPARE(c->transport->peerPort(), c->peer.localPort());
}

QTEST_GUILESS_MAIN(tst_Transport)
#include "tst_transport.moc"
