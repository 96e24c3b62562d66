// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies.h"

#include "protocollimits.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {
const QString PointToList = u", use LIST to see who is connected"_s;
const QString TlsOnlyText =
        u"this port speaks TLS only: connect with TLS, or to the server's plain port"_s;
} // namespace

QList<ServerLine> Replies::welcome(qsizetype maxLineBytes, const QString &accounts)
{
    QList<ServerLine> lines{
        ServerLine::hello(
                Protocol::Version, maxLineBytes,
                u"Welcome to Chinwag! Register with NAME <name>, or SIGNIN <name> <password>; "
                u"HELP lists the commands."_s),
        ServerLine::supports({ u"ACCOUNTS="_s + accounts }),
        ServerLine::info(u"Please use one of the following commands:"_s),
    };
    return lines + help();
}

QList<ServerLine> Replies::help()
{
    QList<ServerLine> lines;
    const QStringList entries = Command::helpLines();
    for (const QString &entry : entries)
        lines.append(ServerLine::info(entry));
    return lines;
}

ServerLine Replies::helpFor(Command::Type command)
{
    const qsizetype index = Command::keywords().indexOf(Command::keyword(command));
    return ServerLine::info(Command::helpLines().at(index));
}

ServerLine Replies::lineTooLong(qsizetype maxLineBytes)
{
    return ServerLine::error(
            ErrorCode::LineTooLong,
            u"a line may hold at most %1 bytes; this one was dropped"_s.arg(maxLineBytes));
}

ServerLine Replies::notRegistered()
{
    return ServerLine::error(ErrorCode::NotRegistered,
                             u"register first with NAME <name> or SIGNIN <name> <password>"_s);
}

ServerLine Replies::nameTaken(const QString &name)
{
    return ServerLine::error(ErrorCode::NameTaken,
                             u"the name %1 is taken; choose another"_s.arg(name));
}

ServerLine Replies::noSuchUser(const QString &user)
{
    return ServerLine::error(ErrorCode::NoSuchUser,
                             u"user %1 does not exist"_s.arg(user) + PointToList);
}

ServerLine Replies::noSuchUsers(const QStringList &users)
{
    if (users.size() == 1)
        return noSuchUser(users.first());
    return ServerLine::error(ErrorCode::NoSuchUser,
                             u"users %1 do not exist"_s.arg(users.join(u", ")) + PointToList);
}

ServerLine Replies::noSuchGroup(const QString &group)
{
    return ServerLine::error(ErrorCode::NoSuchGroup,
                             u"group %1 does not exist, use GROUPS to see yours"_s.arg(group));
}

ServerLine Replies::notAMember(const QString &group)
{
    return ServerLine::error(ErrorCode::NotAMember,
                             u"you are not a member of the group %1"_s.arg(group));
}

ServerLine Replies::noSuchPublicGroup(const QString &group)
{
    return ServerLine::error(
            ErrorCode::NoSuchGroup,
            u"group %1 does not exist, use DIRECTORY to see the public groups"_s.arg(group));
}

ServerLine Replies::notInGroup(const QString &group, const QString &user)
{
    return ServerLine::error(ErrorCode::NotAMember,
                             u"%1 is not a member of the group %2"_s.arg(user, group));
}

ServerLine Replies::inviteOnly(const QString &group)
{
    return ServerLine::error(ErrorCode::InviteOnly,
                             u"the group %1 is private: a member must invite you"_s.arg(group));
}

ServerLine Replies::notOwner(const QString &group, const QString &owner)
{
    return ServerLine::error(
            ErrorCode::NotOwner,
            u"only the owner of the group %1, %2, may do that"_s.arg(group, owner));
}

ServerLine Replies::groupExists(const QString &group)
{
    return ServerLine::error(ErrorCode::GroupExists,
                             u"the group %1 exists; choose another name"_s.arg(group));
}

ServerLine Replies::alreadyMember(const QString &group, const QString &user)
{
    return ServerLine::error(ErrorCode::AlreadyMember,
                             u"%1 is already a member of the group %2"_s.arg(user, group));
}

