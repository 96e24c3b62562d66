// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A stand-in for the server whose every line the test writes: it listens on 127.0.0.1, takes one
// client at a time and collects the lines the client sends, so that a test can check the exact
// bytes and the client's handling of any line, well formed or not.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject *parent = nullptr);

    // Listens on `port`, or on a free port when it is 0.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const { return m_server.serverPort(); }

    // Waits for the next client; false if none came in time.
    bool waitForClient();
    bool hasClient() const { return m_peer && m_peer->state() == QAbstractSocket::ConnectedState; }
    // Writes bytes as they are; a line needs its own LF.
    void write(const QByteArray &bytes);
    // Ends the current client's connection as a crashed server would.
    void dropClient();
    // Waits until the client has closed its end.
    bool waitForClientGone();

    // Every line the client sent since the last takeLines(), without endings.
    QByteArrayList lines() const { return m_lines; }
    QByteArrayList takeLines() { return std::exchange(m_lines, {}); }
    // Waits until at least `count` lines came (or a while has passed), then takes them all.
    QByteArrayList takeLines(qsizetype count);

private:
    void readLines();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_peer;
    QByteArray m_partial;
    QByteArrayList m_lines;
};
