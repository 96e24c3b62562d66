// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <command.h>
#include <lineframer.h>
#include <serverline.h>

#include <QObject>

class QTcpSocket;

namespace Chinwag {

// The client's side of one TCP connection: writes commands, and cuts what the server sends into
// lines that the codec parses. It knows nothing of what the lines mean.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    explicit ServerConnection(QObject *parent = nullptr);

    void open(const QString &host, quint16 port);
    // Ends the connection after what was written has gone out.
    void close();
    // Ends it at once, dropping what was not written yet.
    void abort();
    bool isOpen() const;

    void send(const Command &command);

    QString peerDescription() const;

Q_SIGNALS:
    void opened();
    void lineReceived(const Chinwag::ServerLine &line);
    // A line the codec refused: kept apart so that the client can tell a reply it could not
    // read from no reply at all.
    void badLineReceived(const QByteArray &line, const Chinwag::ProtocolError &error);
    // The connection ended, or could not be made, without close() or abort(): why, for a person.
    void closed(const QString &reason);

private:
    void readLines();
    void handleStateChange();

    QTcpSocket *m_socket;
    LineFramer m_framer;
    QString m_error;
    bool m_closing = false;
};

} // namespace Chinwag
