// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace Chinwag {

class Session;

// A private group: its name as the creator spelled it, who made it, its members (online or
// not), and the sessions of the members who are online, to which a message fans out.
struct Group
{
    struct Member
    {
        QString name; // as last spelled
        // The last message id issued before they last joined: they may read the group's
        // history after it, and nothing said before.
        quint64 joinedAfter = 0;
    };

    QString name;
    QString key; // NameRules::key(name)
    QString creator; // the creator's name, followed when they rename
    QString creatorKey;
    QHash<QString, Member> members; // by user key
    // Kept beside the members so that a fan-out walks a flat list, not the registry.
    std::vector<Session *> sessions;
};

} // namespace Chinwag
