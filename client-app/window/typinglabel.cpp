// SPDX-License-Identifier: GPL-3.0-or-later
#include "typinglabel.h"

#include <conversationkey.h>
#include <typingtracker.h>

namespace Chinwag {

using namespace Qt::StringLiterals;

TypingLabel::TypingLabel(TypingTracker *tracker, QWidget *parent)
    : QLabel(parent), m_tracker(tracker)
{
    setObjectName(u"typingLabel"_s);
    setForegroundRole(QPalette::PlaceholderText);
    QFont small = font();
    small.setItalic(true);
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    setContentsMargins(16, 0, 16, 0);
    // The line is there even when empty, so that the input does not jump.
    setMinimumHeight(fontMetrics().height() + 2);
    connect(tracker, &TypingTracker::typistsChanged, this, [this](const Conversation &c) {
        if (conversationKey(c) == conversationKey(m_conversation))
            update();
    });
}

void TypingLabel::setConversation(const Conversation &conversation)
{
    m_conversation = conversation;
    update();
}

QString TypingLabel::sentence(const QStringList &typists)
{
    switch (typists.size()) {
    case 0:
        return {};
    case 1:
        return tr("%1 is typing…").arg(typists.at(0));
    case 2:
        return tr("%1 and %2 are typing…").arg(typists.at(0), typists.at(1));
    case 3:
        return tr("%1, %2 and %3 are typing…").arg(typists.at(0), typists.at(1), typists.at(2));
    default:
        return tr("Several people are typing…");
    }
}

void TypingLabel::update()
{
    setText(sentence(m_tracker->typists(m_conversation)));
}

} // namespace Chinwag
