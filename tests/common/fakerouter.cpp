// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakerouter.h"

#include "envelope.h"
#include "registry.h"
#include "session.h"

namespace Chinwag {

void FakeRouter::note(Routed::To to, const QString &key, const Envelope &envelope,
                      const Session *except)
{
    m_routed.append({ to, key, envelope.chinwag().chopped(1), except });
}

void FakeRouter::toEveryone(const Envelope &envelope, const Session *except)
{
    note(Routed::To::Everyone, {}, envelope, except);
    for (Session *session : m_registry.sessions()) {
        if (session != except)
            session->deliver(envelope);
    }
}

void FakeRouter::toUser(const QString &userKey, const Envelope &envelope, const Session *except)
{
    note(Routed::To::User, userKey, envelope, except);
    if (const User *user = m_registry.user(userKey)) {
        for (Session *session : user->sessions()) {
            if (session != except)
                session->deliver(envelope);
        }
    }
}

void FakeRouter::toGroup(const QString &groupKey, const Envelope &envelope, const Session *except)
{
    note(Routed::To::Group, groupKey, envelope, except);
    const Group *group = m_registry.group(groupKey);
    if (!group)
        return;
    for (Session *session : group->sessions) {
        if (session != except)
            session->deliver(envelope);
    }
}

} // namespace Chinwag
