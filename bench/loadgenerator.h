// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchclient.h"
#include "benchoptions.h"
#include "benchresult.h"
#include "deliveryledger.h"
#include "latencyhistogram.h"
#include "processprobe.h"

#include <QByteArrayList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <netinet/in.h>

namespace Chinwag {

class Dialect;

// Drives the clients of one run from one thread: an epoll set over every socket, level-triggered,
// read in large chunks and framed without copies of lines; each pass over the ready sockets is
// followed by one batch of writes per sender. No Qt event loop on this path.
//
// A run goes through its phases in order: connect and register the clients a few at a time, read
// every presence line, make the group, send (warm-up, then the measured window), stop sending and
// wait for every message to arrive, check.
class LoadGenerator
{
public:
    LoadGenerator(const BenchOptions &options, Dialect &dialect);
    ~LoadGenerator();
    LoadGenerator(const LoadGenerator &) = delete;
    LoadGenerator &operator=(const LoadGenerator &) = delete;

    BenchResult run();

private:
    // Runs event-loop passes until `done` or the deadline; false on the deadline or a failure.
    bool runUntil(const std::function<bool()> &done, qint64 deadlineNs);
    void pass(qint64 timeoutNs);
    void connectMore();
    void onWritable(int client);
    void readFrom(int client);
    // `stampNs`: when the line arrived (real-time clock).
    void onLine(int client, QByteArrayView line, qint64 stampNs);
    void onDelivery(int client, QByteArrayView text, qint64 stampNs);
    void sendSetupCommands(int client);
    void sendMessages(qint64 nowNs);
    // `sentNs`: the time stamped in the messages (real-time clock).
    void sendBatch(int sender, int count, qint64 sentNs);
    // When the next fixed-rate message is due, or -1.
    qint64 nextDueNs() const;
    void flush(int client);
    void fail(const QString &why);
    QList<int> pickSenders() const;

    const BenchOptions m_options;
    Dialect &m_dialect;
    ProcessProbe m_server;
    sockaddr_in m_address{};
    int m_epollFd = -1;
    std::vector<BenchClient> m_clients;
    std::vector<char> m_readBuffer;
    QByteArray m_text; // one payload being built, reused
    BenchResult m_result;

    int m_nextToConnect = 0;
    int m_connecting = 0; // connected or connecting, and not yet greeted
    int m_registered = 0;
    qint64 m_lastRegisteredNs = 0;
    quint64 m_presenceLines = 0;
    quint64 m_membershipLines = 0;

    struct SetupQueue
    {
        QByteArrayList commands;
        qsizetype sent = 0;
        qsizetype done = 0;
    };
    std::vector<SetupQueue> m_setup; // per client
    int m_setupDone = 0;

    std::unique_ptr<DeliveryLedger> m_ledger;
    std::vector<qint64> m_nextDueNs; // fixed rate: per sender
    qint64 m_intervalNs = 0;
    bool m_sending = false;
    bool m_measuring = false;
    quint64 m_accepted = 0;
    quint64 m_delivered = 0;
    quint64 m_measuredDeliveries = 0;
    LatencyHistogram m_latency;
    int m_refusalsShown = 0;
};

} // namespace Chinwag
