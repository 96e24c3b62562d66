// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include "freeport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Chinwag {

namespace {

constexpr int PortAttempts = 3;

// Debian keeps the server's programs out of PATH, one folder per major version: 15 in
// bookworm, the newest where another is installed beside it.
QString postgresBinaries()
{
    const QString preferred = u"/usr/lib/postgresql/15/bin"_s;
    if (QFileInfo::exists(preferred + u"/postgres"_s))
        return preferred;
    QStringList versions =
            QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        if (QFileInfo::exists(bin + u"/postgres"_s))
            return bin;
    }
    return {};
}

// Memory rather than disk where the machine has it.
QString parentDirectory()
{
    const QFileInfo shm(u"/dev/shm"_s);
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}

} // namespace

PostgresServer::PostgresServer()
    : m_directory(parentDirectory() + u"/chinwag-pg-XXXXXX"_s),
      m_user(ServiceProcess::unprivilegedUserForRoot())
{
    m_process.setUser(m_user);
}

bool PostgresServer::start()
{
    m_error.clear();
    if (!m_clusterMade && !makeCluster())
        return false;
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

bool PostgresServer::makeCluster()
{
    if (!m_directory.isValid()) {
        m_error = u"no temporary directory: "_s + m_directory.errorString();
        return false;
    }
    m_binaries = postgresBinaries();
    if (m_binaries.isEmpty()) {
        m_error = u"PostgreSQL is not installed in /usr/lib/postgresql (scripts/deps.sh "
                  "installs it)"_s;
        return false;
    }
    // The temporary directory is the root's, mode 0700: the unprivileged user must own it.
    if (m_user
        && ::chown(QFile::encodeName(m_directory.path()).constData(), m_user->uid, m_user->gid)
                != 0) {
        m_error = u"cannot give %1 to the unprivileged user"_s.arg(m_directory.path());
        return false;
    }
    ServiceProcess initdb;
    initdb.setUser(m_user);
    const QStringList arguments{
        u"--pgdata"_s, dataDirectory(), u"--username"_s, userName(),
        u"--auth"_s,   u"trust"_s,      u"--encoding"_s, u"UTF8"_s,
        u"--locale"_s, u"C"_s,          u"--no-sync"_s,  u"--no-instructions"_s,
    };
    if (!initdb.start(m_binaries + u"/initdb"_s, arguments, TimeoutMs)
        || !initdb.waitForExit(TimeoutMs)) {
        m_error = u"initdb failed:\n"_s + initdb.output();
        return false;
    }
    m_clusterMade = true;
    return true;
}

bool PostgresServer::startOn(quint16 port)
{
    const QStringList arguments{
        u"-D"_s, dataDirectory(),
        u"-p"_s, QString::number(port),
        u"-k"_s, socketDirectory(),
        u"-c"_s, u"listen_addresses=127.0.0.1"_s,
        u"-c"_s, u"fsync=off"_s,
        u"-c"_s, u"synchronous_commit=off"_s,
        u"-c"_s, u"full_page_writes=off"_s,
        u"-c"_s, u"max_connections=50"_s,
        u"-c"_s, u"shared_buffers=16MB"_s,
    };
    if (!m_process.start(m_binaries + u"/postgres"_s, arguments, TimeoutMs)
        || !m_process.waitForOutput(u"database system is ready to accept connections"_s,
                                    TimeoutMs)) {
        m_error = u"postgres did not start on port %1:\n%2"_s.arg(port).arg(m_process.output());
        m_process.kill();
        return false;
    }
    return true;
}

bool PostgresServer::stop()
{
    return m_process.stop(SIGINT, TimeoutMs);
}

PostgresServer::~PostgresServer()
{
    kill();
}

void PostgresServer::kill()
{
    m_process.kill();
    killLeftovers();
}

void PostgresServer::killLeftovers() const
{
    // Every process of the cluster works in its data directory (" (deleted)" once removed).
    const QString data = QFileInfo(dataDirectory()).canonicalFilePath();
    if (data.isEmpty())
        return;
    const QStringList processes = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &process : processes) {
        bool isPid = false;
        const int pid = process.toInt(&isPid);
        if (!isPid || pid == ::getpid())
            continue;
        const QString cwd = QFileInfo(u"/proc/%1/cwd"_s.arg(pid)).symLinkTarget();
        if (cwd == data || cwd == data + u" (deleted)"_s)
            ::kill(pid, SIGKILL);
    }
}

QString PostgresServer::socketDirectory() const
{
    return m_directory.path();
}

QString PostgresServer::url() const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(userName(), host()).arg(m_port).arg(databaseName());
}

QString PostgresServer::dataDirectory() const
{
    return m_directory.path() + u"/data"_s;
}

} // namespace Chinwag
