// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Chinwag {

// One of the user's groups, as a GROUPS reply lists it.
struct GroupSummary
{
    QString name;
    QString creator;
    quint64 memberCount = 0;

    friend bool operator==(const GroupSummary &a, const GroupSummary &b)
    {
        return a.name == b.name && a.creator == b.creator && a.memberCount == b.memberCount;
    }
};

} // namespace Chinwag
