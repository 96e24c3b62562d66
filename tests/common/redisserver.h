// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceprocess.h"

#include <QString>
#include <QTemporaryDir>

namespace Chinwag {

// A real redis-server (Debian's, from scripts/deps.sh) for a test: on 127.0.0.1 and a free port,
// its files in a temporary directory, nothing saved to disk. The first start picks the port;
// every later one uses the same, so that a test can restart it under its clients. The
// destructor kills it and removes the directory, also when the test failed.
//
//     RedisServer redis;
//     QVERIFY2(redis.start(), qPrintable(redis.errorString()));
//     RedisLink link(RedisUrl::parse(redis.url()));
class RedisServer
{
public:
    static constexpr int TimeoutMs = 15000;

    RedisServer();

    bool start();
    // SIGTERM, then waits for the end: true when it stopped cleanly.
    bool stop();
    // SIGKILL: gone without a goodbye, as a crashed server.
    void kill();
    bool isRunning() const { return m_process.isRunning(); }
    quint16 port() const { return m_port; }
    QString directory() const { return m_directory.path(); }
    // redis://127.0.0.1:<port>
    QString url() const;
    // Why the last start failed, with the server's output.
    QString errorString() const { return m_error; }

private:
    bool startOn(quint16 port);

    QTemporaryDir m_directory;
    ServiceProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Chinwag
