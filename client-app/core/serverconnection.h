// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <command.h>
#include <lineframer.h>
#include <serverline.h>

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace Chinwag {

// The client's side of one TCP or TLS connection: writes commands, and cuts what the server sends
// into lines that the codec parses. It knows nothing of what the lines mean.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    explicit ServerConnection(QObject *parent = nullptr);

    // With `tls`, opened() comes once the TLS handshake is done; a certificate that cannot be
    // verified is reported (certificateUnverified) and refused unless ignoreSslErrors() is
    // called from that signal.
    void open(const QString &host, quint16 port, bool tls = false);
    void ignoreSslErrors();
    // Ends the connection after what was written has gone out.
    void close();
    // Ends it at once, dropping what was not written yet.
    void abort();
    bool isOpen() const;

    void send(const Command &command);

    QString peerDescription() const;

Q_SIGNALS:
    void opened();
    // The server's certificate could not be verified: `errors` say why. The connection is
    // refused unless ignoreSslErrors() is called before this returns.
    void certificateUnverified(const QSslCertificate &certificate, const QList<QSslError> &errors);
    void lineReceived(const Chinwag::ServerLine &line);
    // A line the codec refused: kept apart so that the client can tell a reply it could not
    // read from no reply at all.
    void badLineReceived(const QByteArray &line, const Chinwag::ProtocolError &error);
    // The connection ended, or could not be made, without close() or abort(): why, for a person.
    void closed(const QString &reason);

private:
    void readLines();
    void handleStateChange();

    QSslSocket *m_socket;
    LineFramer m_framer;
    QString m_error;
    bool m_closing = false;
};

} // namespace Chinwag
