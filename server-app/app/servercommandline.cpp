// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommandline.h"

#include "sqlitestore.h"

#include <QFile>

#include <cstring>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

// A line limit must leave room for a whole chat message line, with its sender, conversation,
// id and time, within what a client accepts from the server.
constexpr qsizetype MinLineBytes = 256;
constexpr qsizetype MaxLineBytes = Protocol::MaxServerLineBytes - 1024;
// Beyond these, a number is a typing mistake rather than a wish.
constexpr qint64 MaxCount = 1'000'000;
constexpr qint64 MaxSeconds = 7 * 24 * 3600;

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

ServerCommandLine::ServerCommandLine()
    : m_headless(u"headless"_s, tr("Run without the monitor window; print the log to stdout.")),
      m_data(u"data"_s,
             tr("The file that keeps the history, the accounts and the messages held for "
                "offline accounts (default: %1). %2 keeps them only while the server runs.")
                     .arg(SqliteStore::defaultPath(), SqliteStore::temporaryPath()),
             tr("path")),
      m_noHistory(u"no-history"_s,
                  tr("Keep no history: HISTORY is refused, there are no accounts, and messages "
                     "to offline users are not held.")),
      m_accountsRequired(u"accounts-required"_s,
                         tr("Take no guests: everyone signs in to an account (SIGNIN, SIGNUP).")),
      m_storeBeforeAck(u"store-before-ack"_s,
                       tr("Deliver and acknowledge a message only once it is written to the "
                          "history, so that a crash loses none that was acknowledged.")),
      m_password(u"password"_s,
                 tr("The password clients must give (PASS) before NAME. Other users of this "
                    "computer can read a command line: prefer the environment variable %1.")
                         .arg(QLatin1StringView(PasswordVariable)),
                 tr("text")),
      m_tlsCertificate(u"tls-cert"_s,
                       tr("Speak TLS only, with this certificate (PEM; the server's first, then "
                          "its chain). Needs --tls-key."),
                       tr("file")),
      m_tlsKey(u"tls-key"_s, tr("The private key of --tls-cert (PEM, not encrypted)."), tr("file")),
      m_ircPort(u"irc-port"_s,
                tr("Also listen on this port, on the same address, for IRC clients (irssi, "
                   "WeeChat, …), with TLS too when --tls-cert is given; 0 picks a free one."),
                tr("port")),
      m_platform(u"platform"_s, QString(), u"name"_s)
{
    m_parser.setApplicationDescription(tr(
            "The Chinwag chat server, with a monitor window of its clients, groups and traffic."));
    // So that Qt's own "-platform offscreen" reads as one option, also without a window.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_headless);
    m_parser.addOption(m_data);
    m_parser.addOption(m_noHistory);
    m_parser.addOption(m_accountsRequired);
    m_parser.addOption(m_storeBeforeAck);

    const Limits defaults;
    addLimit(u"max-line"_s, tr("The longest line a client may send, in bytes (default: %1)."),
             tr("bytes"), defaults.maxLineBytes, MinLineBytes, MaxLineBytes,
             [](ServerConfig &c, qint64 v) { c.limits.maxLineBytes = v; });
    addLimit(u"max-clients"_s, tr("Connections the server takes at once (default: %1)."),
             tr("connections"), defaults.maxClients, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.maxClients = int(v); });
    addLimit(u"max-clients-per-address"_s,
             tr("Connections the server takes at once from one IP address (default: %1)."),
             tr("connections"), defaults.maxClientsPerAddress, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.maxClientsPerAddress = int(v); });
    addLimit(u"max-groups-per-user"_s, tr("Groups one user may be in (default: %1)."), tr("groups"),
             defaults.maxGroupsPerUser, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.maxGroupsPerUser = int(v); });
    addLimit(u"max-members-per-group"_s, tr("Members one group may hold (default: %1)."),
             tr("members"), defaults.maxMembersPerGroup, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.maxMembersPerGroup = int(v); });
    addLimit(u"flood-burst"_s,
             tr("Lines a client may send at once before flood control delays them "
                "(default: %1)."),
             tr("lines"), defaults.floodBurst, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.floodBurst = int(v); });
    addLimit(u"flood-rate"_s,
             tr("Lines per second a client may send after its burst; 0 turns flood control "
                "off, of lines and bytes (default: %1)."),
             tr("lines"), defaults.floodLinesPerSecond, 0, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.floodLinesPerSecond = int(v); });
    addLimit(u"flood-max-delayed"_s,
             tr("Lines delayed in one episode of flooding before the client is disconnected "
                "(default: %1)."),
             tr("lines"), defaults.floodMaxDelayedLines, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.floodMaxDelayedLines = int(v); });
    addLimit(u"max-queued"_s,
             tr("Bytes queued for a client that does not read before it is disconnected "
                "(default: %1)."),
             tr("bytes"), defaults.maxQueuedBytes, 64 * 1024, qint64(1) << 32,
             [](ServerConfig &c, qint64 v) { c.limits.maxQueuedBytes = qsizetype(v); });
    addLimit(u"max-queued-hard"_s,
             tr("Bytes queued for a client beyond which it is disconnected at once, reading "
                "or not (default: %1)."),
             tr("bytes"), defaults.maxQueuedHardBytes, 64 * 1024, qint64(1) << 34,
             [](ServerConfig &c, qint64 v) { c.limits.maxQueuedHardBytes = qsizetype(v); });
    addLimit(u"slow-reader-timeout"_s,
             tr("Seconds a client with more than --max-queued bytes waiting may take none of "
                "them before it is disconnected (default: %1)."),
             tr("seconds"), defaults.slowReaderSeconds, 1, MaxSeconds,
             [](ServerConfig &c, qint64 v) { c.limits.slowReaderSeconds = int(v); });
    addLimit(u"flood-burst-bytes"_s,
             tr("Bytes a client may send at once before flood control delays its lines "
                "(default: %1)."),
             tr("bytes"), defaults.floodBurstBytes, 1024, qint64(1) << 30,
             [](ServerConfig &c, qint64 v) { c.limits.floodBurstBytes = int(v); });
    addLimit(u"flood-bytes-rate"_s,
             tr("Bytes per second a client may send after its burst; 0 counts no bytes "
                "(default: %1)."),
             tr("bytes"), defaults.floodBytesPerSecond, 0, qint64(1) << 30,
             [](ServerConfig &c, qint64 v) { c.limits.floodBytesPerSecond = int(v); });
    addLimit(u"registration-timeout"_s,
             tr("Seconds a connection has to register with NAME (default: %1)."), tr("seconds"),
             defaults.registrationTimeoutSeconds, 1, MaxSeconds,
             [](ServerConfig &c, qint64 v) { c.limits.registrationTimeoutSeconds = int(v); });
    addLimit(u"idle-timeout"_s,
             tr("Seconds of silence after which a client is sent PING (default: %1)."),
             tr("seconds"), defaults.idleSeconds, 1, MaxSeconds,
             [](ServerConfig &c, qint64 v) { c.limits.idleSeconds = int(v); });
    addLimit(u"ping-timeout"_s,
             tr("Seconds a client has to answer PING before it is disconnected (default: %1)."),
             tr("seconds"), defaults.pingTimeoutSeconds, 1, MaxSeconds,
             [](ServerConfig &c, qint64 v) { c.limits.pingTimeoutSeconds = int(v); });
    addLimit(u"write-pause"_s,
             tr("Milliseconds of pause after a first command sent without a line end, after "
                "which the client's lines are read as a write each (the seed exercise's "
                "client); 0 reads lines by their ends only (default: %1)."),
             tr("milliseconds"), defaults.writePauseMSecs, 0, 10000,
             [](ServerConfig &c, qint64 v) { c.limits.writePauseMSecs = int(v); });
    addLimit(u"tls-handshake-timeout"_s,
             tr("Seconds a connection to the TLS port has to finish its handshake "
                "(default: %1)."),
             tr("seconds"), defaults.tlsHandshakeSeconds, 1, 3600,
             [](ServerConfig &c, qint64 v) { c.limits.tlsHandshakeSeconds = int(v); });
    addLimit(u"listen-backlog"_s,
             tr("Connections the system queues before the server accepts them; 0 takes the "
                "system's maximum, net.core.somaxconn (default: %1)."),
             tr("connections"), defaults.listenBacklog, 0, 65535,
             [](ServerConfig &c, qint64 v) { c.limits.listenBacklog = int(v); });
    addLimit(u"max-sessions-per-account"_s,
             tr("Connections one account may be signed in on at once (default: %1)."),
             tr("connections"), defaults.maxSessionsPerAccount, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.maxSessionsPerAccount = int(v); });
    addLimit(u"max-held"_s,
             tr("Messages kept for one offline account before senders are refused "
                "(default: %1)."),
             tr("messages"), defaults.maxHeldPerAccount, 1, MaxCount,
             [](ServerConfig &c, qint64 v) { c.limits.maxHeldPerAccount = int(v); });
    addLimit(u"max-held-bytes"_s,
             tr("Bytes of text kept for one offline account before senders are refused "
                "(default: %1)."),
             tr("bytes"), defaults.maxHeldBytesPerAccount, 1024, qint64(1) << 32,
             [](ServerConfig &c, qint64 v) { c.limits.maxHeldBytesPerAccount = qsizetype(v); });
    addLimit(u"history-days"_s,
             tr("Days the history keeps a message; 0 keeps it whatever its age (default: %1)."),
             tr("days"), defaults.historyMaxDays, 0, 36500,
             [](ServerConfig &c, qint64 v) { c.limits.historyMaxDays = int(v); });
    addLimit(u"history-max-size"_s,
             tr("MiB the history may take before its oldest messages are removed; 0 sets no "
                "cap (default: %1)."),
             tr("MiB"), defaults.historyMaxBytes / (1024 * 1024), 0, qint64(1) << 24,
             [](ServerConfig &c, qint64 v) { c.limits.historyMaxBytes = v * 1024 * 1024; });
    addLimit(u"argon2-ops"_s,
             tr("Passes of Argon2id over its memory when a password is hashed (default: %1)."),
             tr("passes"), qint64(PasswordCost::DefaultOps), qint64(PasswordCost::MinOps), 16,
             [](ServerConfig &c, qint64 v) { c.passwordCost.ops = quint64(v); });
    addLimit(u"argon2-memory"_s,
             tr("Memory Argon2id uses to hash one password, in KiB (default: %1)."), tr("KiB"),
             qint64(PasswordCost::DefaultMemoryKiB), qint64(PasswordCost::MinMemoryKiB),
             4 * 1024 * 1024,
             [](ServerConfig &c, qint64 v) { c.passwordCost.memoryKiB = quint64(v); });

    m_parser.addOption(m_password);
    m_parser.addOption(m_tlsCertificate);
    m_parser.addOption(m_tlsKey);
    m_parser.addOption(m_ircPort);
    m_platform.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(m_platform);
    m_parser.addPositionalArgument(u"host"_s, tr("The address to listen on (default: 127.0.0.1)."),
                                   u"[host]"_s);
    m_parser.addPositionalArgument(u"port"_s,
                                   tr("The port to listen on (default: %1; 0 picks a free one).")
                                           .arg(Protocol::DefaultPort),
                                   u"[port]"_s);
}

