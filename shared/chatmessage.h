// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"

#include <QDateTime>
#include <QString>

namespace Chinwag {

// One message as the server stamped it: the same value travels in MSG and HIST lines, is kept in
// the server's history and is shown by the client.
struct ChatMessage
{
    quint64 id = 0; // unique and increasing on one server, never 0
    QDateTime time; // UTC, milliseconds
    Conversation to;
    QString from;
    QString text;

    friend bool operator==(const ChatMessage &a, const ChatMessage &b)
    {
        return a.id == b.id && a.time == b.time && a.to == b.to && a.from == b.from
                && a.text == b.text;
    }
};

} // namespace Chinwag
