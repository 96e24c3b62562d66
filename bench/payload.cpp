// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload.h"

#include <cstring>

namespace Chinwag {

namespace {

constexpr int SequenceAt = 9;
constexpr int TimeAt = 18;
static_assert(TimeAt + 16 == Payload::MinimumBytes);
constexpr char Digits[] = "0123456789abcdef";

void writeHex(char *out, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = Digits[value & 0xf];
        value >>= 4;
    }
}

constexpr quint64 Ones = 0x0101010101010101;
constexpr quint64 High = Ones * 0x80;

// Bytes at or above `low` (all bytes below 0x80): their high bit set, the others clear.
constexpr quint64 atLeast(quint64 v, unsigned low)
{
    return (v + Ones * (0x80 - low)) & High;
}

// Eight lower-case hex digits at once, a byte a lane: this runs for every delivery, and a digit
// at a time costs as much as the rest of reading a line.
bool readHex8(const char *in, quint32 *value)
{
    quint64 v;
    std::memcpy(&v, in, sizeof v);
    if (v & High)
        return false;
    const quint64 digit = atLeast(v, '0') & ~atLeast(v, '9' + 1);
    const quint64 letter = atLeast(v, 'a') & ~atLeast(v, 'f' + 1);
    if ((digit | letter) != High)
        return false;
    // Each lane to its value (a letter is its low nibble + 9), then the lanes to one number: the
    // first character, in the lowest byte, is the most significant digit.
    quint64 n = (v & (Ones * 0x0f)) + (letter >> 7) * 9;
    n = ((n << 4) | (n >> 8)) & 0x00ff00ff00ff00ff;
    n = ((n << 8) | (n >> 16)) & 0x0000ffff0000ffff;
    *value = quint32((n << 16) | (n >> 32));
    return true;
}

} // namespace

void Payload::appendTo(QByteArray &out, qsizetype bytes) const
{
    const qsizetype start = out.size();
    out.resize(start + std::max(bytes, MinimumBytes), '.');
    char *p = out.data() + start;
    writeHex(p, sender, 8);
    p[SequenceAt - 1] = ' ';
    writeHex(p + SequenceAt, sequence, 8);
    p[TimeAt - 1] = ' ';
    writeHex(p + TimeAt, quint64(sentNs), 16);
}

std::optional<Payload> Payload::read(QByteArrayView text, qsizetype bytes)
{
    if (text.size() != std::max(bytes, MinimumBytes))
        return std::nullopt;
    const char *p = text.data();
    quint32 sender, sequence, timeHigh, timeLow;
    if (p[SequenceAt - 1] != ' ' || p[TimeAt - 1] != ' ' || !readHex8(p, &sender)
        || !readHex8(p + SequenceAt, &sequence) || !readHex8(p + TimeAt, &timeHigh)
        || !readHex8(p + TimeAt + 8, &timeLow))
        return std::nullopt;
    return Payload{ sender, sequence, qint64((quint64(timeHigh) << 32) | timeLow) };
}

} // namespace Chinwag
