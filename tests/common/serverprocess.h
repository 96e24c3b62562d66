// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Chinwag {

// The real chinwag-server run headless by a test, in English, on 127.0.0.1 and a free port. Its
// output is collected as it arrives, so that a test can wait for a line of its log.
//
//     ServerProcess server(QStringLiteral(CHINWAG_SERVER_EXECUTABLE));
//     QVERIFY(server.start({ u"--data"_s, file }));
//     TestPeer anna; QVERIFY(anna.registerAs(u"anna"_s, server.port()));
class ServerProcess
{
public:
    static constexpr int TimeoutMs = 10000;

    explicit ServerProcess(const QString &executable);
    // Kills the server if it still runs.
    ~ServerProcess();

    // Starts it with these options and waits until it says where it listens.
    bool start(const QStringList &options);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // Waits until the log has a line containing `text`; false when time runs out.
    bool waitForLog(const QString &text, int timeoutMs = TimeoutMs);
    // Everything it printed so far.
    QString log();
    // SIGTERM, then waits for the end: true when it stopped cleanly with exit code 0.
    bool stop();
    // SIGKILL, then waits for the end.
    void kill();

private:
    void readOutput();

    const QString m_executable;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace Chinwag
