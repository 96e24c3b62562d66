// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchresult.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

QByteArray ms(qint64 ns)
{
    return QByteArray::number(double(ns) / 1e6, 'f', 3);
}

QByteArray fixed(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

// 3 141 592: thin groups are easier to read than a row of digits.
QByteArray grouped(double value)
{
    QByteArray digits = QByteArray::number(qint64(value + 0.5));
    for (qsizetype at = digits.size() - 3; at > (digits.startsWith('-') ? 1 : 0); at -= 3)
        digits.insert(at, ' ');
    return digits;
}

// Other programs using more than this took CPU time that the server or the bench needed.
constexpr double BusyMachinePercent = 15;

QByteArray kb(qint64 value)
{
    return value < 0 ? "?"_ba : grouped(double(value)) + " KiB";
}

} // namespace

bool BenchResult::passed() const
{
    return failure.isEmpty() && lost == 0 && duplicates == 0 && corrupt == 0 && unknown == 0
            && refused == 0 && unacknowledged == 0 && drained;
}

QByteArray BenchResult::report() const
{
    QByteArray r;
    r += "chinwag-bench: " + dialect + ", " + QByteArray::number(clients) + " clients, "
            + QByteArray::number(senders) + " senders, " + mode + ", " + QByteArray::number(bytes)
            + "-byte messages, "
            + (rate > 0 ? grouped(rate) + " messages/s"
                        : "saturate (window "_ba + QByteArray::number(window) + ")")
            + (label.isEmpty() ? QByteArray() : " [" + label.toUtf8() + "]") + "\n";
    if (registered < clients) {
        r += "  registration  only " + QByteArray::number(registered) + " of "
                + QByteArray::number(clients) + " clients registered\n";
    } else {
        r += "  registration  " + fixed(registerSeconds, 3) + " s for "
                + QByteArray::number(clients) + " clients"
                + (connectWindow == 0
                           ? " connecting at once"_ba
                           : ", " + QByteArray::number(connectWindow) + " connecting at a time")
                + " (every presence line read after " + fixed(settleSeconds, 3) + " s)\n";
    }
    if (groupSeconds > 0)
        r += "  group setup   " + fixed(groupSeconds, 3) + " s\n";
    if (senders > 0) {
        r += "  deliveries    " + grouped(deliveriesPerSecond()) + " /s over "
                + fixed(measuredSeconds, 2) + " s (" + grouped(double(measuredDeliveries))
                + " measured; " + grouped(double(messagesSent)) + " messages and "
                + grouped(double(deliveries)) + " deliveries in the whole run)\n";
        if (measuredReads > 0) {
            r += "  reads         " + grouped(double(measuredReads) / measuredSeconds) + " /s, "
                    + fixed(double(measuredDeliveries) / double(measuredReads), 1)
                    + " messages and " + grouped(double(measuredReadBytes) / double(measuredReads))
                    + " bytes a read\n";
        }
        r += "  latency (" + stamp + ") p50 " + ms(p50Ns) + " ms, p90 " + ms(p90Ns) + " ms, p99 "
                + ms(p99Ns) + " ms, max " + ms(maxNs) + " ms\n";
        r += "  check         " + QByteArray::number(lost) + " lost, "
                + QByteArray::number(duplicates) + " duplicated, " + QByteArray::number(corrupt)
                + " corrupt, " + QByteArray::number(unknown) + " unknown, "
                + QByteArray::number(refused) + " refused, " + QByteArray::number(unacknowledged)
                + " unacknowledged" + (drained ? "" : ", NOT DRAINED") + "\n";
        if (rate > 0)
            r += "  late sends    " + QByteArray::number(lateSends) + "\n";
    }
    if (serverSetupKb >= 0) {
        r += "  server RSS    " + kb(serverSetupKb) + " with the clients registered ("
                + kb(serverBaseKb) + " before";
        if (serverBaseKb >= 0 && clients > 0)
            r += ", " + fixed(double(serverSetupKb - serverBaseKb) / clients, 1) + " KiB a client";
        r += "), " + kb(serverEndKb) + " at the end, peak " + kb(serverPeakKb) + "\n";
    }
    if (serverCpuPercent >= 0)
        r += "  server CPU    " + fixed(serverCpuPercent, 0) + " % of one core while measured\n";
    r += "  bench CPU     ";
    if (benchCpuPercent >= 0)
        r += fixed(benchCpuPercent, 0) + " % of one core while measured; ";
    r += fixed(benchUserSeconds, 2) + " s user + " + fixed(benchSystemSeconds, 2) + " s system in "
            + fixed(wallSeconds, 2) + " s\n";
    if (otherCpuPercent >= 0) {
        r += "  other CPU     " + fixed(otherCpuPercent, 0) + " % of one core while measured"
                + (otherCpuPercent > BusyMachinePercent ? ": the machine was busy, figures are low"
                                                        : "")
                + "\n";
    }
    if (!failure.isEmpty())
        r += "  FAILED        " + failure.toUtf8() + "\n";
    return r;
}