ServerLine Replies::groupFull(const QString &group, int maxMembers)
{
    return ServerLine::error(
            ErrorCode::GroupFull,
            u"the group %1 may hold at most %2 members"_s.arg(group).arg(maxMembers));
}

ServerLine Replies::tooManyGroups(const QString &user, int maxGroups)
{
    return ServerLine::error(
            ErrorCode::TooManyGroups,
            u"%1 is in %2 groups, the most one may be in"_s.arg(user).arg(maxGroups));
}

ServerLine Replies::historyUnavailable()
{
    return ServerLine::error(ErrorCode::UnknownCommand,
                             u"HISTORY is not available on this server"_s);
}

ServerLine Replies::passwordRequired()
{
    return ServerLine::error(ErrorCode::PasswordRequired,
                             u"this server needs a password: send PASS <password> before NAME"_s);
}

ServerLine Replies::badPassword()
{
    return ServerLine::error(ErrorCode::BadPassword, u"wrong password"_s);
}

ServerLine Replies::tlsRequired()
{
    return ServerLine::error(ErrorCode::TlsRequired, TlsOnlyText);
}

ServerLine Replies::nameOwned(const QString &name)
{
    return ServerLine::error(ErrorCode::NameOwned,
                             u"the name %1 belongs to an account; sign in with SIGNIN %1 "
                             u"<password>, or choose another name"_s.arg(name));
}

ServerLine Replies::accountsRequired()
{
    return ServerLine::error(ErrorCode::AccountsRequired,
                             u"this server has no guests: sign in with SIGNIN <name> <password>, "
                             u"or make an account with SIGNUP <name> <password>"_s);
}

ServerLine Replies::noAccounts()
{
    return ServerLine::error(ErrorCode::NoAccounts,
                             u"this server keeps no accounts; register with NAME <name>"_s);
}

ServerLine Replies::noSuchAccount(const QString &name)
{
    return ServerLine::error(
            ErrorCode::NoSuchAccount,
            u"there is no account %1; make one with SIGNUP %1 <password>"_s.arg(name));
}

ServerLine Replies::accountPasswordWrong()
{
    return ServerLine::error(ErrorCode::WrongPassword, u"wrong password"_s);
}

namespace {
QString seconds(qint64 msecs)
{
    return QString::number((msecs + 999) / 1000);
}
} // namespace

ServerLine Replies::throttled(qint64 waitMSecs)
{
    return ServerLine::error(
            ErrorCode::Throttled,
            u"too many wrong passwords; try again in %1 s"_s.arg(seconds(waitMSecs)));
}

ServerLine Replies::lockedOut(qint64 waitMSecs)
{
    return ServerLine::error(
            ErrorCode::Locked,
            u"too many wrong passwords; sign-in is locked for %1 s"_s.arg(seconds(waitMSecs)));
}

ServerLine Replies::accountLocked(const QString &name)
{
    return ServerLine::error(ErrorCode::Locked,
                             u"the account %1 is locked by the server's operator"_s.arg(name));
}

ServerLine Replies::notSignedIn()
{
    return ServerLine::error(ErrorCode::NotSignedIn,
                             u"this needs an account: SIGNIN <name> <password>, or CLAIM "
                             u"<password> to make your name one"_s);
}

ServerLine Replies::alreadyRegistered()
{
    return ServerLine::error(ErrorCode::AlreadyRegistered,
                             u"you are registered already; sign in on a new connection"_s);
}

ServerLine Replies::alreadySignedIn(const QString &name)
{
    return ServerLine::error(ErrorCode::AlreadySignedIn,
                             u"your name %1 is an account already"_s.arg(name));
}

ServerLine Replies::accountNameFixed(const QString &name)
{
    return ServerLine::error(ErrorCode::AlreadySignedIn,
                             u"you are signed in as %1, and an account's name stays"_s.arg(name));
}

ServerLine Replies::tooManySessions(int maxSessions)
{
    return ServerLine::error(ErrorCode::TooManySessions,
                             u"the account is signed in on %1 connections, the most it may be; "
                             u"close one first"_s.arg(maxSessions));
}

ServerLine Replies::busy()
{
    return ServerLine::error(ErrorCode::Busy,
                             u"the server is busy with other sign-ins; try again in a moment"_s);
}

