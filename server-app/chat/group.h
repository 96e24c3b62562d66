// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Chinwag {

class Session;

// A private group: its name as the creator spelled it, who made it, who is in it.
struct Group
{
    QString name;
    QString key; // NameRules::key(name)
    QString creator; // the creator's name, followed when they rename
    quint64 creatorId = 0; // the creator's connection
    QSet<Session *> members;
    // Per member, the last message id issued before they last joined: they may read the
    // group's history after it, and nothing said before.
    QHash<const Session *, quint64> joinedAfter;
};

} // namespace Chinwag
