// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircbroadcast.h"
#include "ircmessage.h"
#include "serverline.h"

#include <QByteArray>
#include <QList>

#include <array>

namespace Chinwag {

// A server line on its way to one or many recipients: the typed value, for a router or a
// session that speaks another wire format, and its bytes in each dialect, encoded once on first
// use and then shared by every recipient's write: the Chinwag line, and the IRC messages
// (IrcRelay) once for each set of tags an IRC recipient takes.
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

    // The IRC messages of the line, as a recipient that takes `which` tags reads them; empty
    // for a line that is not the same for every IRC recipient.
    const QByteArray &irc(IrcMessage::Tags which) const;

private:
    ServerLine m_line;
    mutable QByteArray m_chinwag; // never empty once encoded: a line ends with LF
    // Made on the first IRC recipient's delivery; lines in several parts are joined per set of
    // tags in m_ircJoined.
    mutable QList<IrcBroadcast> m_irc;
    mutable std::array<QByteArray, 3> m_ircJoined;
    mutable bool m_ircMade = false;
};

} // namespace Chinwag
