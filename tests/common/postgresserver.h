// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceprocess.h"

#include <QString>
#include <QTemporaryDir>

namespace Chinwag {

// A real PostgreSQL server (Debian's postgresql 15, from scripts/deps.sh) for a test: a new
// cluster made by initdb in a temporary directory (in /dev/shm where it can be, so that making
// and removing its 40 MB never waits for a busy disk), run by `postgres` itself on 127.0.0.1 and
// a free port, with its Unix socket in that directory too. The superuser `chinwag` signs in
// without a password (trust: only this machine can reach it). As root, both run as `nobody`,
// since PostgreSQL refuses root. The first start makes the cluster and picks the port; every
// later one reuses both, so a test can restart it and find its data. Durability is traded for
// speed (fsync off): a kill may lose what was written. The destructor kills the server and
// removes the directory, also when the test failed.
class PostgresServer
{
public:
    static constexpr int TimeoutMs = 30000;

    PostgresServer();
    // Kills the server and whatever of it outlived it, then removes the directory.
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool start();
    // A fast shutdown (SIGINT: clients are disconnected), then waits for the end.
    bool stop();
    // SIGKILL to the postmaster, as a crashed server; then to its children, which PostgreSQL
    // puts in sessions of their own and which would otherwise outlive it.
    void kill();
    bool isRunning() const { return m_process.isRunning(); }
    quint16 port() const { return m_port; }
    QString directory() const { return m_directory.path(); }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    static QString userName() { return QStringLiteral("chinwag"); }
    static QString databaseName() { return QStringLiteral("postgres"); }
    QString socketDirectory() const;
    // postgresql://chinwag@127.0.0.1:<port>/postgres
    QString url() const;
    // Why the last start failed, with the programs' output.
    QString errorString() const { return m_error; }

private:
    bool makeCluster();
    bool startOn(quint16 port);
    QString dataDirectory() const;
    void killLeftovers() const;

    QTemporaryDir m_directory;
    std::optional<ServiceProcess::User> m_user;
    ServiceProcess m_process;
    QString m_binaries;
    quint16 m_port = 0;
    bool m_clusterMade = false;
    QString m_error;
};

} // namespace Chinwag
