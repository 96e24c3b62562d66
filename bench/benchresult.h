// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Chinwag {

// The figures of one run, printed for a person and as one RESULT line of key=value pairs for
// scripts (scripts/bench.sh).
struct BenchResult
{
    QByteArray dialect;
    QByteArray mode; // group, broadcast, channel
    QString label;
    int clients = 0;
    int senders = 0;
    qsizetype bytes = 0;
    double rate = 0; // messages/s asked for; 0: saturate
    quint32 window = 0;
    QByteArray stamp; // where latency ends: arrival or read
    int connectWindow = 0; // clients connecting at once until greeted; 0: all at once (unpaced)

    QString failure; // empty when the run went through

    int registered = 0; // clients registered, all of them unless registration timed out
    double registerSeconds = 0; // first connect to the last client registered
    double settleSeconds = 0; // ... to the last presence line read
    double groupSeconds = 0; // group setup, after registration

    double measuredSeconds = 0;
    quint64 measuredDeliveries = 0;
    // read() calls that returned data, and their bytes, while measured: how many lines the
    // server puts in one write shows whether it coalesces its writes.
    quint64 measuredReads = 0;
    quint64 measuredReadBytes = 0;
    quint64 messagesSent = 0; // in the whole run
    quint64 deliveries = 0; // in the whole run
    qint64 p50Ns = 0, p90Ns = 0, p99Ns = 0, maxNs = 0;
    quint64 lost = 0;
    quint64 duplicates = 0;
    quint64 corrupt = 0; // message lines whose text is not a payload of this run
    quint64 unknown = 0; // payloads naming a message never sent to that client
    quint64 refused = 0; // ERROR lines, IRC error numerics
    quint64 unacknowledged = 0; // messages the server never answered OK
    quint64 lateSends = 0; // fixed rate: sends held back by a full window
    bool drained = true;

    qint64 serverBaseKb = -1; // before the clients connected
    qint64 serverSetupKb = -1; // all clients registered (and grouped)
    qint64 serverEndKb = -1;
    qint64 serverPeakKb = -1;
    double serverCpuPercent = -1; // of one core, while measured

    double benchCpuPercent = -1; // of one core, while measured
    // Of one core, while measured: what all cores did beyond the server and the bench. Other
    // programs on the machine; a few percent are the kernel's own work.
    double otherCpuPercent = -1;
    double benchUserSeconds = 0; // the whole run
    double benchSystemSeconds = 0;
    double wallSeconds = 0;

    double deliveriesPerSecond() const
    {
        return measuredSeconds > 0 ? double(measuredDeliveries) / measuredSeconds : 0;
    }
    bool passed() const;
    QByteArray report() const; // for a person
    QByteArray resultLine() const; // RESULT key=value ...
};

} // namespace Chinwag
