// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisserver.h"

#include "freeport.h"

#include <QStandardPaths>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace Chinwag {

namespace {

// A port taken by another program between freeTcpPort() and the server's bind is retried.
constexpr int PortAttempts = 3;

} // namespace

RedisServer::RedisServer() : m_directory(QDir::tempPath() + u"/chinwag-redis-XXXXXX"_s) { }

bool RedisServer::start()
{
    if (m_port != 0)
        return startOn(m_port);
    for (int attempt = 0; attempt < PortAttempts; ++attempt) {
        const quint16 port = freeTcpPort();
        if (port != 0 && startOn(port)) {
            m_port = port;
            return true;
        }
    }
    return false;
}

bool RedisServer::startOn(quint16 port)
{
    m_error.clear();
    if (!m_directory.isValid()) {
        m_error = u"no temporary directory: "_s + m_directory.errorString();
        return false;
    }
    const QString program = QStandardPaths::findExecutable(u"redis-server"_s);
    if (program.isEmpty()) {
        m_error = u"redis-server is not installed (scripts/deps.sh installs it)"_s;
        return false;
    }
    const QStringList arguments{
        u"--port"_s,       QString::number(port),
        u"--bind"_s,       u"127.0.0.1"_s,
        u"--dir"_s,        m_directory.path(),
        u"--save"_s,       u""_s,
        u"--appendonly"_s, u"no"_s,
        u"--daemonize"_s,  u"no"_s,
        u"--logfile"_s,    u""_s,
        u"--databases"_s,  u"1"_s,
    };
    if (!m_process.start(program, arguments, TimeoutMs)
        || !m_process.waitForOutput(u"Ready to accept connections"_s, TimeoutMs)) {
        m_error = u"redis-server did not start on port %1:\n%2"_s.arg(port).arg(m_process.output());
        m_process.kill();
        return false;
    }
    return true;
}

bool RedisServer::stop()
{
    return m_process.stop(SIGTERM, TimeoutMs);
}

void RedisServer::kill()
{
    m_process.kill();
}

QString RedisServer::url() const
{
    return u"redis://127.0.0.1:%1"_s.arg(m_port);
}

} // namespace Chinwag
