// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace Chinwag {

ServerProcess::ServerProcess(const QString &executable) : m_executable(executable)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::start(const QStringList &options)
{
    m_output.clear();
    m_port = 0;
    m_process.start(m_executable,
                    QStringList{ u"--lang"_s, u"en"_s, u"--headless"_s } + options
                            + QStringList{ u"127.0.0.1"_s, u"0"_s });
    if (!m_process.waitForStarted(TimeoutMs))
        return false;
    // The port is whole once its line has ended.
    const QRegularExpression started(u"My server has started on 127\\.0\\.0\\.1:(\\d+)\\r?\\n"_s);
    const QDeadlineTimer deadline(TimeoutMs);
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    QRegularExpressionMatch match;
    while (!(match = started.match(log())).hasMatch()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning
            || !output.wait(int(deadline.remainingTime())))
            return false;
    }
    m_port = match.captured(1).toUShort();
    return m_port != 0;
}

bool ServerProcess::waitForLog(const QString &text, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    while (!log().contains(text)) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning
            || !output.wait(int(deadline.remainingTime())))
            return log().contains(text);
    }
    return true;
}

QString ServerProcess::log()
{
    readOutput();
    return QString::fromUtf8(m_output);
}

bool ServerProcess::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(TimeoutMs))
        return false;
    readOutput();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(TimeoutMs);
    readOutput();
}

void ServerProcess::readOutput()
{
    m_output += m_process.readAll();
}

} // namespace Chinwag
