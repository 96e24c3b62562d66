// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircmessage.h"
#include "serverline.h"

#include <QList>
#include <QString>

namespace Chinwag {

// What a line the core fans out looks like to IRC clients (docs/PROTOCOL.md, "IRC: what the
// listener does"), the same for every IRC recipient, so that an Envelope encodes it once per set
// of tags however many IRC users read it.
class IrcRelay
{
public:
    // The host every user's source shows: "anna!anna@chinwag".
    static QString userHost();
    static IrcSource sourceOf(const QString &nick);

    // MSG as PRIVMSG (in parts, with `time` and `msgid`), JOINED as a JOIN of Everyone's
    // channel, LEFT as QUIT, RENAMED as NICK, AWAY and BACK as away-notify's AWAY, TYPING as a
    // TAGMSG with +typing. Empty for a line that IRC shows per recipient (a group's news, a
    // notice) or not at all.
    static QList<IrcMessage> messagesOf(const ServerLine &line);
    // The tags of a message: its time and id.
    static QList<IrcTag> messageTags(quint64 id, const QDateTime &time);
};

} // namespace Chinwag
