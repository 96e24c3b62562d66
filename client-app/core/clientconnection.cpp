// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientconnection.h"

#include "clientlog.h"
#include "commandtracker.h"
#include "errormessages.h"
#include "serverconnection.h"

#include <namerules.h>

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using CommandType = Command::Type;

namespace {

// The server answers a PING at once; a connection that stays silent this long after one is dead.
constexpr auto IdleTimeout = 60s;
constexpr auto AnswerTimeout = 20s;
constexpr auto ConnectTimeout = 15s;

// After these the server will only say the same again: trying again needs the user.
bool isFinal(ErrorCode bye)
{
    return bye == ErrorCode::Kicked || bye == ErrorCode::BadPassword
            || bye == ErrorCode::AccountDeleted || bye == ErrorCode::Locked;
}

bool isRegistration(Command::Type type)
{
    return type == CommandType::Name || type == CommandType::SignIn || type == CommandType::SignUp;
}

QString certificateReason(const CertificateProblem &problem)
{
    if (problem.hasChanged())
        return ClientConnection::tr("The server's certificate has changed since you trusted it.");
    switch (problem.dates()) {
    case CertificateProblem::Dates::Expired:
        return ClientConnection::tr("The server's certificate has expired.");
    case CertificateProblem::Dates::NotYetValid:
        return ClientConnection::tr("The server's certificate is not valid yet.");
    case CertificateProblem::Dates::Valid:
        break;
    }
    return ClientConnection::tr("The server's certificate could not be verified.");
}

QList<quint64> messagesAmong(const QList<CommandTracker::Pending> &commands)
{
    QList<quint64> ids;
    for (const CommandTracker::Pending &pending : commands) {
        if (pending.localId != 0)
            ids.append(pending.localId);
    }
    return ids;
}

} // namespace

ClientConnection::ClientConnection(QObject *parent)
    : QObject(parent),
      m_connection(new ServerConnection(this)),
      m_tracker(new CommandTracker(this)),
      m_maxLineBytes(Limits().maxLineBytes),
      m_idleTimeout(IdleTimeout),
      m_answerTimeout(AnswerTimeout),
      m_connectTimeout(ConnectTimeout)
{
    m_reconnectTimer.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ClientConnection::openConnection);
    connect(&m_watchdog, &QTimer::timeout, this, &ClientConnection::handleSilence);
    connect(m_connection, &ServerConnection::opened, this, &ClientConnection::handleOpened);
    connect(m_connection, &ServerConnection::lineReceived, this, &ClientConnection::handleLine);
    connect(m_connection, &ServerConnection::badLineReceived, this,
            &ClientConnection::handleBadLine);
    connect(m_connection, &ServerConnection::closed, this, &ClientConnection::handleClosed);
    connect(m_connection, &ServerConnection::certificateUnverified, this,
            &ClientConnection::handleUnverifiedCertificate);
    connect(m_tracker, &CommandTracker::answered, this, &ClientConnection::handleAnswer);
    connect(m_tracker, &CommandTracker::refused, this, &ClientConnection::handleRefusal);
}

ClientConnection::~ClientConnection()
{
    // Says goodbye to the server, so that the others read "quit" rather than a lost connection.
    if (m_connection->isOpen())
        m_connection->send(Command::close());
    m_connection->close();
}

void ClientConnection::setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds answer,
                                   std::chrono::milliseconds connect)
{
    m_idleTimeout = idle;
    m_answerTimeout = answer;
    m_connectTimeout = connect;
}

void ClientConnection::open(const ConnectSettings &settings)
{
    const bool sameServer = settings.host == m_settings.host && settings.port == m_settings.port;
    m_registeredBefore = m_registeredBefore && sameServer
            && NameRules::key(settings.name) == NameRules::key(m_name);
    if (!sameServer && m_accounts != Accounts::Unknown) {
        m_accounts = Accounts::Unknown;
        Q_EMIT accountsChanged(m_accounts);
    }
    m_settings = settings;
    m_name = settings.name;
    m_backoff.reset();
    m_reconnectTimer.stop();
    end(Ending::Replaced);
    openConnection();
}

void ClientConnection::close()
{
    m_reconnectTimer.stop();
    m_watchdog.stop();
    if (m_connection->isOpen() && (m_state == State::Online || m_state == State::Registering))
        m_connection->send(Command::close());
    m_connection->close();
    m_disconnectReason.clear();
    end(Ending::ClosedByUser);
    setState(State::Disconnected);
}

void ClientConnection::cancelReconnect()
{
    if (m_state == State::Disconnected || m_state == State::Online)
        return;
    m_reconnectTimer.stop();
    m_watchdog.stop();
    m_connection->abort();
    end(Ending::Cancelled);
    setState(State::Disconnected);
}

void ClientConnection::reconnectNow()
{
    if (m_state != State::WaitingToReconnect && m_state != State::Disconnected)
        return;
    if (!m_settings.isComplete())
        return;
    m_reconnectTimer.stop();
    if (m_state == State::Disconnected)
        m_backoff.reset();
    openConnection();
}