ServerLine Replies::notHeldForGuest(const QString &user)
{
    return ServerLine::error(
            ErrorCode::NoSuchUser,
            u"user %1 is not online, and messages are kept only for accounts"_s.arg(user)
                    + PointToList);
}

ServerLine Replies::heldFull(const QString &user, int maxMessages, qsizetype maxBytes)
{
    return ServerLine::error(
            ErrorCode::HeldFull,
            u"%1 is offline and has as many messages waiting as may be kept "
            u"(%2 messages or %3 KiB); try again once they have read them"_s.arg(user)
                    .arg(maxMessages)
                    .arg(maxBytes / 1024));
}

ServerLine Replies::noSuchMessage(quint64 id)
{
    return ServerLine::error(ErrorCode::BadSyntax, u"there is no message %1 yet"_s.arg(id));
}

ServerLine Replies::flood()
{
    return ServerLine::error(ErrorCode::Flood,
                             u"you are sending too fast; your lines are delayed"_s);
}

ServerLine Replies::goodbye(const QString &name)
{
    return ServerLine::bye(ErrorCode::Closed,
                           name.isEmpty() ? u"Goodbye"_s : u"Goodbye, "_s + name);
}

ServerLine Replies::shutdown()
{
    return ServerLine::bye(ErrorCode::Shutdown, u"the server is stopping"_s);
}

ServerLine Replies::kicked(const QString &reason)
{
    return ServerLine::bye(ErrorCode::Kicked,
                           reason.isEmpty() ? u"closed by the server's operator"_s : reason);
}

ServerLine Replies::floodedOut()
{
    return ServerLine::bye(ErrorCode::Flood, u"you kept sending too fast"_s);
}

ServerLine Replies::registrationTimeout(int seconds)
{
    return ServerLine::bye(ErrorCode::Timeout,
                           u"no NAME within %1 seconds of connecting"_s.arg(seconds));
}

ServerLine Replies::pingTimeout()
{
    return ServerLine::bye(ErrorCode::Timeout, u"no reply to PING"_s);
}

ServerLine Replies::serverFull(int maxClients)
{
    return ServerLine::bye(
            ErrorCode::ServerFull,
            u"the server has all the %1 connections it may have; try again later"_s.arg(
                    maxClients));
}

ServerLine Replies::addressFull(int maxClientsPerAddress)
{
    return ServerLine::bye(
            ErrorCode::ServerFull,
            u"your address has all the %1 connections it may have"_s.arg(maxClientsPerAddress));
}

ServerLine Replies::wrongPassword()
{
    return ServerLine::bye(ErrorCode::BadPassword, u"wrong password"_s);
}

ServerLine Replies::accountDeleted()
{
    return ServerLine::bye(ErrorCode::AccountDeleted, u"the account is deleted"_s);
}

ServerLine Replies::accountLockedOut()
{
    return ServerLine::bye(ErrorCode::Locked, u"the account is locked by the server's operator"_s);
}

ServerLine Replies::tlsOnly()
{
    return ServerLine::bye(ErrorCode::TlsRequired, TlsOnlyText);
}

ServerLine Replies::tooMuchBeforeWelcome()
{
    return ServerLine::bye(ErrorCode::SlowReader,
                           u"too much arrived for you before you finished registering"_s);
}

QString Replies::quit()
{
    return u"quit"_s;
}

QString Replies::connectionLost()
{
    return u"connection lost"_s;
}

QString Replies::kickedReason(const QString &reason)
{
    return reason.isEmpty() ? u"kicked"_s : u"kicked: "_s + reason;
}

QString Replies::flooding()
{
    return u"flooding"_s;
}

QString Replies::timedOut()
{
    return u"timed out"_s;
}

QString Replies::slowReader()
{
    return u"stopped reading"_s;
}

QString Replies::refused()
{
    return u"refused: the server is full"_s;
}

QString Replies::passwordRefused()
{
    return u"wrong password"_s;
}

QString Replies::accountGone()
{
    return u"account deleted"_s;
}

QString Replies::accountLockedReason()
{
    return u"account locked"_s;
}

} // namespace Chinwag
