// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmessage.h>

#include <QString>

namespace Chinwag {

// One line of a conversation as the client shows it: a chat message (received, or the user's own
// on its way to the server) or a quieter line about what happened (a join, a rename, an error).
struct MessageEntry
{
    enum class Kind { Chat, System, Error };
    // Where one of the user's own messages is; Received for everyone else's.
    enum class Delivery {
        Received,
        Queued, // typed while disconnected: sent when the connection is back
        Sending, // written, the server has not confirmed it yet
        Sent, // confirmed: the message has the server's id and time
        Held, // confirmed, and kept for a user who is offline
        Failed, // not sent; `failure` says why
    };

    Kind kind = Kind::Chat;
    Delivery delivery = Delivery::Received;
    ChatMessage message; // id 0 until the server confirms an own message; system lines: time, text
    quint64 localId = 0; // own messages: the client's number for it, from 1
    QString failure; // Failed: why, for a person

    bool isOwn() const { return delivery != Delivery::Received; }
};

} // namespace Chinwag
