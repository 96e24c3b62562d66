// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatcontext.h"

namespace Chinwag {

class Session;
struct Command;

// HISTORY: pages of past messages, within what the reader may read.
class HistoryCommands
{
public:
    explicit HistoryCommands(const ChatContext &context) : m_context(context) { }

    void history(Session &session, const Command &command);

private:
    ChatContext m_context;
};

} // namespace Chinwag
