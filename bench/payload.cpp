// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload.h"

#include <array>

namespace Chinwag {

namespace {

constexpr int SenderDigits = 6;
constexpr int SequenceDigits = 8;
constexpr int TimeDigits = 16;
constexpr char Digits[] = "0123456789abcdef";

constexpr std::array<qint8, 256> hexValues()
{
    std::array<qint8, 256> values{};
    for (auto &v : values)
        v = -1;
    for (int i = 0; i < 16; ++i)
        values[uchar(Digits[i])] = qint8(i);
    return values;
}
constexpr auto HexValues = hexValues();

char *writeHex(char *out, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = Digits[value & 0xf];
        value >>= 4;
    }
    return out + digits;
}

// Reads `digits` hex digits; false on anything else.
bool readHex(const char *in, int digits, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < digits; ++i) {
        const qint8 d = HexValues[uchar(in[i])];
        if (d < 0)
            return false;
        v = (v << 4) | quint64(d);
    }
    *value = v;
    return true;
}

} // namespace

void Payload::appendTo(QByteArray &out, qsizetype bytes) const
{
    const qsizetype start = out.size();
    out.resize(start + std::max(bytes, MinimumBytes), '.');
    char *p = out.data() + start;
    p = writeHex(p, sender, SenderDigits);
    *p++ = ' ';
    p = writeHex(p, sequence, SequenceDigits);
    *p++ = ' ';
    writeHex(p, quint64(sentNs), TimeDigits);
}

std::optional<Payload> Payload::read(QByteArrayView text, qsizetype bytes)
{
    if (text.size() != std::max(bytes, MinimumBytes))
        return std::nullopt;
    const char *p = text.data();
    constexpr int SequenceAt = SenderDigits + 1;
    constexpr int TimeAt = SequenceAt + SequenceDigits + 1;
    static_assert(TimeAt + TimeDigits == MinimumBytes);
    quint64 sender, sequence, sent;
    if (p[SequenceAt - 1] != ' ' || p[TimeAt - 1] != ' ' || !readHex(p, SenderDigits, &sender)
        || !readHex(p + SequenceAt, SequenceDigits, &sequence)
        || !readHex(p + TimeAt, TimeDigits, &sent))
        return std::nullopt;
    return Payload{ quint32(sender), quint32(sequence), qint64(sent) };
}

} // namespace Chinwag