void ServerCommandLine::addLimit(const QString &name, const QString &description,
                                 const QString &valueName, qint64 defaultValue, qint64 min,
                                 qint64 max, std::function<void(ServerConfig &, qint64)> set)
{
    m_limits.push_back({ QCommandLineOption(name, description.arg(defaultValue), valueName), min,
                         max, std::move(set) });
    m_parser.addOption(m_limits.back().option);
}

std::optional<ServerOptions> ServerCommandLine::process(const QStringList &arguments,
                                                        const QProcessEnvironment &environment)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(u"help"_s))
        m_parser.showHelp(0);
    if (m_parser.isSet(u"version"_s))
        m_parser.showVersion();

    ServerOptions options;
    options.headless = m_parser.isSet(m_headless);
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 2)
        return fail(tr("Too many arguments: give at most a host and a port."));
    if (!positional.isEmpty()) {
        const QString &host = positional.at(0);
        if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
            options.address = QHostAddress(QHostAddress::LocalHost);
        else if (!options.address.setAddress(host))
            return fail(tr("\"%1\" is not an IP address.").arg(host));
    }
    if (positional.size() == 2) {
        bool ok = false;
        options.port = positional.at(1).toUShort(&ok);
        if (!ok)
            return fail(tr("\"%1\" is not a port: use a number from 0 to 65535.")
                                .arg(positional.at(1)));
    }
    for (const LimitOption &limit : m_limits) {
        if (!m_parser.isSet(limit.option))
            continue;
        bool ok = false;
        const qint64 value = m_parser.value(limit.option).toLongLong(&ok);
        if (!ok || value < limit.min || value > limit.max)
            return fail(tr("--%1 takes a number of %2 from %3 to %4.")
                                .arg(limit.option.names().constFirst(), limit.option.valueName())
                                .arg(limit.min)
                                .arg(limit.max));
        limit.set(options.config, value);
    }
    if (m_parser.isSet(m_noHistory)) {
        if (m_parser.isSet(m_data))
            return fail(tr("--data and --no-history exclude each other."));
        options.config.dataPath.clear();
    } else if (m_parser.isSet(m_data)) {
        options.config.dataPath = m_parser.value(m_data);
        if (options.config.dataPath.isEmpty())
            return fail(tr("--data takes the path of a file."));
    } else {
        options.config.dataPath = SqliteStore::defaultPath();
    }
    options.config.accountsRequired = m_parser.isSet(m_accountsRequired);
    if (options.config.accountsRequired && options.config.dataPath.isEmpty())
        return fail(tr("--accounts-required needs a history, where the accounts are kept."));
    options.config.storeBeforeAck = m_parser.isSet(m_storeBeforeAck);
    if (options.config.storeBeforeAck && options.config.dataPath.isEmpty())
        return fail(tr("--store-before-ack needs a history to store the messages in."));
    if (m_parser.isSet(m_password)) {
        options.config.password = m_parser.value(m_password);
        if (options.config.password.isEmpty())
            return fail(tr("--password takes a text that is not empty."));
    } else {
        options.config.password = environment.value(QLatin1StringView(PasswordVariable));
    }
    if (m_parser.isSet(m_ircPort)) {
        bool ok = false;
        options.config.ircPort = m_parser.value(m_ircPort).toUShort(&ok);
        if (!ok)
            return fail(tr("\"%1\" is not a port: use a number from 0 to 65535.")
                                .arg(m_parser.value(m_ircPort)));
    }
    if (!readTls(options.config))
        return std::nullopt;
    return options;
}

