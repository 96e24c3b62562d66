// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadgenerator.h"

#include "dialect.h"
#include "clocks.h"
#include "payload.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <arpa/inet.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

// One read takes what a busy socket holds after a pass; a socket that fills it is read again, a
// few times, before the others get their turn.
constexpr qsizetype ReadBufferBytes = 256 * 1024;
constexpr int ReadsPerTurn = 4;
constexpr int MaxEvents = 512;
// Group setup commands from client 0 that may wait for their answer at one time.
constexpr int SetupCommandsInFlight = 32;
constexpr qint64 MaxPassNs = 100'000'000;

qint64 toNs(double seconds)
{
    return qint64(seconds * 1e9);
}

double toSeconds(qint64 ns)
{
    return double(ns) / 1e9;
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

LoadGenerator::LoadGenerator(const BenchOptions &options, Dialect &dialect)
    : m_options(options),
      m_dialect(dialect),
      m_server(options.serverPid),
      m_clients(size_t(options.clients)),
      m_readBuffer(size_t(ReadBufferBytes))
{
    m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    m_address.sin_family = AF_INET;
    m_address.sin_port = htons(options.port);
    if (inet_pton(AF_INET, options.host.constData(), &m_address.sin_addr) != 1)
        fail(u"%1 is not an IPv4 address"_s.arg(QString::fromLatin1(options.host)));
    if (m_epollFd < 0)
        fail(u"epoll: %1"_s.arg(errorText(errno)));

    m_result.dialect = dialect.name();
    m_result.mode = dialect.name() == "irc" ? "channel" : options.group ? "group" : "broadcast";
    m_result.label = options.label;
    m_result.clients = options.clients;
    m_result.senders = options.senders;
    m_result.bytes = std::max(options.bytes, Payload::MinimumBytes);
    m_result.rate = options.rate;
    m_result.window = options.window;
    m_result.stamp = options.arrivalStamps ? "arrival" : "read";
    m_result.connectWindow = options.unpaced ? 0 : options.connectWindow;
}

LoadGenerator::~LoadGenerator()
{
    m_clients.clear();
    if (m_epollFd >= 0)
        close(m_epollFd);
}

BenchResult LoadGenerator::run()
{
    const qint64 startNs = monotonicNs();
    const auto finish = [&] {
        const auto cpu = ProcessProbe::ownCpu();
        m_result.benchUserSeconds = cpu.user;
        m_result.benchSystemSeconds = cpu.system;
        m_result.wallSeconds = toSeconds(monotonicNs() - startNs);
        m_result.serverEndKb = m_server.residentKb();
        m_result.serverPeakKb = m_server.peakResidentKb();
        return m_result;
    };
    if (!m_result.failure.isEmpty())
        return finish();
    const int clients = m_options.clients;
    const qint64 setupDeadline = startNs + toNs(m_options.setupSeconds);
    m_result.serverBaseKb = m_server.residentKb();

    connectMore();
    if (!runUntil([&] { return m_registered == clients; }, setupDeadline)) {
        m_result.registered = m_registered;
        fail(u"%1 of %2 clients registered in %3 s"_s.arg(m_registered)
                     .arg(clients)
                     .arg(m_options.setupSeconds));
        return finish();
    }
    m_result.registerSeconds = toSeconds(m_lastRegisteredNs - startNs);
    const quint64 presence = m_dialect.presenceLines(quint64(clients));
    if (!runUntil([&] { return m_presenceLines >= presence; }, setupDeadline)) {
        fail(u"%1 of %2 presence lines arrived"_s.arg(m_presenceLines).arg(presence));
        return finish();
    }
    m_result.settleSeconds = toSeconds(monotonicNs() - startNs);

    m_result.registered = m_registered;
    m_result.serverSetupKb = m_server.residentKb();
    // Registration alone is measured without senders: no conversation is needed.
    if (m_options.senders == 0)
        return finish();

    m_setup.resize(size_t(clients));
    int setupCommands = 0;
    for (int client = 0; client < clients; ++client) {
        m_setup[size_t(client)].commands = m_dialect.groupSetup(client, clients);
        setupCommands += int(m_setup[size_t(client)].commands.size());
    }
    if (setupCommands > 0) {
        const qint64 groupStartNs = monotonicNs();
        const quint64 membership = m_dialect.membershipLines(clients);
        for (int client = 0; client < clients; ++client)
            sendSetupCommands(client);
        if (!runUntil(
                    [&] { return m_setupDone == setupCommands && m_membershipLines >= membership; },
                    setupDeadline)) {
            fail(u"group setup: %1 of %2 commands answered, %3 of %4 membership lines"_s
                         .arg(m_setupDone)
                         .arg(setupCommands)
                         .arg(m_membershipLines)
                         .arg(membership));
            return finish();
        }
        m_result.groupSeconds = toSeconds(monotonicNs() - groupStartNs);
        m_result.serverSetupKb = m_server.residentKb();
    }

    const QList<int> senders = pickSenders();
    m_ledger = std::make_unique<DeliveryLedger>(clients, senders, m_options.window);
    const qint64 sendStartNs = monotonicNs();
    if (m_options.rate > 0) {
        m_intervalNs = qint64(1e9 * senders.size() / m_options.rate);
        for (int s = 0; s < senders.size(); ++s)
            m_nextDueNs.push_back(sendStartNs + m_intervalNs * s / senders.size());
    }
    const auto never = [] { return false; };
    m_sending = true;
    sendMessages(sendStartNs);
    runUntil(never, sendStartNs + toNs(m_options.warmupSeconds));

    const qint64 measureStartNs = monotonicNs();
    const double benchCpuStart = ProcessProbe::ownCpu().total();
    const double serverCpuStart = m_server.cpuSeconds();
    const double machineStart = ProcessProbe::machineBusySeconds();
    m_measuring = true;
    runUntil(never, measureStartNs + toNs(m_options.durationSeconds));
    m_measuring = false;
    const qint64 measureEndNs = monotonicNs();
    const double measured = toSeconds(measureEndNs - measureStartNs);
    m_result.measuredSeconds = measured;
    const double benchCpu = ProcessProbe::ownCpu().total() - benchCpuStart;
    const double serverCpu = serverCpuStart >= 0 ? m_server.cpuSeconds() - serverCpuStart : 0;
    const double machine = ProcessProbe::machineBusySeconds() - machineStart;
    m_result.benchCpuPercent = 100 * benchCpu / measured;
    if (serverCpuStart >= 0) {
        m_result.serverCpuPercent = 100 * serverCpu / measured;
        if (machineStart >= 0)
            m_result.otherCpuPercent =
                    std::max(0.0, 100 * (machine - benchCpu - serverCpu) / measured);
    }

    m_sending = false;
    const bool acknowledges = m_dialect.acknowledgesMessages();
    m_result.drained = runUntil(
            [&] {
                return m_ledger->outstanding() == 0
                        && (!acknowledges || m_accepted >= m_ledger->sent());
            },
            measureEndNs + toNs(m_options.drainSeconds));
    m_ledger->finish();

    m_result.measuredDeliveries = m_measuredDeliveries;
    m_result.messagesSent = m_ledger->sent();
    m_result.deliveries = m_delivered;
    m_result.p50Ns = m_latency.percentile(0.50);
    m_result.p90Ns = m_latency.percentile(0.90);
    m_result.p99Ns = m_latency.percentile(0.99);
    m_result.maxNs = m_latency.max();
    m_result.lost = m_ledger->lost();
    m_result.duplicates = m_ledger->duplicates();
    m_result.unknown += m_ledger->unknown();
    if (acknowledges)
        m_result.unacknowledged = m_ledger->sent() - std::min(m_accepted, m_ledger->sent());
    return finish();
}

bool LoadGenerator::runUntil(const std::function<bool()> &done, qint64 deadlineNs)
{
    while (m_result.failure.isEmpty()) {
        if (done())
            return true;
        const qint64 now = monotonicNs();
        if (now >= deadlineNs)
            return false;
        qint64 timeout = std::min(deadlineNs - now, MaxPassNs);
        if (const qint64 due = nextDueNs(); due >= 0)
            timeout = std::clamp<qint64>(due - now, 0, timeout);
        pass(timeout);
    }
    return false;
}

void LoadGenerator::pass(qint64 timeoutNs)
{
    epoll_event events[MaxEvents];
    const timespec timeout{ time_t(timeoutNs / 1'000'000'000), long(timeoutNs % 1'000'000'000) };
    const int ready = epoll_pwait2(m_epollFd, events, MaxEvents, &timeout, nullptr);
    if (ready < 0 && errno != EINTR) {
        fail(u"epoll: %1"_s.arg(errorText(errno)));
        return;
    }
    for (int i = 0; i < ready; ++i) {
        const int client = int(events[i].data.u64);
        const uint32_t what = events[i].events;
        if (m_clients[size_t(client)].state() == BenchClient::State::Connecting) {
            onWritable(client);
            continue;
        }
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR))
            readFrom(client);
        if (what & EPOLLOUT)
            flush(client);
    }
    if (m_sending)
        sendMessages(monotonicNs());
}

