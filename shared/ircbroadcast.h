// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircmessage.h"

#include <QByteArray>

#include <array>

namespace Chinwag {

// An IRC message on its way to many recipients: encoded once for each set of tags a recipient
// takes (IrcMessage::Tags), on first use, and then shared by every recipient's write. What
// differs per recipient (a label, a reply's nick) is not a broadcast.
class IrcBroadcast
{
public:
    explicit IrcBroadcast(IrcMessage message) : m_message(std::move(message)) { }

    const IrcMessage &message() const { return m_message; }
    const QByteArray &bytes(IrcMessage::Tags which) const;

private:
    IrcMessage m_message;
    mutable std::array<QByteArray, 3> m_bytes; // by Tags; never empty once encoded (CR LF)
};

} // namespace Chinwag
