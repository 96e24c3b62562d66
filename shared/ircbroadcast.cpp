// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircbroadcast.h"

namespace Chinwag {

namespace {

using Tags = IrcMessage::Tags;

// The smallest set of tags that writes the same bytes, so that recipients who would read the
// same line share one encoding: a message without tags is encoded once for everyone.
Tags sameBytesAs(const IrcMessage &message, Tags which)
{
    const bool time = message.tag(u"time").has_value();
    if (which == Tags::All && message.tags.size() == (time ? 1 : 0))
        which = Tags::ServerTime;
    if (which == Tags::ServerTime && !time)
        which = Tags::None;
    return which;
}

} // namespace

const QByteArray &IrcBroadcast::bytes(IrcMessage::Tags which) const
{
    which = sameBytesAs(m_message, which);
    QByteArray &bytes = m_bytes[size_t(which)];
    if (bytes.isEmpty())
        bytes = m_message.encode(which);
    return bytes;
}

} // namespace Chinwag
