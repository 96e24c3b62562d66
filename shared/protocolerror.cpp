// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocolerror.h"

#include <array>
#include <utility>

namespace Chinwag {

namespace {

constexpr std::array<std::pair<ErrorCode, QByteArrayView>, 44> CodeNames{ {
        { ErrorCode::BadSyntax, "BAD_SYNTAX" },
        { ErrorCode::UnknownCommand, "UNKNOWN_COMMAND" },
        { ErrorCode::LineTooLong, "LINE_TOO_LONG" },
        { ErrorCode::BadUtf8, "BAD_UTF8" },
        { ErrorCode::BadText, "BAD_TEXT" },
        { ErrorCode::BadName, "BAD_NAME" },
        { ErrorCode::NameTaken, "NAME_TAKEN" },
        { ErrorCode::NotRegistered, "NOT_REGISTERED" },
        { ErrorCode::NoSuchUser, "NO_SUCH_USER" },
        { ErrorCode::NoSuchGroup, "NO_SUCH_GROUP" },
        { ErrorCode::NotAMember, "NOT_A_MEMBER" },
        { ErrorCode::GroupExists, "GROUP_EXISTS" },
        { ErrorCode::AlreadyMember, "ALREADY_MEMBER" },
        { ErrorCode::BadConversation, "BAD_CONVERSATION" },
        { ErrorCode::OutOfRange, "OUT_OF_RANGE" },
        { ErrorCode::Flood, "FLOOD" },
        { ErrorCode::PasswordRequired, "PASSWORD_REQUIRED" },
        { ErrorCode::BadPassword, "BAD_PASSWORD" },
        { ErrorCode::ServerFull, "SERVER_FULL" },
        { ErrorCode::TooManyGroups, "TOO_MANY_GROUPS" },
        { ErrorCode::GroupFull, "GROUP_FULL" },
        { ErrorCode::Timeout, "TIMEOUT" },
        { ErrorCode::Kicked, "KICKED" },
        { ErrorCode::Shutdown, "SHUTDOWN" },
        { ErrorCode::Closed, "CLOSED" },
        { ErrorCode::SlowReader, "SLOW_READER" },
        { ErrorCode::NameOwned, "NAME_OWNED" },
        { ErrorCode::NoSuchAccount, "NO_SUCH_ACCOUNT" },
        { ErrorCode::WrongPassword, "WRONG_PASSWORD" },
        { ErrorCode::InvalidPassword, "INVALID_PASSWORD" },
        { ErrorCode::Throttled, "THROTTLED" },
        { ErrorCode::Locked, "LOCKED" },
        { ErrorCode::NotSignedIn, "NOT_SIGNED_IN" },
        { ErrorCode::AlreadyRegistered, "ALREADY_REGISTERED" },
        { ErrorCode::AlreadySignedIn, "ALREADY_SIGNED_IN" },
        { ErrorCode::TooManySessions, "TOO_MANY_SESSIONS" },
        { ErrorCode::AccountsRequired, "ACCOUNTS_REQUIRED" },
        { ErrorCode::NoAccounts, "NO_ACCOUNTS" },
        { ErrorCode::Busy, "BUSY" },
        { ErrorCode::AccountDeleted, "ACCOUNT_DELETED" },
        { ErrorCode::HeldFull, "HELD_FULL" },
        { ErrorCode::TlsRequired, "TLS_REQUIRED" },
        { ErrorCode::InviteOnly, "INVITE_ONLY" },
        { ErrorCode::NotOwner, "NOT_OWNER" },
} };

} // namespace

QByteArray errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : CodeNames) {
        if (c == code)
            return name.toByteArray();
    }
    Q_UNREACHABLE();
}

std::optional<ErrorCode> errorCodeFromName(QByteArrayView name)
{
    for (const auto &[c, n] : CodeNames) {
        if (n == name)
            return c;
    }
    return std::nullopt;
}

} // namespace Chinwag
