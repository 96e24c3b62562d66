// SPDX-License-Identifier: GPL-3.0-or-later
#include "errormessages.h"

namespace Chinwag {

QString ErrorMessages::describe(const ProtocolError &error)
{
    switch (error.code) {
    case ErrorCode::BadName:
        return tr("Names are 1 to 32 letters, digits, '_', '-' or '.', and start with a letter.");
    case ErrorCode::NameTaken:
        return tr("Someone else is using that name. Please choose another.");
    case ErrorCode::NotRegistered:
        return tr("You are not signed in to the server yet.");
    case ErrorCode::PasswordRequired:
        return tr("The server needs a password.");
    case ErrorCode::BadPassword:
        return tr("The server's password was wrong.");
    case ErrorCode::NoSuchUser:
        return tr("No user of that name is online, and messages are kept only for accounts.");
    case ErrorCode::NoSuchGroup:
        return tr("There is no such group.");
    case ErrorCode::NotAMember:
        return tr("You are not a member of this group.");
    case ErrorCode::GroupExists:
        return tr("A group of that name exists already. Please choose another name.");
    case ErrorCode::AlreadyMember:
        return tr("That user is a member of the group already.");
    case ErrorCode::GroupFull:
        return tr("The group has as many members as it may hold.");
    case ErrorCode::TooManyGroups:
        return tr("Someone would be in more groups than the server allows.");
    case ErrorCode::LineTooLong:
        return tr("The message is too long for the server.");
    case ErrorCode::BadUtf8:
    case ErrorCode::BadText:
        return tr("The message holds characters that cannot be sent.");
    case ErrorCode::Flood:
        return tr("You are sending too fast; your messages are delayed.");
    case ErrorCode::ServerFull:
        return tr("The server is full.");
    case ErrorCode::BadConversation:
        return tr("That is not a conversation the server knows.");
    case ErrorCode::OutOfRange:
        return tr("The server cannot give that many messages, or from there.");
    case ErrorCode::NameOwned:
        return tr("That name belongs to an account. Sign in with its password, or choose "
                  "another name.");
    case ErrorCode::NoSuchAccount:
        return tr("There is no account of that name.");
    case ErrorCode::WrongPassword:
        return tr("The password is wrong. Please try again.");
    case ErrorCode::InvalidPassword:
        return tr("Passwords are 8 to 128 characters without spaces.");
    case ErrorCode::Throttled:
        return tr("Too many wrong passwords. Please wait a few seconds, then try again.");
    case ErrorCode::Locked:
        return tr("Signing in to this account is locked for now, after too many wrong passwords "
                  "or by the server's operator. Please try again later.");
    case ErrorCode::NotSignedIn:
        return tr("This needs an account. Please sign in.");
    case ErrorCode::AlreadyRegistered:
        return tr("You are signed in already.");
    case ErrorCode::AlreadySignedIn:
        return tr("Your name is an account already.");
    case ErrorCode::TooManySessions:
        return tr("The account is signed in on as many devices as the server allows. Sign out "
                  "on one of them, then try again.");
    case ErrorCode::AccountsRequired:
        return tr("This server has no guests. Please sign in, or create an account.");
    case ErrorCode::NoAccounts:
        return tr("This server keeps no accounts. Please continue as a guest.");
    case ErrorCode::Busy:
        return tr("The server is busy checking passwords. Please try again in a moment.");
    case ErrorCode::AccountDeleted:
        return tr("The account is deleted.");
    case ErrorCode::HeldFull:
        return tr("So many messages already wait for this user that no more are kept until "
                  "they have read them.");
    case ErrorCode::TlsRequired:
        return tr("The server speaks TLS only on this port. Please connect with TLS.");
    case ErrorCode::InviteOnly:
        return tr("The group is private: a member must invite you.");
    case ErrorCode::NotOwner:
        return tr("Only the group's owner may do that.");
    case ErrorCode::BadSyntax:
    case ErrorCode::UnknownCommand:
    case ErrorCode::Timeout:
    case ErrorCode::Kicked:
    case ErrorCode::Shutdown:
    case ErrorCode::Closed:
    case ErrorCode::SlowReader:
        break;
    }
    return error.sentence.isEmpty() ? tr("The server refused the request.") : error.sentence;
}

QString ErrorMessages::describeDisconnect(const ProtocolError &bye)
{
    switch (bye.code) {
    case ErrorCode::Kicked:
        return bye.sentence.isEmpty()
                ? tr("The server's operator disconnected you.")
                : tr("The server's operator disconnected you: %1").arg(bye.sentence);
    case ErrorCode::Shutdown:
        return tr("The server is shutting down.");
    case ErrorCode::Timeout:
        return tr("The server closed the connection after a silence.");
    case ErrorCode::ServerFull:
        return tr("The server is full.");
    case ErrorCode::BadPassword:
        return tr("The server's password was wrong.");
    case ErrorCode::Flood:
        return tr("The server disconnected you for sending too fast.");
    case ErrorCode::SlowReader:
        return tr("The server disconnected you because this client fell behind.");
    case ErrorCode::Closed:
        return tr("Disconnected.");
    case ErrorCode::AccountDeleted:
        return tr("Your account has been deleted.");
    case ErrorCode::Locked:
        return tr("The server's operator locked your account.");
    default:
        return describe(bye);
    }
}

} // namespace Chinwag
