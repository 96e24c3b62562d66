// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"

#include <QString>

namespace Chinwag {

class Session;

// Who is here and who is away: LIST, AWAY and BACK.
class PresenceCommands
{
public:
    explicit PresenceCommands(const ChatContext &context) : m_context(context) { }

    void list(Session &session);
    void away(Session &session, const QString &text);
    void back(Session &session);

private:
    ChatContext m_context;
};

} // namespace Chinwag
