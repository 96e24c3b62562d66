// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chinwag {

// A service program run by a test fixture (redis-server, postgres, initdb): its output merged
// and collected as it arrives, every wait bounded. The child gets SIGKILL when the test process
// dies, so that a crashed or timed-out test leaves no server behind. As root it can run the
// program as another user (PostgreSQL refuses root).
class ServiceProcess
{
public:
    struct User
    {
        uint uid = 0;
        uint gid = 0;
    };

    ServiceProcess();
    // Kills the program if it still runs.
    ~ServiceProcess();
    ServiceProcess(const ServiceProcess &) = delete;
    ServiceProcess &operator=(const ServiceProcess &) = delete;

    // The unprivileged user to run services as when the test runs as root ("nobody"), or none
    // when it does not run as root.
    static std::optional<User> unprivilegedUserForRoot();

    void setUser(std::optional<User> user) { m_user = user; }
    bool start(const QString &program, const QStringList &arguments, int timeoutMs);
    // Waits until the output has a line containing `text`; false when time runs out or the
    // program ends first.
    bool waitForOutput(const QString &text, int timeoutMs);
    // Waits for a program that ends by itself: true when it exited with code 0.
    bool waitForExit(int timeoutMs);
    // Sends `signal` and waits for the end: true when it exited with code 0.
    bool stop(int signal, int timeoutMs);
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // Everything it printed since it was last started.
    QString output();

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_output;
    std::optional<User> m_user;
};

} // namespace Chinwag
