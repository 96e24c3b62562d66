// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace Chinwag {

class Session;

// A group: its name as the creator spelled it, who owns it, whether anyone may join it
// (public) or only those invited (private), its members (online or not), and the sessions of
// the members who are online, to which a message fans out.
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
    // The owner's name, followed when they rename: the creator, until they leave; then the
    // member who has been in the group longest.
    QString owner;
    QString ownerKey;
    bool isPublic = false;
    QHash<QString, Member> members; // by user key
    // Kept beside the members so that a fan-out walks a flat list, not the registry.
    std::vector<Session *> sessions;
};

} // namespace Chinwag
