// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace Chinwag
