// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QLabel>

namespace Chinwag {

class TypingTracker;

// "anna is typing…" under the messages: who is typing in the current conversation, from the
// tracker; empty, and keeping its height, when no one is.
class TypingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit TypingLabel(TypingTracker *tracker, QWidget *parent = nullptr);

    void setConversation(const Conversation &conversation);
    // The sentence for these people typing; empty for none.
    static QString sentence(const QStringList &typists);

private:
    void update();

    TypingTracker *m_tracker;
    Conversation m_conversation;
};

} // namespace Chinwag
