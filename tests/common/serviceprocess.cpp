// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceprocess.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Chinwag {

ServiceProcess::ServiceProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServiceProcess::~ServiceProcess()
{
    if (isRunning())
        kill();
}

std::optional<ServiceProcess::User> ServiceProcess::unprivilegedUserForRoot()
{
    if (::geteuid() != 0)
        return std::nullopt;
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        return std::nullopt;
    return User{ nobody->pw_uid, nobody->pw_gid };
}

bool ServiceProcess::start(const QString &program, const QStringList &arguments, int timeoutMs)
{
    const std::optional<User> user = m_user;
    // Runs in the child between fork and exec: only async-signal-safe calls. The parent-death
    // signal is set after the change of user, which clears it.
    m_process.setChildProcessModifier([user] {
        if (user
            && (::setgroups(0, nullptr) != 0 || ::setgid(user->gid) != 0
                || ::setuid(user->uid) != 0))
            ::_exit(126);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    m_output.clear();
    m_process.start(program, arguments);
    return m_process.waitForStarted(timeoutMs);
}

bool ServiceProcess::waitForOutput(const QString &text, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    while (!this->output().contains(text)) {
        if (deadline.hasExpired() || !isRunning() || !output.wait(int(deadline.remainingTime())))
            return this->output().contains(text);
    }
    return true;
}

bool ServiceProcess::waitForExit(int timeoutMs)
{
    if (isRunning() && !m_process.waitForFinished(timeoutMs)) {
        kill();
        return false;
    }
    readOutput();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

bool ServiceProcess::stop(int signal, int timeoutMs)
{
    if (!isRunning())
        return false;
    ::kill(pid_t(m_process.processId()), signal);
    return waitForExit(timeoutMs);
}

void ServiceProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
    readOutput();
}

QString ServiceProcess::output()
{
    readOutput();
    return QString::fromUtf8(m_output);
}

void ServiceProcess::readOutput()
{
    m_output += m_process.readAll();
}

} // namespace Chinwag
