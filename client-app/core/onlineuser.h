// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Chinwag {

// A registered user as LIST, JOINED, AWAY and BACK describe them.
struct OnlineUser
{
    QString name;
    bool away = false;
    QString awayText;

    friend bool operator==(const OnlineUser &a, const OnlineUser &b)
    {
        return a.name == b.name && a.away == b.away && a.awayText == b.awayText;
    }
};

} // namespace Chinwag
