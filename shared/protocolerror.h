// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Chinwag {

// The stable codes of ERROR and BYE lines (docs/PROTOCOL.md, "Error codes").
enum class ErrorCode {
    BadSyntax,
    UnknownCommand,
    LineTooLong,
    BadUtf8,
    BadText,
    BadName,
    NameTaken,
    NotRegistered,
    NoSuchUser,
    NoSuchGroup,
    NotAMember,
    GroupExists,
    AlreadyMember,
    BadConversation,
    OutOfRange,
    Flood,
    PasswordRequired,
    BadPassword,
    ServerFull,
    TooManyGroups,
    GroupFull,
    Timeout,
    Kicked,
    Shutdown,
    Closed,
    SlowReader,
    NameOwned,
    NoSuchAccount,
    WrongPassword,
    InvalidPassword,
    Throttled,
    Locked,
    NotSignedIn,
    AlreadyRegistered,
    AlreadySignedIn,
    TooManySessions,
    AccountsRequired,
    NoAccounts,
    Busy,
    AccountDeleted,
    HeldFull,
    TlsRequired,
    InviteOnly,
    NotOwner,
};

QByteArray errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(QByteArrayView name);

// A refusal: the code a program dispatches on and the sentence a person reads.
struct ProtocolError
{
    ErrorCode code = ErrorCode::BadSyntax;
    QString sentence;

    friend bool operator==(const ProtocolError &a, const ProtocolError &b)
    {
        return a.code == b.code && a.sentence == b.sentence;
    }
};

} // namespace Chinwag
