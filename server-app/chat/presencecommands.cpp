// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencecommands.h"

#include "envelope.h"
#include "registry.h"
#include "router.h"
#include "session.h"

#include <algorithm>

namespace Chinwag {

using Type = Command::Type;

void PresenceCommands::list(Session &session)
{
    QList<const User *> users = m_context.registry.users();
    std::sort(users.begin(), users.end(),
              [](const User *a, const User *b) { return a->key() < b->key(); });
    for (const User *user : std::as_const(users))
        session.send(ServerLine::userEntry(user->name(), user->isAway(),
                                           user->isAway() ? user->awayText() : QString()));
    session.send(ServerLine::okCount(Type::List, quint64(users.size())));
}

void PresenceCommands::away(Session &session, const QString &text)
{
    const User &user = *session.user();
    m_context.registry.setAway(session, true, text);
    // Away is the user's once every one of its sessions is.
    if (user.isAway())
        m_context.router.toEveryone(Envelope(ServerLine::awayNotice(user.name(), text)), &session);
    session.send(ServerLine::ok(Type::Away));
}

void PresenceCommands::back(Session &session)
{
    const User &user = *session.user();
    const bool wasAway = user.isAway();
    if (session.isAway())
        m_context.registry.setAway(session, false, {});
    if (wasAway && !user.isAway())
        m_context.router.toEveryone(Envelope(ServerLine::back(user.name())), &session);
    session.send(ServerLine::ok(Type::Back));
}

} // namespace Chinwag