QByteArray BenchResult::resultLine() const
{
    QByteArray r = "RESULT";
    const auto add = [&r](const char *key, const QByteArray &value) {
        r += ' ';
        r += key;
        r += '=';
        r += value;
    };
    QByteArray safeLabel = label.toUtf8();
    safeLabel.replace(' ', '_');
    add("label", safeLabel.isEmpty() ? "-"_ba : safeLabel);
    add("dialect", dialect);
    add("mode", mode);
    add("clients", QByteArray::number(clients));
    add("senders", QByteArray::number(senders));
    add("bytes", QByteArray::number(bytes));
    add("rate", fixed(rate, 0));
    add("window", QByteArray::number(window));
    add("stamp", stamp);
    add("connect", connectWindow == 0 ? "unpaced"_ba : QByteArray::number(connectWindow));
    add("ok", passed() ? "1" : "0");
    add("registered", QByteArray::number(registered));
    add("register_s", fixed(registerSeconds, 3));
    add("settle_s", fixed(settleSeconds, 3));
    add("group_s", fixed(groupSeconds, 3));
    add("deliveries_per_s", fixed(deliveriesPerSecond(), 0));
    add("measured_s", fixed(measuredSeconds, 3));
    add("messages", QByteArray::number(messagesSent));
    add("deliveries", QByteArray::number(deliveries));
    add("reads", QByteArray::number(measuredReads));
    add("read_bytes", QByteArray::number(measuredReadBytes));
    add("p50_ms", ms(p50Ns));
    add("p90_ms", ms(p90Ns));
    add("p99_ms", ms(p99Ns));
    add("max_ms", ms(maxNs));
    add("lost", QByteArray::number(lost));
    add("duplicates", QByteArray::number(duplicates));
    add("corrupt", QByteArray::number(corrupt));
    add("unknown", QByteArray::number(unknown));
    add("refused", QByteArray::number(refused));
    add("unacknowledged", QByteArray::number(unacknowledged));
    add("late_sends", QByteArray::number(lateSends));
    add("drained", drained ? "1" : "0");
    add("server_base_kb", QByteArray::number(serverBaseKb));
    add("server_setup_kb", QByteArray::number(serverSetupKb));
    add("server_end_kb", QByteArray::number(serverEndKb));
    add("server_peak_kb", QByteArray::number(serverPeakKb));
    add("server_cpu_pct", fixed(serverCpuPercent, 1));
    add("bench_cpu_pct", fixed(benchCpuPercent, 1));
    add("other_cpu_pct", fixed(otherCpuPercent, 1));
    add("bench_user_s", fixed(benchUserSeconds, 3));
    add("bench_sys_s", fixed(benchSystemSeconds, 3));
    add("wall_s", fixed(wallSeconds, 3));
    return r + '\n';
}

} // namespace Chinwag
