// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Chinwag::IrcWire {

// message-tags escaping: ';' "\:", SPACE "\s", '\' "\\", CR "\r", LF "\n".
inline void appendEscaped(QByteArray &out, QByteArrayView value)
{
    for (char c : value) {
        switch (c) {
        case ';':
            out += "\\:";
            break;
        case ' ':
            out += "\\s";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
}

// The spec's rules for what is not an escape: a backslash before any other character stands
// for that character, and a lone backslash at the end for nothing.
inline QByteArray unescaped(QByteArrayView escaped)
{
    QByteArray out;
    out.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i == escaped.size())
            break;
        switch (escaped[i]) {
        case ':':
            out += ';';
            break;
        case 's':
            out += ' ';
            break;
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        default:
            out += escaped[i];
        }
    }
    return out;
}

// The largest cut at or before `end` that falls between two characters of the UTF-8 `bytes`.
inline qsizetype characterBoundary(QByteArrayView bytes, qsizetype end)
{
    while (end > 0 && end < bytes.size() && (uchar(bytes[end]) & 0xc0) == 0x80)
        --end;
    return end;
}

inline bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// key = [ "+" ] [ vendor "/" ] 1*( letter / digit / "-" ), vendor = a host name.
inline bool isTagKey(QByteArrayView key)
{
    if (key.startsWith('+'))
        key = key.sliced(1);
    const qsizetype slash = key.indexOf('/');
    if (slash >= 0) {
        const QByteArrayView vendor = key.first(slash);
        if (vendor.isEmpty())
            return false;
        for (char c : vendor) {
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '-' && c != '.')
                return false;
        }
        key = key.sliced(slash + 1);
    }
    if (key.isEmpty())
        return false;
    for (char c : key) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '-')
            return false;
    }
    return true;
}

// command = 1*letter / 3digit
inline bool isCommand(QByteArrayView command)
{
    if (command.isEmpty())
        return false;
    if (isAsciiDigit(command[0])) {
        return command.size() == 3 && isAsciiDigit(command[1]) && isAsciiDigit(command[2]);
    }
    for (char c : command) {
        if (!isAsciiLetter(c))
            return false;
    }
    return true;
}

} // namespace Chinwag::IrcWire
