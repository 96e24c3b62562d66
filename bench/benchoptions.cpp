// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchoptions.h"

#include "payload.h"

#include <QCommandLineParser>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

template<typename T>
bool readNumber(const QCommandLineParser &parser, const QString &name, T min, T max, T *out,
                QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < double(min) || value > double(max)) {
        *error = u"--%1 must be a number from %2 to %3"_s.arg(name).arg(min).arg(max);
        return false;
    }
    *out = T(value);
    return true;
}

} // namespace

std::variant<BenchOptions, QString> BenchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Opens many connections to a chat server, registers them, has some of them send "
            "messages to all the others, and measures deliveries per second, latency, losses, "
            "registration time and the server's memory. Speaks Chinwag, or IRC to measure an "
            "IRC server with the same run."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const BenchOptions d;
    parser.addOptions({
            { u"dialect"_s, u"chinwag or irc."_s, u"name"_s, QString::fromLatin1(d.dialect) },
            { u"host"_s, u"The server's address."_s, u"address"_s, QString::fromLatin1(d.host) },
            { u"port"_s, u"The server's port (default: 7000, or 6667 for irc)."_s, u"port"_s },
            { u"clients"_s, u"Connections to open and register."_s, u"n"_s,
              QString::number(d.clients) },
            { u"senders"_s, u"Clients that send; 0 only registers the clients and measures that."_s,
              u"n"_s, QString::number(d.senders) },
            { u"bytes"_s,
              u"Bytes of each message's text (at least %1)."_s.arg(Payload::MinimumBytes), u"n"_s,
              QString::number(d.bytes) },
            { u"mode"_s,
              u"group (SENDGROUP to a group of all clients) or broadcast (MSGALL); IRC always "
              "sends to one channel."_s,
              u"mode"_s, u"group"_s },
            { u"rate"_s,
              u"Messages per second from all senders together; 0 sends as fast as the window "
              "allows."_s,
              u"n"_s, QString::number(d.rate) },
            { u"window"_s, u"Messages each sender may have on their way to some recipient."_s,
              u"n"_s, QString::number(d.window) },
            { u"warmup"_s, u"Seconds of sending before measuring."_s, u"s"_s,
              QString::number(d.warmupSeconds) },
            { u"duration"_s, u"Seconds measured."_s, u"s"_s, QString::number(d.durationSeconds) },
            { u"drain"_s, u"Seconds to wait for the last messages after sending stops."_s, u"s"_s,
              QString::number(d.drainSeconds) },
            { u"setup-timeout"_s, u"Seconds that registration and group setup may take."_s, u"s"_s,
              QString::number(d.setupSeconds) },
            { u"connect-window"_s,
              u"Clients connecting at one time, until the server greets them: ngIRCd's listen "
              "backlog is 10. Registrations after the greeting are not paced."_s,
              u"n"_s, QString::number(d.connectWindow) },
            { u"unpaced"_s,
              u"Connect every client at once, without waiting for greetings, as clients do "
              "after a server restart (instead of --connect-window)."_s },
            { u"stamp"_s,
              u"When a delivery's latency ends: arrival (when the kernel received the line on "
              "the recipient's socket) or read (when the bench read it, after its other "
              "sockets)."_s,
              u"arrival|read"_s, u"arrival"_s },
            { u"server-pid"_s, u"The server's process id, for its memory and CPU time."_s,
              u"pid"_s },
            { u"label"_s, u"A label for the RESULT line."_s, u"text"_s },
            { u"accounts"_s,
              u"Chinwag: each client makes an account (SIGNUP, one Argon2id hash) instead of "
              "registering as a guest."_s },
            { u"name-prefix"_s,
              u"What the clients' names start with, so that two benches may share a server."_s,
              u"text"_s, QString::fromLatin1(d.namePrefix) },
    });
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        return u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());

    BenchOptions o;
    QString error;
    o.dialect = parser.value(u"dialect"_s).toLatin1();
    if (o.dialect != "chinwag" && o.dialect != "irc")
        return u"--dialect must be chinwag or irc"_s;
    const QString mode = parser.value(u"mode"_s);
    if (mode != u"group"_s && mode != u"broadcast"_s)
        return u"--mode must be group or broadcast"_s;
    o.group = mode == u"group"_s;
    const QString stamp = parser.value(u"stamp"_s);
    if (stamp != u"arrival"_s && stamp != u"read"_s)
        return u"--stamp must be arrival or read"_s;
    o.arrivalStamps = stamp == u"arrival"_s;
    o.host = parser.value(u"host"_s).toLatin1();
    o.port = o.dialect == "irc" ? 6667 : 7000;
    o.label = parser.value(u"label"_s);
    o.accounts = parser.isSet(u"accounts"_s);
    if (o.accounts && o.dialect != "chinwag")
        return u"--accounts is for the chinwag dialect"_s;
    o.namePrefix = parser.value(u"name-prefix"_s).toLatin1();
    if (o.namePrefix.isEmpty() || !QChar::isLetter(o.namePrefix.at(0)))
        return u"--name-prefix must start with a letter"_s;
    o.unpaced = parser.isSet(u"unpaced"_s);
    const bool ok = readNumber(parser, u"port"_s, quint16(1), quint16(65535), &o.port, &error)
            && readNumber(parser, u"clients"_s, 2, 1'000'000, &o.clients, &error)
            && readNumber(parser, u"senders"_s, 0, 1'000'000, &o.senders, &error)
            && readNumber(parser, u"bytes"_s, Payload::MinimumBytes, qsizetype(60'000), &o.bytes,
                          &error)
            && readNumber(parser, u"rate"_s, 0.0, 1e9, &o.rate, &error)
            && readNumber(parser, u"window"_s, quint32(1), quint32(1'000'000), &o.window, &error)
            && readNumber(parser, u"warmup"_s, 0.0, 3600.0, &o.warmupSeconds, &error)
            && readNumber(parser, u"duration"_s, 0.1, 3600.0, &o.durationSeconds, &error)
            && readNumber(parser, u"drain"_s, 0.1, 3600.0, &o.drainSeconds, &error)
            && readNumber(parser, u"setup-timeout"_s, 1.0, 36000.0, &o.setupSeconds, &error)
            && readNumber(parser, u"connect-window"_s, 1, 100'000, &o.connectWindow, &error)
            && readNumber(parser, u"server-pid"_s, qint64(1), qint64(1) << 31, &o.serverPid,
                          &error);
    if (!ok)
        return error;
    if (o.senders > o.clients)
        return u"--senders must not exceed --clients"_s;
    if (o.unpaced && parser.isSet(u"connect-window"_s))
        return u"--unpaced and --connect-window exclude each other"_s;
    return o;
}

} // namespace Chinwag