void LoadGenerator::connectMore()
{
    const int window = m_options.unpaced ? m_options.clients : m_options.connectWindow;
    while (m_connecting < window && m_nextToConnect < m_options.clients) {
        const int client = m_nextToConnect++;
        if (const int error = m_clients[size_t(client)].connectTo(
                    m_address, m_epollFd, quint64(client), m_options.arrivalStamps)) {
            fail(u"connecting client %1: %2"_s.arg(client).arg(errorText(error)));
            return;
        }
        ++m_connecting;
    }
}

void LoadGenerator::onWritable(int client)
{
    BenchClient &c = m_clients[size_t(client)];
    if (const int error = c.finishConnect()) {
        fail(u"connecting client %1: %2"_s.arg(client).arg(errorText(error)));
        return;
    }
    c.queue(m_dialect.onConnected(client));
    flush(client);
}

void LoadGenerator::readFrom(int client)
{
    BenchClient &c = m_clients[size_t(client)];
    for (int turn = 0; turn < ReadsPerTurn; ++turn) {
        qsizetype received = 0;
        qint64 arrivalNs = 0;
        const auto status = c.receive(m_readBuffer.data(), ReadBufferBytes, &received, &arrivalNs);
        if (status == BenchClient::ReadStatus::Empty)
            return;
        if (status == BenchClient::ReadStatus::Closed) {
            fail(u"the server closed the connection of client %1"_s.arg(client));
            return;
        }
        // A line is complete when the segment that ends it arrives, or without arrival stamps,
        // when the read that returns it does: one time for all the lines of a read.
        const qint64 stampNs = arrivalNs != 0 ? arrivalNs : realtimeNs();
        if (m_measuring) {
            ++m_result.measuredReads;
            m_result.measuredReadBytes += quint64(received);
        }
        while (const auto frame = c.framer().next()) {
            if (frame->kind == LineFramer::Frame::Kind::TooLong)
                ++m_result.corrupt;
            else
                onLine(client, frame->line, stampNs);
        }
        if (received < ReadBufferBytes)
            return;
    }
}

