// SPDX-License-Identifier: GPL-3.0-or-later
#include "localrouter.h"

#include "envelope.h"
#include "registry.h"
#include "session.h"

namespace Chinwag {

// The loops walk a copy of the container: an implicitly shared copy costs nothing, and stays
// intact if a delivery ever changes the registry. A session is deleted only later, on the event
// loop, so no pointer in the copy can dangle meanwhile.

void LocalRouter::toEveryone(const Envelope &envelope, const Session *except)
{
    const QHash<QString, Session *> users = m_registry.users();
    for (Session *user : users) {
        if (user != except)
            user->deliver(envelope);
    }
}

void LocalRouter::toUser(const QString &userKey, const Envelope &envelope)
{
    if (Session *user = m_registry.user(userKey))
        user->deliver(envelope);
}

void LocalRouter::toGroup(const QString &groupKey, const Envelope &envelope, const Session *except)
{
    const Group *group = m_registry.group(groupKey);
    if (!group)
        return;
    const QSet<Session *> members = group->members;
    for (Session *member : members) {
        if (member != except)
            member->deliver(envelope);
    }
}

} // namespace Chinwag
