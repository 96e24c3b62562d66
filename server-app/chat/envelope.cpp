// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelope.h"

#include "ircrelay.h"

namespace Chinwag {

const QByteArray &Envelope::irc(IrcMessage::Tags which) const
{
    if (!m_ircMade) {
        m_ircMade = true;
        const QList<IrcMessage> messages = IrcRelay::messagesOf(m_line);
        for (const IrcMessage &message : messages)
            m_irc.append(IrcBroadcast(message));
    }
    if (m_irc.size() == 1)
        return m_irc.first().bytes(which);
    QByteArray &joined = m_ircJoined[size_t(which)];
    if (joined.isEmpty()) {
        for (const IrcBroadcast &part : std::as_const(m_irc))
            joined += part.bytes(which);
    }
    return joined;
}

} // namespace Chinwag
