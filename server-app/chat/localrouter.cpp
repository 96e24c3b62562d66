// SPDX-License-Identifier: GPL-3.0-or-later
#include "localrouter.h"

#include "envelope.h"
#include "registry.h"
#include "session.h"

#include <utility>

namespace Chinwag {

namespace {
// How many recipients ahead a session, and then its transport, is fetched.
constexpr size_t SessionsAhead = 8;
constexpr size_t TransportsAhead = 4;
} // namespace

// The recipients are listed first: a delivery never changes the registry, and the list would
// stay intact if one did. A session is deleted only later, on the event loop, so no pointer in
// the list can dangle meanwhile.
template<typename Sessions>
void LocalRouter::deliver(const Sessions &sessions, const Envelope &envelope, const Session *except)
{
    std::vector<Session *> recipients = std::exchange(m_recipients, {});
    recipients.clear();
    for (Session *session : sessions) {
        if (session != except)
            recipients.push_back(session);
    }
    const size_t count = recipients.size();
    for (size_t i = 0; i < count; ++i) {
        if (i + SessionsAhead < count)
            recipients[i + SessionsAhead]->prefetch();
        if (i + TransportsAhead < count)
            recipients[i + TransportsAhead]->prefetchTransport();
        recipients[i]->deliver(envelope);
    }
    m_recipients = std::move(recipients);
}

void LocalRouter::toEveryone(const Envelope &envelope, const Session *except)
{
    deliver(m_registry.sessions(), envelope, except);
}

void LocalRouter::toUser(const QString &userKey, const Envelope &envelope, const Session *except)
{
    if (const User *user = m_registry.user(userKey)) {
        for (Session *session : user->sessions()) {
            if (session != except)
                session->deliver(envelope);
        }
    }
}

void LocalRouter::toGroup(const QString &groupKey, const Envelope &envelope, const Session *except)
{
    if (const Group *group = m_registry.group(groupKey))
        deliver(group->sessions, envelope, except);
}

} // namespace Chinwag
