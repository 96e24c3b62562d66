// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Chinwag {

// The one place that says what bytes a line may hold: valid UTF-8 (no overlong forms, no
// surrogates, nothing past U+10FFFF) and no control character (C0, DEL or C1) but TAB.
class TextRules
{
public:
    enum class Verdict { Ok, BadUtf8, ControlCharacter };

    static Verdict check(QByteArrayView bytes);
};

} // namespace Chinwag
