// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Chinwag {

// A group as the store keeps it: only its account members, whose membership outlives their
// connections, its owner and whether it is public. A guest's membership ends with its
// connection and is never stored.
struct StoredGroup
{
    struct Member
    {
        QString key;
        QString name;
        quint64 joinedAfter = 0; // they read the group's history after this id
    };

    QString key; // NameRules::key(name)
    QString name;
    QString owner;
    QString ownerKey;
    QList<Member> members;
    bool isPublic = false;
};

} // namespace Chinwag
