// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Chinwag {

// A message's text between the dialects (docs/PROTOCOL.md, "IRC: what the listener does"). IRC
// text may hold formatting codes and CTCP; Chinwag text holds no control character but TAB. A
// CTCP ACTION (`/me waves`, "\x01ACTION waves\x01") is "/me waves" on Chinwag's side, and
// Chinwag's "/me waves" is an ACTION on IRC's, so that both show it as an action.
class IrcText
{
public:
    // What an IRC client sent, as Chinwag text: formatting codes (bold, colours with their
    // digits, reset, …) and other control characters removed. Empty when nothing is left, and
    // for a CTCP request other than ACTION (VERSION, PING, …), which Chinwag does not relay.
    static QString toChinwag(const QString &text);
    // Chinwag text as IRC text: "/me …" becomes a CTCP ACTION, the rest is as it is.
    static QString fromChinwag(const QString &text);
};

} // namespace Chinwag
