// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverline.h"

#include <QByteArrayView>

#include <optional>
#include <utility>

namespace Chinwag::ServerLineWire {

// The keyword of each type of server line: one table for the parser and the encoder.
inline constexpr std::pair<ServerLine::Type, QByteArrayView> Keywords[] = {
    { ServerLine::Type::Hello, "HELLO" },
    { ServerLine::Type::Info, "INFO" },
    { ServerLine::Type::Ok, "OK" },
    { ServerLine::Type::Error, "ERROR" },
    { ServerLine::Type::Bye, "BYE" },
    { ServerLine::Type::Ping, "PING" },
    { ServerLine::Type::Pong, "PONG" },
    { ServerLine::Type::Msg, "MSG" },
    { ServerLine::Type::Hist, "HIST" },
    { ServerLine::Type::User, "USER" },
    { ServerLine::Type::Group, "GROUP" },
    { ServerLine::Type::Member, "MEMBER" },
    { ServerLine::Type::Joined, "JOINED" },
    { ServerLine::Type::Left, "LEFT" },
    { ServerLine::Type::Renamed, "RENAMED" },
    { ServerLine::Type::Away, "AWAY" },
    { ServerLine::Type::Back, "BACK" },
    { ServerLine::Type::Typing, "TYPING" },
    { ServerLine::Type::Made, "MADE" },
    { ServerLine::Type::Invited, "INVITED" },
    { ServerLine::Type::Parted, "PARTED" },
    { ServerLine::Type::Notice, "NOTICE" },
    { ServerLine::Type::Supports, "SUPPORTS" },
    { ServerLine::Type::Conversation, "CONVERSATION" },
    { ServerLine::Type::Read, "READ" },
    { ServerLine::Type::Public, "PUBLIC" },
    { ServerLine::Type::Entered, "ENTERED" },
    { ServerLine::Type::Kicked, "KICKED" },
    { ServerLine::Type::About, "ABOUT" },
};

inline QByteArrayView visibilityKeyword(bool isPublic)
{
    return isPublic ? QByteArrayView("PUBLIC") : QByteArrayView("PRIVATE");
}

inline QByteArrayView keywordOf(ServerLine::Type type)
{
    for (const auto &[t, keyword] : Keywords) {
        if (t == type)
            return keyword;
    }
    Q_UNREACHABLE();
}

inline std::optional<ServerLine::Type> typeNamed(QByteArrayView keyword)
{
    for (const auto &[type, name] : Keywords) {
        if (name == keyword)
            return type;
    }
    return std::nullopt;
}

} // namespace Chinwag::ServerLineWire
