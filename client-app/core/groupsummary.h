// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Chinwag {

// A group as a GROUPS reply lists one of the user's, or DIRECTORY a public one.
struct GroupSummary
{
    QString name;
    QString owner;
    quint64 memberCount = 0;
    bool isPublic = false;

    friend bool operator==(const GroupSummary &a, const GroupSummary &b)
    {
        return a.name == b.name && a.owner == b.owner && a.memberCount == b.memberCount
                && a.isPublic == b.isPublic;
    }
};

} // namespace Chinwag