void ClientConnection::trustCertificate()
{
    if (!m_certificateProblem)
        return;
    m_trust->trust(m_certificateProblem->host, m_certificateProblem->port,
                   m_certificateProblem->certificate);
    if (m_certificateProblem->isOutOfDate())
        m_acceptedOutOfDate = TrustedCertificates::fingerprintOf(m_certificateProblem->certificate);
    m_certificateProblem.reset();
    m_backoff.reset();
    openConnection();
}

void ClientConnection::distrustCertificate()
{
    if (!m_certificateProblem)
        return;
    m_certificateProblem.reset();
    end(Ending::CertificateRefused);
}

void ClientConnection::write(const Command &command, quint64 localId)
{
    m_connection->send(command);
    m_tracker->track(command, localId);
}

void ClientConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ClientConnection::openConnection()
{
    m_bye.reset();
    m_certificateProblem.reset();
    m_tracker->clear();
    setState(State::Connecting);
    m_connection->open(m_settings.host, m_settings.port, m_settings.tls);
    restartWatchdog();
}

void ClientConnection::end(Ending how)
{
    Q_EMIT ended(how, messagesAmong(m_tracker->clear()));
}

void ClientConnection::handleOpened()
{
    setState(State::Registering);
    restartWatchdog();
}

void ClientConnection::handleClosed(const QString &reason)
{
    m_watchdog.stop();
    if (m_state == State::Disconnected)
        return;
    if (m_certificateProblem) {
        // Not a lost connection: the user decides whether to try again.
        m_reconnectTimer.stop();
        m_disconnectReason = certificateReason(*m_certificateProblem);
        setState(State::Disconnected);
        Q_EMIT certificateNeedsTrust(*m_certificateProblem);
        return;
    }
    m_disconnectReason = m_bye ? ErrorMessages::describeDisconnect(*m_bye) : reason;
    if (m_bye && isFinal(m_bye->code)) {
        m_reconnectTimer.stop();
        end(Ending::LostForGood);
        setState(State::Disconnected);
        return;
    }
    end(Ending::Lost);
    Q_EMIT connectionLost(m_disconnectReason);
    // A server that restarts sends every client away at once: they come back spread out.
    const bool restart = m_bye && m_bye->code == ErrorCode::Shutdown;
    scheduleReconnect(m_disconnectReason, restart ? m_backoff.afterRestart() : m_backoff.next());
}

void ClientConnection::handleUnverifiedCertificate(const QSslCertificate &certificate,
                                                   const QList<QSslError> &errors)
{
    // Trust given once does not cover a certificate out of its dates: the user is told, unless
    // they accepted it so while this connection lives (its reconnections do not ask again).
    const bool outOfDate = CertificateProblem::datesOf(errors) != CertificateProblem::Dates::Valid;
    if (m_trust->isTrusted(m_settings.host, m_settings.port, certificate)
        && (!outOfDate || TrustedCertificates::fingerprintOf(certificate) == m_acceptedOutOfDate)) {
        m_connection->ignoreSslErrors();
        return;
    }
    // The handshake fails when this returns, and handleClosed() asks the user.
    m_certificateProblem =
            CertificateProblem{ m_settings.host, m_settings.port, certificate, errors,
                                m_trust->fingerprint(m_settings.host, m_settings.port) };
}

void ClientConnection::handleSilence()
{
    if (m_state == State::Online && !m_pinged) {
        m_pinged = true;
        write(Command::ping(u"alive"_s));
        m_watchdog.start(m_answerTimeout);
        return;
    }
    const QString reason = tr("The server stopped answering.");
    qCInfo(lcClient).noquote() << reason;
    m_connection->abort();
    handleClosed(reason);
}

void ClientConnection::handleLine(const ServerLine &line)
{
    restartWatchdog();
    using Type = ServerLine::Type;
    switch (line.type) {
    case Type::Hello:
        if (line.maxLineBytes > 0)
            m_maxLineBytes = line.maxLineBytes;
        if (m_state == State::Registering)
            writeRegistration();
        return;
    case Type::Supports:
        handleSupports(line.tokens);
        return;
    case Type::Bye:
        if (line.code != ErrorCode::Closed) {
            m_bye = ProtocolError{ line.code, line.text };
            Q_EMIT disconnectedByServer(*m_bye);
        }
        return;
    case Type::Ping:
        m_connection->send(Command::pong(line.text));
        return;
    default:
        break;
    }
    if (!m_tracker->handleLine(line))
        Q_EMIT eventReceived(line);
}

void ClientConnection::handleBadLine(const QByteArray &line, const ProtocolError &error)
{
    restartWatchdog();
    qCWarning(lcClient).noquote() << tr("Ignored a line from the server that could not be read "
                                        "(%1): %2")
                                             .arg(error.sentence,
                                                  QString::fromUtf8(line.left(200)));
    m_tracker->handleBadLine(line);
}

