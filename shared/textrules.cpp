// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

namespace Chinwag {

namespace {

bool isControl(char32_t c)
{
    return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

} // namespace

TextRules::Verdict TextRules::check(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *const end = p + bytes.size();
    bool control = false;
    while (p < end) {
        const uchar b = *p;
        if (b < 0x80) {
            control |= isControl(b);
            ++p;
            continue;
        }
        // Lead byte: how many continuation bytes follow, and the smallest code point that may
        // use this length (anything below is an overlong form).
        int more;
        char32_t c;
        char32_t minimum;
        if ((b & 0xe0) == 0xc0) {
            more = 1;
            c = b & 0x1f;
            minimum = 0x80;
        } else if ((b & 0xf0) == 0xe0) {
            more = 2;
            c = b & 0x0f;
            minimum = 0x800;
        } else if ((b & 0xf8) == 0xf0) {
            more = 3;
            c = b & 0x07;
            minimum = 0x10000;
        } else {
            return Verdict::BadUtf8;
        }
        if (end - p <= more)
            return Verdict::BadUtf8;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return Verdict::BadUtf8;
            c = (c << 6) | (p[i] & 0x3f);
        }
        if (c < minimum || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
            return Verdict::BadUtf8;
        control |= isControl(c);
        p += more + 1;
    }
    // Bad UTF-8 anywhere outranks a control character, so the reply names the worse fault.
    return control ? Verdict::ControlCharacter : Verdict::Ok;
}

} // namespace Chinwag
