// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircpeer.h"

#include "ircmessage.h"
#include "protocollimits.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>

#include <variant>

namespace Chinwag {

IrcPeer::IrcPeer(QObject *parent) : QObject(parent), m_framer(Irc::MaxLineBytes)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &IrcPeer::readLines);
    connect(&m_socket, &QTcpSocket::stateChanged, this, &IrcPeer::changed);
}

bool IrcPeer::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QSignalSpy changes(this, &IrcPeer::changed);
    while (!done()) {
        if (deadline.hasExpired() || !changes.wait(int(deadline.remainingTime())))
            return done();
    }
    return true;
}

bool IrcPeer::connectTo(quint16 port, const QHostAddress &address)
{
    m_socket.connectToHost(address, port);
    return waitUntil([this] { return isConnected(); });
}

bool IrcPeer::registerAs(const QString &nick, quint16 port, const QByteArray &caps)
{
    if (!isConnected() && !connectTo(port))
        return false;
    if (!caps.isEmpty()) {
        send("CAP LS 302");
        send("CAP REQ :" + caps);
    }
    send("NICK " + nick.toUtf8());
    send("USER " + nick.toUtf8() + " 0 * :" + nick.toUtf8());
    if (!caps.isEmpty()) {
        if (waitForCommand("CAP").isEmpty() || !waitForCommand("CAP").contains(" ACK "))
            return false;
        send("CAP END");
    }
    return !waitForCommand("001").isEmpty() && !waitForCommand("366").isEmpty();
}

void IrcPeer::send(const QByteArray &line)
{
    sendRaw(line + "\r\n");
}

void IrcPeer::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

QByteArray IrcPeer::nextLine(int timeoutMs)
{
    if (!waitUntil([this] { return !m_lines.isEmpty(); }, timeoutMs))
        return {};
    return m_lines.takeFirst();
}

QByteArray IrcPeer::waitForCommand(const QByteArray &command, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QByteArray line = nextLine(int(deadline.remainingTime()));
        if (line.isEmpty())
            return {};
        const auto parsed = IrcMessage::parse(line, IrcMessage::From::Server);
        if (const auto *message = std::get_if<IrcMessage>(&parsed);
            message && message->command == command)
            return line;
    }
    return {};
}

QByteArrayList IrcPeer::sync(int timeoutMs)
{
    const QByteArray token = "sync-" + QByteArray::number(++m_syncCount);
    send("PING " + token);
    QByteArrayList lines;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QByteArray line = nextLine(int(deadline.remainingTime()));
        if (line.isEmpty())
            break;
        if (line.contains(" PONG ") && line.endsWith(" :" + token))
            return lines;
        lines.append(line);
    }
    return lines;
}

bool IrcPeer::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool IrcPeer::waitForDisconnected(int timeoutMs)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                     timeoutMs);
}

QByteArray IrcPeer::masked(const QByteArray &line)
{
    static const QRegularExpression time(
            QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"));
    static const QRegularExpression id(QStringLiteral(R"(msgid=\d+)"));
    static const QRegularExpression created(QStringLiteral(R"(This server was created .*$)"));
    static const QRegularExpression version(QStringLiteral(R"(chinwag-\d+\.\d+\.\d+)"));
    QString text = QString::fromUtf8(line);
    text.replace(time, QStringLiteral("<time>"));
    text.replace(id, QStringLiteral("msgid=<id>"));
    text.replace(created, QStringLiteral("This server was created <created>"));
    text.replace(version, QStringLiteral("chinwag-<version>"));
    return text.toUtf8();
}

void IrcPeer::readLines()
{
    m_framer.append(m_socket.readAll());
    while (const auto frame = m_framer.next()) {
        if (frame->kind == LineFramer::Frame::Kind::Line)
            m_lines.append(frame->line.toByteArray());
    }
    emit changed();
}

} // namespace Chinwag