void LoadGenerator::onLine(int client, QByteArrayView line, qint64 stampNs)
{
    BenchClient &c = m_clients[size_t(client)];
    const Dialect::Reading reading = m_dialect.read(line);
    switch (reading.event) {
    case Dialect::Event::Delivery:
        onDelivery(client, reading.text, stampNs);
        return;
    case Dialect::Event::Greeted:
        if (c.state() == BenchClient::State::Greeting) {
            c.setState(BenchClient::State::Registering);
            c.queue(m_dialect.onGreeted(client));
            flush(client);
            // Greeted, it has left the server's accept queue: the next one may connect.
            --m_connecting;
            connectMore();
        }
        return;
    case Dialect::Event::Registered:
        if (c.state() != BenchClient::State::Registered) {
            // A server that does not greet (IRC) has let the client in when it registers it.
            if (c.state() == BenchClient::State::Greeting) {
                --m_connecting;
                connectMore();
            }
            c.setState(BenchClient::State::Registered);
            ++m_registered;
            m_lastRegisteredNs = monotonicNs();
        }
        return;
    case Dialect::Event::Presence:
        ++m_presenceLines;
        return;
    case Dialect::Event::Membership:
        ++m_membershipLines;
        return;
    case Dialect::Event::SetupDone:
        if (size_t(client) < m_setup.size()) {
            ++m_setupDone;
            ++m_setup[size_t(client)].done;
            sendSetupCommands(client);
        }
        return;
    case Dialect::Event::Accepted:
        ++m_accepted;
        return;
    case Dialect::Event::Ping:
        c.queue(reading.reply);
        flush(client);
        return;
    case Dialect::Event::Refused:
        ++m_result.refused;
        if (m_refusalsShown++ < 5) {
            std::fprintf(stderr, "chinwag-bench: client %d got: %s\n", client,
                         reading.text.toByteArray().constData());
        }
        return;
    case Dialect::Event::Closed:
        fail(u"the server closes client %1: %2"_s.arg(client).arg(QString::fromUtf8(reading.text)));
        return;
    case Dialect::Event::Other:
        return;
    }
}

