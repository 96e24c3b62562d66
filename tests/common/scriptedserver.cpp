// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            if (m_peer)
                m_peer->deleteLater();
            m_peer = socket;
            m_partial.clear();
            connect(socket, &QTcpSocket::readyRead, this, &ScriptedServer::readLines);
        }
    });
}

bool ScriptedServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void ScriptedServer::close()
{
    m_server.close();
    dropClient();
}

bool ScriptedServer::waitForClient()
{
    if (hasClient())
        return true;
    QSignalSpy spy(&m_server, &QTcpServer::newConnection);
    return spy.wait(5000) && hasClient();
}

void ScriptedServer::write(const QByteArray &bytes)
{
    if (m_peer)
        m_peer->write(bytes);
}

void ScriptedServer::dropClient()
{
    if (m_peer) {
        m_peer->abort();
        m_peer->deleteLater();
        m_peer = nullptr;
    }
}

bool ScriptedServer::waitForClientGone()
{
    return QTest::qWaitFor([this] { return !hasClient(); }, 5000);
}

QByteArrayList ScriptedServer::takeLines(qsizetype count)
{
    // The caller compares what came: a timeout shows there.
    (void)QTest::qWaitFor([this, count] { return m_lines.size() >= count; }, 5000);
    return takeLines();
}

void ScriptedServer::readLines()
{
    m_partial += m_peer->readAll();
    qsizetype end;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        QByteArray line = m_partial.left(end);
        if (line.endsWith('\r'))
            line.chop(1);
        m_lines.append(line);
        m_partial.remove(0, end + 1);
    }
}
