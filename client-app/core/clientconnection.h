// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateproblem.h"
#include "connectsettings.h"
#include "reconnectbackoff.h"
#include "trustedcertificates.h"

#include <command.h>
#include <protocolerror.h>
#include <serverline.h>

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Chinwag {

class CommandTracker;
class ServerConnection;

// The life of a chat user's connection to a server: opens it (over TLS, a certificate that
// cannot be verified is put to the user unless they trusted that very one for that server and
// it is within its dates), registers once the server says HELLO (PASS, then NAME for a guest,
// SIGNIN or SIGNUP for an account), notes what the server's SUPPORTS line offers, answers the
// server's PING, asks a silent server whether it is there, and after a lost connection connects
// again with backoff and registers the same way (an account made with SIGNUP is signed in to
// with SIGNIN). The commands written on it wait for their replies in its CommandTracker; what
// the server says besides is handed on as eventReceived().
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected, // not connected, and not trying to
        Connecting, // opening the connection
        Registering, // connected, waiting for the name to be accepted
        Online, // registered: messages go out
        WaitingToReconnect, // the connection was lost or could not be made; trying again soon
    };
    Q_ENUM(State)

    // What the server's SUPPORTS line says of accounts.
    enum class Accounts {
        Unknown, // not said (yet)
        None, // no accounts: guests only
        Optional, // guests and accounts
        Required, // accounts only
    };
    Q_ENUM(Accounts)

    // How a connection ended, for what was waiting on it: whether another follows by itself.
    enum class Ending {
        Replaced, // the user connects again, perhaps elsewhere
        ClosedByUser,
        Cancelled, // the user stopped the attempts to reconnect
        Lost, // another attempt follows
        LostForGood, // the server said not to come back (BYE KICKED, BYE BAD_PASSWORD)
        // The server holds the name for the lost connection, or is too busy to check a password
        // (BUSY); another attempt follows.
        TryAgainSoon,
        CertificateRefused, // the user did not trust the server's certificate
        PasswordRefused,
        NameRefused,
        SignInRefused, // SIGNIN or SIGNUP was refused
    };
    Q_ENUM(Ending)

    explicit ClientConnection(QObject *parent = nullptr);
    ~ClientConnection() override;

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    const ConnectSettings &settings() const { return m_settings; }
    // The name as the server spells it once registered; before, the name asked for.
    QString name() const { return m_name; }
    // The longest line the server takes, from its HELLO.
    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    // Why the last connection ended, or could not be made; empty while all is well.
    QString disconnectReason() const { return m_disconnectReason; }
    CommandTracker *tracker() const { return m_tracker; }
    // Whether the user is (or was last) signed in to an account rather than a guest.
    bool isAccount() const { return m_account; }
    // What the server last said of accounts.
    Accounts accounts() const { return m_accounts; }

    void setBackoff(const ReconnectBackoff &backoff) { m_backoff = backoff; }
    // Where the certificates the user trusted are kept; by default, in memory only.
    void setTrustedCertificates(TrustedCertificates *trusted) { m_trust = trusted; }
    // How long the server may stay silent before it is asked whether it is there, and how long
    // it then has to answer; and how long connecting and registering may take.
    void setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds answer,
                     std::chrono::milliseconds connect);

    void open(const ConnectSettings &settings);
    // Says goodbye and stops.
    void close();
    // Stops trying to reconnect.
    void cancelReconnect();
    void reconnectNow();
    // The answer to certificateNeedsTrust(): trust the certificate for this server from now on
    // and connect again, or leave the connection closed.
    void trustCertificate();
    void distrustCertificate();
    // The account's password changed: the next sign-in gives the new one.
    void setAccountPassword(const QString &password) { m_settings.accountPassword = password; }

    // Writes a command that waits in tracker() for its reply; a message's carries its local id.
    void write(const Command &command, quint64 localId = 0);

Q_SIGNALS:
    void stateChanged(Chinwag::ClientConnection::State state);
    // The name was accepted: online, and nothing written yet on this connection but the
    // sign-in.
    void signedIn(const QString &name);
    // The server refused the name, the sign-in or the new account when connecting: the
    // connection is given up.
    void registrationRefused(const Chinwag::ProtocolError &error);
    // The server wants a password (PASSWORD_REQUIRED), or another (BAD_PASSWORD): the
    // connection is given up, and not tried again with the same password.
    void passwordRefused(const Chinwag::ProtocolError &error);
    void certificateNeedsTrust(const Chinwag::CertificateProblem &problem);
    void nameChanged(const QString &oldName, const QString &newName);
    // The server's SUPPORTS line said what it offers.
    void accountsChanged(Chinwag::ClientConnection::Accounts accounts);

    // A line that is neither part of the connection's life nor a reply: an event to tell.
    void eventReceived(const Chinwag::ServerLine &line);
    // The replies to the commands of others than the connection itself.
    void commandAnswered(const Chinwag::Command &command, quint64 localId,
                         const Chinwag::ServerLine &reply);
    void commandRefused(const Chinwag::Command &command, quint64 localId,
                        const Chinwag::ProtocolError &error);

    // The server said why it closes the connection (BYE), before it does.
    void disconnectedByServer(const Chinwag::ProtocolError &reason);
    // The connection is over, or what waited for it will not go: `unanswered` are the local
    // ids of the messages written on it that the server did not confirm, oldest first.
    void ended(Chinwag::ClientConnection::Ending how, const QList<quint64> &unanswered);
    // The connection ended, or could not be made, without the user asking.
    void connectionLost(const QString &reason);
    void reconnectScheduled(std::chrono::milliseconds delay);

private:
    void setState(State state);
    void openConnection();
    void end(Ending how);
    void handleOpened();
    void handleClosed(const QString &reason);
    void handleUnverifiedCertificate(const QSslCertificate &certificate,
                                     const QList<QSslError> &errors);
    void handleSilence();
    void handleLine(const ServerLine &line);
    void handleBadLine(const QByteArray &line, const ProtocolError &error);
    void handleAnswer(const Command &command, quint64 localId, const ServerLine &reply);
    void handleRefusal(const Command &command, quint64 localId, const ProtocolError &error);
    void handleNameAccepted(const QString &name, bool account);
    void handleSupports(const QStringList &tokens);
    void writeRegistration();
    void handleRegistrationRefused(const ProtocolError &error);
    void scheduleReconnect(const QString &reason, std::chrono::milliseconds delay);
    void restartWatchdog();

    ServerConnection *m_connection;
    CommandTracker *m_tracker;
    ConnectSettings m_settings;
    QString m_name;
    State m_state = State::Disconnected;
    qsizetype m_maxLineBytes;
    QString m_disconnectReason;
    std::optional<ProtocolError> m_bye;
    TrustedCertificates m_ownTrust;
    TrustedCertificates *m_trust = &m_ownTrust;
    // The certificate this connection failed on, until the user decides.
    std::optional<CertificateProblem> m_certificateProblem;
    // The out-of-date certificate the user chose to connect to anyway, by fingerprint.
    QByteArray m_acceptedOutOfDate;
    bool m_registeredBefore = false; // this name was accepted on this server earlier
    bool m_account = false;
    Accounts m_accounts = Accounts::Unknown;

    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    bool m_pinged = false;
    std::chrono::milliseconds m_idleTimeout;
    std::chrono::milliseconds m_answerTimeout;
    std::chrono::milliseconds m_connectTimeout;
};

} // namespace Chinwag