void LoadGenerator::onDelivery(int client, QByteArrayView text, qint64 stampNs)
{
    const auto payload = Payload::read(text, m_options.bytes);
    if (!payload || !m_ledger) {
        ++m_result.corrupt;
        return;
    }
    if (m_ledger->record(client, payload->sender, payload->sequence)
        != DeliveryLedger::Outcome::Delivered)
        return;
    ++m_delivered;
    if (m_measuring) {
        ++m_measuredDeliveries;
        m_latency.record(stampNs - payload->sentNs);
    }
}

void LoadGenerator::sendSetupCommands(int client)
{
    SetupQueue &setup = m_setup[size_t(client)];
    bool queued = false;
    while (setup.sent < setup.commands.size() && setup.sent - setup.done < SetupCommandsInFlight) {
        m_clients[size_t(client)].queue(setup.commands.at(setup.sent++));
        queued = true;
    }
    if (queued)
        flush(client);
}

void LoadGenerator::sendMessages(qint64 nowNs)
{
    for (int s = 0; s < m_ledger->senders(); ++s) {
        if (m_options.rate <= 0) {
            sendBatch(s, int(m_ledger->room(s)), realtimeNs());
            continue;
        }
        int due = 0;
        for (qint64 &next = m_nextDueNs[size_t(s)]; next <= nowNs; next += m_intervalNs)
            ++due;
        sendBatch(s, due, realtimeNs());
    }
}

void LoadGenerator::sendBatch(int sender, int count, qint64 sentNs)
{
    const int client = m_ledger->clientOf(sender);
    BenchClient &c = m_clients[size_t(client)];
    int sent = 0;
    for (; sent < count && m_ledger->room(sender) > 0; ++sent) {
        const quint32 sequence = m_ledger->send(sender);
        m_text.resize(0);
        Payload{ quint32(sender), sequence, sentNs }.appendTo(m_text, m_options.bytes);
        c.queue(m_dialect.message(m_text));
    }
    m_result.lateSends += quint64(count - sent);
    if (sent > 0)
        flush(client);
}

qint64 LoadGenerator::nextDueNs() const
{
    if (!m_sending || m_nextDueNs.empty())
        return -1;
    return *std::min_element(m_nextDueNs.begin(), m_nextDueNs.end());
}

void LoadGenerator::flush(int client)
{
    if (const int error = m_clients[size_t(client)].flush())
        fail(u"writing to client %1: %2"_s.arg(client).arg(errorText(error)));
}

void LoadGenerator::fail(const QString &why)
{
    if (m_result.failure.isEmpty())
        m_result.failure = why;
}

QList<int> LoadGenerator::pickSenders() const
{
    // Spread over the clients, so that senders are not all among the first registered.
    QList<int> senders;
    for (int s = 0; s < m_options.senders; ++s)
        senders.append(int(qint64(s) * m_options.clients / m_options.senders));
    return senders;
}

} // namespace Chinwag
