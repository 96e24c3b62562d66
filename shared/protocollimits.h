// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Chinwag {

// Every limit of the protocol and of the server, with its default, in one place. The server
// takes its settable values from the command line (see ServerConfig); the client learns the
// server's line limit from the HELLO line.
struct Limits
{
    // Bytes of one client line, without its CR LF or LF.
    qsizetype maxLineBytes = 4096;
    // Connections in total, and from one address: enough for an office behind one NAT, too few
    // for one host to take the whole server. The benchmark raises the second by an option.
    int maxClients = 20000;
    int maxClientsPerAddress = 256;
    // Connections the kernel queues for the server before it accepts them; 0 takes the
    // system's maximum (net.core.somaxconn), so that a reconnect storm is not dropped.
    int listenBacklog = 0;
    // Connections one account may be signed in on at once (its devices).
    int maxSessionsPerAccount = 10;
    // Messages held for one offline account, and their bytes of text: a sender past either
    // gets HELD_FULL, so that nobody can fill the disk through someone who is away.
    int maxHeldPerAccount = 1000;
    qsizetype maxHeldBytesPerAccount = 1024 * 1024;
    // The history's retention: messages older than historyMaxDays are removed (0 keeps them
    // whatever their age), and the oldest while the database holds more than historyMaxBytes
    // (0: no cap). Held messages are kept until delivered.
    int historyMaxDays = 0;
    qint64 historyMaxBytes = qint64(1024) * 1024 * 1024;
    // Groups one user may belong to, and members one group may hold.
    int maxGroupsPerUser = 100;
    int maxMembersPerGroup = 1000;
    // Public groups one DIRECTORY reply lists; the client asks AFTER the last for more.
    int maxDirectoryEntries = 100;
    // Flood control: a token bucket of lines per client, and one of bytes, so that one client
    // cannot put megabytes in front of everyone at once. A rate of 0 lines turns both off.
    int floodBurst = 40;
    int floodLinesPerSecond = 10;
    int floodBurstBytes = 64 * 1024;
    int floodBytesPerSecond = 16 * 1024;
    // Lines held back from a flooding client before it is disconnected.
    int floodMaxDelayedLines = 200;
    // A client is a slow reader, and disconnected, when more than maxQueuedBytes wait for it
    // and it has taken none of them for slowReaderSeconds, or at once when more than
    // maxQueuedHardBytes wait: a client that reads is never cut off by others' bursts.
    qsizetype maxQueuedBytes = 1024 * 1024;
    qsizetype maxQueuedHardBytes = 16 * 1024 * 1024;
    int slowReaderSeconds = 10;
    // Seconds a connection may take to register, and may stay silent before it is pinged,
    // and may then take to answer.
    int registrationTimeoutSeconds = 30;
    int idleSeconds = 120;
    int pingTimeoutSeconds = 60;
    // A client whose first command comes in one write without a line end, and is followed by a
    // pause this long, ends each line so: by a write, then a pause (the seed exercise's client).
    // 0 reads every client's lines by their line ends only.
    int writePauseMSecs = 200;
    // Seconds a connection to a TLS port may take from being accepted to the end of its
    // handshake.
    int tlsHandshakeSeconds = 10;
};

namespace Protocol {
inline constexpr int Version = 1;
inline constexpr quint16 DefaultPort = 7000;
inline constexpr int MaxNameLength = 32;
// Characters of an account's password (PasswordRules).
inline constexpr int MinPasswordLength = 8;
inline constexpr int MaxPasswordLength = 128;
// CONVERSATIONS counts a conversation's unread messages up to this many.
inline constexpr int MaxUnreadCount = 1000;
// What a client accepts from a server: the server's lines are longer than a client's because a
// chat message carries its sender, id and time.
inline constexpr qsizetype MaxServerLineBytes = 64 * 1024;
// HISTORY returns at most this many messages per request.
inline constexpr int MaxHistoryLimit = 200;
inline constexpr int DefaultHistoryLimit = 50;
// The server relays one sender's TYPING in a conversation at most this often; a client shows
// "… is typing" for this long after the last one it received.
inline constexpr int TypingIntervalMSecs = 3000;
inline constexpr int TypingShownMSecs = 5000;
} // namespace Protocol

// The IRC dialect (docs/PROTOCOL.md, "IRC"): RFC 1459's 512 bytes, CR LF included, for a
// message after its tags, and IRCv3's message-tags limits for the tags before it.
namespace Irc {
// Bytes of a message without its tags and without its CR LF.
inline constexpr qsizetype MaxBodyBytes = 510;
// Bytes of the tag section: '@', the tag data and the space after it.
inline constexpr qsizetype MaxTagSectionBytes = 8191;
// Bytes of tag data (between '@' and the space) a client may send.
inline constexpr qsizetype MaxClientTagDataBytes = 4094;
// What the framer takes before its LF or CR LF: the longest tag section and the longest body,
// so that a client's overlong tags still reach the parser and get their refusal.
inline constexpr qsizetype MaxLineBytes = MaxTagSectionBytes + MaxBodyBytes;
inline constexpr int MaxParameters = 15;
} // namespace Irc

} // namespace Chinwag