void ClientConnection::handleAnswer(const Command &command, quint64 localId,
                                    const ServerLine &reply)
{
    switch (command.type) {
    case CommandType::Name:
        handleNameAccepted(reply.user, false);
        break;
    case CommandType::SignUp:
        // The account exists now: from here on the client signs in to it.
        m_settings.registration = ConnectSettings::Registration::SignIn;
        handleNameAccepted(reply.user, true);
        break;
    case CommandType::SignIn:
        handleNameAccepted(reply.user, true);
        break;
    case CommandType::Ping:
        m_pinged = false;
        break;
    case CommandType::Pass:
        break;
    default:
        Q_EMIT commandAnswered(command, localId, reply);
        break;
    }
}

void ClientConnection::handleRefusal(const Command &command, quint64 localId,
                                     const ProtocolError &error)
{
    if (m_state == State::Registering
        && (isRegistration(command.type) || command.type == CommandType::Pass)) {
        handleRegistrationRefused(error);
        return;
    }
    Q_EMIT commandRefused(command, localId, error);
}

void ClientConnection::writeRegistration()
{
    if (!m_settings.serverPassword.isEmpty())
        write(Command::pass(m_settings.serverPassword));
    using Registration = ConnectSettings::Registration;
    switch (m_settings.registration) {
    case Registration::Guest:
        write(Command::name(m_name));
        break;
    case Registration::SignIn:
        write(Command::signIn(m_name, m_settings.accountPassword));
        break;
    case Registration::SignUp:
        write(Command::signUp(m_name, m_settings.accountPassword));
        break;
    }
}

void ClientConnection::handleSupports(const QStringList &tokens)
{
    // Tokens it does not know are the server's news, not the client's business.
    Accounts accounts = Accounts::Unknown;
    for (const QString &token : tokens) {
        if (token == u"ACCOUNTS=none"_s)
            accounts = Accounts::None;
        else if (token == u"ACCOUNTS=optional"_s)
            accounts = Accounts::Optional;
        else if (token == u"ACCOUNTS=required"_s)
            accounts = Accounts::Required;
    }
    if (accounts == m_accounts)
        return;
    m_accounts = accounts;
    Q_EMIT accountsChanged(accounts);
}

void ClientConnection::handleNameAccepted(const QString &name, bool account)
{
    const QString old = m_name;
    m_name = name;
    if (m_state == State::Registering) {
        m_account = account;
        m_registeredBefore = true;
        m_backoff.reset();
        m_disconnectReason.clear();
        setState(State::Online);
        // From now on the server may stay silent for the idle time, not just the time to connect.
        restartWatchdog();
        Q_EMIT signedIn(m_name);
    } else if (old != m_name) {
        Q_EMIT nameChanged(old, m_name);
    }
}

void ClientConnection::handleRegistrationRefused(const ProtocolError &error)
{
    // When the connection comes back, the server may not yet have noticed that the old one
    // is gone, and still hold the name for it; or many sign in again at once and it is too busy
    // to check the password: both end by themselves.
    const bool held = error.code == ErrorCode::NameTaken;
    if (m_registeredBefore && (held || error.code == ErrorCode::Busy)) {
        m_connection->abort();
        end(Ending::TryAgainSoon);
        m_disconnectReason = held
                ? tr("The server still holds the name %1 for the lost connection.").arg(m_name)
                : tr("The server is too busy to sign you in; trying again soon.");
        Q_EMIT connectionLost(m_disconnectReason);
        scheduleReconnect(m_disconnectReason, m_backoff.next());
        return;
    }
    // Trying again would get the same answer: the user has to change the name or the password.
    // The server closes the connection after a wrong password by itself (BYE BAD_PASSWORD); the
    // client does not wait for that, so that whatever comes before the end is not taken for a
    // lost connection.
    const bool password =
            error.code == ErrorCode::PasswordRequired || error.code == ErrorCode::BadPassword;
    if (error.code != ErrorCode::BadPassword)
        m_connection->send(Command::close());
    m_connection->close();
    m_disconnectReason = ErrorMessages::describe(error);
    m_watchdog.stop();
    // (the registration after a refused PASS gets no reply)
    const Ending how = password      ? Ending::PasswordRefused
            : m_settings.isAccount() ? Ending::SignInRefused
                                     : Ending::NameRefused;
    end(how);
    setState(State::Disconnected);
    if (password)
        Q_EMIT passwordRefused(error);
    else
        Q_EMIT registrationRefused(error);
}

void ClientConnection::scheduleReconnect(const QString &reason, std::chrono::milliseconds delay)
{
    m_watchdog.stop();
    qCInfo(lcClient).noquote()
            << tr("Reconnecting in %1 ms: %2").arg(qint64(delay.count())).arg(reason);
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(delay);
    Q_EMIT reconnectScheduled(delay);
}

void ClientConnection::restartWatchdog()
{
    if (m_state == State::Online) {
        m_pinged = false;
        m_watchdog.start(m_idleTimeout);
    } else {
        m_watchdog.start(m_connectTimeout);
    }
}

} // namespace Chinwag
