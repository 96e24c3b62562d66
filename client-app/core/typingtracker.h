// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>
#include "protocollimits.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace Chinwag {

// Who is typing where, from the TYPING lines: a user counts as typing for a while after each
// one, and stops at once when their message arrives or they leave. One timer serves every
// conversation: it wakes when the next user should stop.
class TypingTracker : public QObject
{
    Q_OBJECT

public:
    explicit TypingTracker(QObject *parent = nullptr);

    // How long one TYPING counts.
    void setShownFor(std::chrono::milliseconds shown) { m_shownFor = shown; }

    void noteTyping(const Conversation &conversation, const QString &user);
    // The user's message arrived: they are done typing it.
    void noteStopped(const Conversation &conversation, const QString &user);
    // The user left, or changed name: they type nowhere.
    void forget(const QString &user);
    void clear();

    // The users typing in a conversation, in the order they started.
    QStringList typists(const Conversation &conversation) const;

Q_SIGNALS:
    void typistsChanged(const Chinwag::Conversation &conversation);

private:
    struct Typist
    {
        QString name;
        QString key; // NameRules::key(name)
        QDeadlineTimer until;
    };
    struct Place
    {
        Conversation conversation;
        QList<Typist> typists;
    };

    void expire();
    void rearm();

    QHash<QString, Place> m_places; // by the conversation's folded name
    QTimer m_timer;
    std::chrono::milliseconds m_shownFor{ Protocol::TypingShownMSecs };
};

} // namespace Chinwag
