// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpeer.h"

#include "command.h"
#include "protocollimits.h"
#include "serverline.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>

namespace Chinwag {

TestPeer::TestPeer(QObject *parent) : QObject(parent), m_framer(Protocol::MaxServerLineBytes)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &TestPeer::readLines);
    connect(&m_socket, &QTcpSocket::stateChanged, this, &TestPeer::changed);
}

bool TestPeer::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QSignalSpy changes(this, &TestPeer::changed);
    while (!done()) {
        if (deadline.hasExpired() || !changes.wait(int(deadline.remainingTime())))
            return done();
    }
    return true;
}

bool TestPeer::connectTo(quint16 port, const QHostAddress &address)
{
    m_socket.connectToHost(address, port);
    return waitUntil([this] { return isConnected(); });
}

bool TestPeer::readWelcome()
{
    if (!nextLine().startsWith("HELLO ") || !nextLine().startsWith("SUPPORTS "))
        return false;
    // A heading, then one line per command.
    const qsizetype infoLines = Command::helpLines().size() + 1;
    for (qsizetype i = 0; i < infoLines; ++i) {
        if (!nextLine().startsWith("INFO "))
            return false;
    }
    return true;
}

bool TestPeer::registerAs(const QString &name, quint16 port)
{
    if (!isConnected() && !connectTo(port))
        return false;
    if (!readWelcome())
        return false;
    send(Command::name(name));
    return nextLine() == "OK NAME " + name.toUtf8();
}

bool TestPeer::signInAs(Command::Type how, const QString &name, const QString &password,
                        quint16 port)
{
    if (!isConnected() && !connectTo(port))
        return false;
    if (!readWelcome())
        return false;
    send(how == Command::Type::SignUp ? Command::signUp(name, password)
                                      : Command::signIn(name, password));
    return nextLine() == "OK " + Command::keyword(how) + ' ' + name.toUtf8();
}

std::unique_ptr<TestPeer> TestPeer::registered(const QString &name, quint16 port)
{
    auto peer = std::make_unique<TestPeer>();
    if (!peer->registerAs(name, port))
        return nullptr;
    return peer;
}

std::vector<std::unique_ptr<TestPeer>> TestPeer::registeredAll(const QStringList &names,
                                                               quint16 port)
{
    std::vector<std::unique_ptr<TestPeer>> peers;
    for (const QString &name : names) {
        auto peer = registered(name, port);
        if (!peer)
            return {};
        peers.push_back(std::move(peer));
    }
    for (const auto &peer : peers)
        peer->sync();
    return peers;
}

void TestPeer::send(const QByteArray &line, const QByteArray &lineEnd)
{
    sendRaw(line + lineEnd);
}

void TestPeer::send(const Command &command)
{
    sendRaw(command.encode());
}

void TestPeer::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

QByteArray TestPeer::nextLine(int timeoutMs)
{
    if (!waitUntil([this] { return !m_lines.isEmpty(); }, timeoutMs))
        return {};
    return m_lines.takeFirst();
}

QByteArray TestPeer::waitForLine(const QByteArray &prefix, int timeoutMs)
{
    QByteArray found;
    // On time out, `found` stays empty.
    waitUntil(
            [&] {
                while (!m_lines.isEmpty()) {
                    QByteArray line = m_lines.takeFirst();
                    if (line.startsWith(prefix)) {
                        found = std::move(line);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
    return found;
}

QByteArrayList TestPeer::sync(int timeoutMs)
{
    const QByteArray token = "sync-" + QByteArray::number(++m_syncCount);
    send("PING " + token);
    const QByteArray pong = "PONG " + token;
    QByteArrayList before;
    const bool answered = waitUntil(
            [&] {
                while (!m_lines.isEmpty()) {
                    QByteArray line = m_lines.takeFirst();
                    if (line == pong)
                        return true;
                    before.append(std::move(line));
                }
                return false;
            },
            timeoutMs);
    if (!answered)
        before.append("<no " + pong + ">");
    return before;
}

bool TestPeer::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool TestPeer::waitForDisconnected(int timeoutMs)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                     timeoutMs);
}

bool TestPeer::waitForPendingLines(qsizetype count, int timeoutMs)
{
    return waitUntil([this, count] { return m_lines.size() >= count; }, timeoutMs);
}

QByteArray TestPeer::masked(const QByteArray &line)
{
    static const QRegularExpression idAndTime(
            QStringLiteral(R"( \d+ \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"));
    return QString::fromUtf8(line).replace(idAndTime, QStringLiteral(" <id> <time>")).toUtf8();
}

QByteArrayList TestPeer::masked(const QByteArrayList &lines)
{
    QByteArrayList out;
    out.reserve(lines.size());
    for (const QByteArray &line : lines)
        out.append(masked(line));
    return out;
}

void TestPeer::readLines()
{
    m_framer.append(m_socket.readAll());
    while (const auto frame = m_framer.next()) {
        if (frame->kind == LineFramer::Frame::Kind::TooLong) {
            m_badLines.append("<line too long>");
            continue;
        }
        const QByteArray line = frame->line.toByteArray();
        if (std::holds_alternative<ProtocolError>(ServerLine::parse(line)))
            m_badLines.append(line);
        m_lines.append(line);
    }
    emit changed();
}

} // namespace Chinwag
