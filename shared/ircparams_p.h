// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocollimits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chinwag::IrcParams {

// The longest parameter a reply echoes: a channel name of 32 characters and its '#', in UTF-8.
inline constexpr qsizetype MaxEchoedBytes = 4 * (Protocol::MaxNameLength + 1);

// A parameter as a line may carry it before its last one: "*" in place of one that would break
// the line's grammar.
inline QString middle(const QString &param)
{
    if (param.isEmpty() || param.startsWith(u':') || param.contains(u' '))
        return QStringLiteral("*");
    return param;
}

// As middle(), and "*" for anything longer than a name: what a client chose, echoed back.
inline QString echoed(const QString &param)
{
    if (param.size() * 3 > MaxEchoedBytes && param.toUtf8().size() > MaxEchoedBytes)
        return QStringLiteral("*");
    return middle(param);
}

// `items` in groups of at most `maxItems` that each fit in `budget` bytes with a space after
// every item (one more than the group joined by spaces needs). An item alone in its group may
// be longer.
inline QList<QStringList> packed(const QStringList &items, qsizetype budget, qsizetype maxItems)
{
    QList<QStringList> groups;
    QStringList group;
    qsizetype bytes = 0;
    for (const QString &item : items) {
        const qsizetype size = item.toUtf8().size() + 1;
        if (!group.isEmpty() && (bytes + size > budget || group.size() == maxItems)) {
            groups.append(group);
            group.clear();
            bytes = 0;
        }
        group.append(item);
        bytes += size;
    }
    if (!group.isEmpty())
        groups.append(group);
    return groups;
}

} // namespace Chinwag::IrcParams
