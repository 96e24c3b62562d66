// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "lineframer.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <vector>

namespace Chinwag {

struct Command;

// A test's client of a Chinwag server: a real QTcpSocket whose input is cut into lines by the
// codec's LineFramer and checked by ServerLine::parse. Lines queue up as they arrive; a test
// takes them in order with nextLine(), or skips to one with waitForLine(). Every wait spins the
// event loop and is bounded (DefaultTimeoutMs unless given), so a test never sleeps and never
// hangs. Waits wake on this peer's own signals, never on a timer. A helper returns an empty line or
// false when time runs out, so that the test's own QCOMPARE/QVERIFY says what was missing.
//
//     TestPeer anna;
//     QVERIFY(anna.registerAs(u"anna"_s, server.serverPort())); // connects, reads the welcome
//     anna.send("MSGALL hello");
//     QCOMPARE(TestPeer::masked(anna.nextLine()), "OK MSGALL <id> <time>");
//     QCOMPARE(bob.sync(), QByteArrayList{ "MSG * anna 1 ... hello" }); // all bob got so far
class TestPeer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit TestPeer(QObject *parent = nullptr);

    // Connects and waits until connected.
    bool connectTo(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);
    // Takes the welcome: HELLO, SUPPORTS and the INFO lines.
    bool readWelcome();
    // Connects if needed, reads the welcome, sends NAME and waits for OK NAME.
    bool registerAs(const QString &name, quint16 port = 0);
    // The same with SIGNUP or SIGNIN (`how`), waiting for its OK.
    bool signInAs(Command::Type how, const QString &name, const QString &password,
                  quint16 port = 0);
    // A new peer registered as `name`, or nullptr.
    static std::unique_ptr<TestPeer> registered(const QString &name, quint16 port);
    // New peers registered in the order given, each then past the JOINED lines the later ones
    // caused, so that none has a line pending; empty if one could not register.
    static std::vector<std::unique_ptr<TestPeer>> registeredAll(const QStringList &names,
                                                                quint16 port);

    // Sends one line; `lineEnd` is what a client ends it with ("\n", or "\r\n" as telnet does).
    void send(const QByteArray &line, const QByteArray &lineEnd = "\n");
    void send(const Command &command);
    // Sends bytes as they are.
    void sendRaw(const QByteArray &bytes);

    // The next line, without its ending; empty if none came in time.
    QByteArray nextLine(int timeoutMs = DefaultTimeoutMs);
    // Skips lines up to the first that starts with `prefix`, and returns it (empty if none came).
    QByteArray waitForLine(const QByteArray &prefix, int timeoutMs = DefaultTimeoutMs);
    // Everything the server has sent this peer until now: sends PING with a token of its own
    // and returns the lines that arrived before the PONG. The server answers in order, so what a
    // command of another peer caused, once that peer has had its reply, is in the list.
    QByteArrayList sync(int timeoutMs = DefaultTimeoutMs);
    // Lines received and not yet taken.
    QByteArrayList pendingLines() const { return m_lines; }
    // Waits until at least `count` lines are received and not yet taken.
    bool waitForPendingLines(qsizetype count, int timeoutMs = DefaultTimeoutMs);

    bool isConnected() const;
    bool waitForDisconnected(int timeoutMs = DefaultTimeoutMs);
    QTcpSocket &socket() { return m_socket; }

    // Lines that were not valid server lines (ServerLine::parse refused them), in order.
    QByteArrayList badLines() const { return m_badLines; }

    // The line with each message id and time written as "<id> <time>", for comparing lines
    // whose ids and times cannot be known in advance.
    static QByteArray masked(const QByteArray &line);
    static QByteArrayList masked(const QByteArrayList &lines);

    // Spins the event loop until `done` holds, waking whenever lines arrive or the connection's
    // state changes; false if time runs out first.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = DefaultTimeoutMs);

signals:
    // Lines arrived, or the connection's state changed.
    void changed();

private:
    void readLines();

    QTcpSocket m_socket;
    LineFramer m_framer;
    QByteArrayList m_lines;
    QByteArrayList m_badLines;
    int m_syncCount = 0;
};

} // namespace Chinwag
