// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverline.h"

#include <QByteArray>

namespace Chinwag {

// A server line on its way to one or many recipients: the typed value, for a router or a
// session that speaks another wire format, and its Chinwag bytes, encoded once on first use and
// then shared by every recipient's write.
class Envelope
{
public:
    explicit Envelope(ServerLine line) : m_line(std::move(line)) { }

    const ServerLine &line() const { return m_line; }
    bool isChatMessage() const { return m_line.type == ServerLine::Type::Msg; }
    // Who is here and who is in which group: news that may wait a moment for a write shared
    // with more of it (Transport::Urgency::MayWait), unlike messages and replies.
    bool isPresence() const
    {
        switch (m_line.type) {
        case ServerLine::Type::Joined:
        case ServerLine::Type::Left:
        case ServerLine::Type::Renamed:
        case ServerLine::Type::Away:
        case ServerLine::Type::Back:
        case ServerLine::Type::Made:
        case ServerLine::Type::Invited:
        case ServerLine::Type::Parted:
            return true;
        default:
            return false;
        }
    }

    const QByteArray &chinwag() const
    {
        if (m_chinwag.isEmpty())
            m_chinwag = m_line.encode();
        return m_chinwag;
    }

private:
    ServerLine m_line;
    mutable QByteArray m_chinwag; // never empty once encoded: a line ends with LF
};

} // namespace Chinwag