bool ServerCommandLine::readTls(ServerConfig &config)
{
    const bool certificate = m_parser.isSet(m_tlsCertificate);
    if (certificate != m_parser.isSet(m_tlsKey)) {
        fail(tr("--tls-cert and --tls-key go together."));
        return false;
    }
    if (!certificate)
        return true;
    const QString certificatePath = m_parser.value(m_tlsCertificate);
    const std::optional<QByteArray> pem = readFile(certificatePath);
    if (pem)
        config.tlsCertificates = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (config.tlsCertificates.isEmpty()) {
        fail(pem ? tr("%1 holds no PEM certificate.").arg(certificatePath)
                 : tr("Cannot read the certificate %1.").arg(certificatePath));
        return false;
    }
    const QString keyPath = m_parser.value(m_tlsKey);
    const std::optional<QByteArray> key = readFile(keyPath);
    if (!key) {
        fail(tr("Cannot read the key %1.").arg(keyPath));
        return false;
    }
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        config.tlsKey = QSslKey(*key, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!config.tlsKey.isNull())
            return true;
    }
    fail(tr("%1 holds no private key in PEM that is not encrypted.").arg(keyPath));
    return false;
}

std::optional<ServerOptions> ServerCommandLine::fail(const QString &error)
{
    m_error = error;
    return std::nullopt;
}

bool ServerCommandLine::asksHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

} // namespace Chinwag
