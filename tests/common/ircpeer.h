// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineframer.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTcpSocket>

#include <functional>

namespace Chinwag {

// A test's IRC client of the server's IRC port: a real QTcpSocket whose input is cut into lines
// by the codec's LineFramer, as TestPeer does for Chinwag. Lines queue up as they arrive and a
// test takes them in order; every wait spins the event loop and is bounded, and a helper returns
// an empty line or false when time runs out.
//
//     IrcPeer bob;
//     QVERIFY(bob.registerAs(u"bob"_s, server.ircPort())); // NICK, USER, through the welcome
//     bob.send("PRIVMSG ##everyone :hello");
//     QCOMPARE(anna.nextLine(), ...);
class IrcPeer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit IrcPeer(QObject *parent = nullptr);

    bool connectTo(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);
    // Connects if needed, sends NICK and USER (after CAP REQ of `caps` when given) and takes the
    // welcome up to the end of the NAMES of Everyone's channel.
    bool registerAs(const QString &nick, quint16 port = 0, const QByteArray &caps = {});

    // Sends one line with CR LF.
    void send(const QByteArray &line);
    void sendRaw(const QByteArray &bytes);

    // The next line, without its ending; empty if none came in time.
    QByteArray nextLine(int timeoutMs = DefaultTimeoutMs);
    // Skips lines up to the first whose command (or numeric) is `command`, and returns it.
    QByteArray waitForCommand(const QByteArray &command, int timeoutMs = DefaultTimeoutMs);
    // Everything the server has sent until now: sends PING with a token of its own and returns
    // the lines that came before the PONG.
    QByteArrayList sync(int timeoutMs = DefaultTimeoutMs);

    bool isConnected() const;
    bool waitForDisconnected(int timeoutMs = DefaultTimeoutMs);
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = DefaultTimeoutMs);

    // The line with the values of `time` and `msgid` tags, the server's creation date and its
    // version written as <time>, <id>, <created> and <version>.
    static QByteArray masked(const QByteArray &line);

signals:
    void changed();

private:
    void readLines();

    QTcpSocket m_socket;
    LineFramer m_framer;
    QByteArrayList m_lines;
    int m_syncCount = 0;
};

} // namespace Chinwag
