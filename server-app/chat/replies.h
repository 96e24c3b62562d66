// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "serverline.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chinwag {

// The one place for the server's wording on the wire: the welcome, the sentences of its errors
// and goodbyes, and why a user left. Wire text is English and is not translated; the codes are
// what programs read (docs/PROTOCOL.md, "Error codes").
class Replies
{
public:
    // HELLO, SUPPORTS (`accounts`: optional, required or none), then HELP's lines.
    static QList<ServerLine> welcome(qsizetype maxLineBytes, const QString &accounts);
    // HELP: every command, or the one named.
    static QList<ServerLine> help();
    static ServerLine helpFor(Command::Type command);

    static ServerLine lineTooLong(qsizetype maxLineBytes);
    static ServerLine notRegistered();
    static ServerLine nameTaken(const QString &name);
    static ServerLine noSuchUser(const QString &user);
    static ServerLine noSuchUsers(const QStringList &users);
    static ServerLine noSuchGroup(const QString &group);
    // JOIN of a group that does not exist.
    static ServerLine noSuchPublicGroup(const QString &group);
    static ServerLine notAMember(const QString &group);
    // KICK of a user who is not a member.
    static ServerLine notInGroup(const QString &group, const QString &user);
    static ServerLine inviteOnly(const QString &group);
    static ServerLine notOwner(const QString &group, const QString &owner);
    static ServerLine groupExists(const QString &group);
    static ServerLine alreadyMember(const QString &group, const QString &user);
    static ServerLine groupFull(const QString &group, int maxMembers);
    static ServerLine tooManyGroups(const QString &user, int maxGroups);
    static ServerLine historyUnavailable();
    static ServerLine passwordRequired();
    static ServerLine badPassword();
    // Plain text on a TLS port: the answer to the first command, in clear.
    static ServerLine tlsRequired();

    // Accounts.
    static ServerLine nameOwned(const QString &name);
    static ServerLine accountsRequired();
    static ServerLine noAccounts();
    static ServerLine noSuchAccount(const QString &name);
    static ServerLine accountPasswordWrong();
    static ServerLine throttled(qint64 waitMSecs);
    static ServerLine lockedOut(qint64 waitMSecs);
    static ServerLine accountLocked(const QString &name);
    static ServerLine notSignedIn();
    static ServerLine alreadyRegistered();
    static ServerLine alreadySignedIn(const QString &name);
    static ServerLine accountNameFixed(const QString &name);
    static ServerLine tooManySessions(int maxSessions);
    static ServerLine busy();
    static ServerLine notHeldForGuest(const QString &user);
    static ServerLine heldFull(const QString &user, int maxMessages, qsizetype maxBytes);
    static ServerLine noSuchMessage(quint64 id);

    // ERROR FLOOD: the one error that answers no command.
    static ServerLine flood();

    static ServerLine goodbye(const QString &name);
    static ServerLine shutdown();
    static ServerLine kicked(const QString &reason);
    static ServerLine floodedOut();
    static ServerLine registrationTimeout(int seconds);
    static ServerLine pingTimeout();
    static ServerLine serverFull(int maxClients);
    static ServerLine addressFull(int maxClientsPerAddress);
    static ServerLine wrongPassword();
    static ServerLine accountDeleted();
    static ServerLine accountLockedOut();
    static ServerLine tlsOnly();
    // An IRC client signed in with SASL and let more wait for it than a slow reader may before
    // it finished registering.
    static ServerLine tooMuchBeforeWelcome();

    // The text of LEFT.
    static QString quit();
    static QString connectionLost();
    static QString kickedReason(const QString &reason);
    static QString flooding();
    static QString timedOut();
    static QString slowReader();
    static QString refused();
    static QString passwordRefused();
    static QString accountGone();
    static QString accountLockedReason();
};

} // namespace Chinwag
