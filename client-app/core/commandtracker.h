// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversationsummary.h"
#include "groupsummary.h"
#include "onlineuser.h"

#include <chatmessage.h>
#include <command.h>
#include <conversation.h>
#include <protocolerror.h>
#include <serverline.h>

#include <QList>
#include <QObject>
#include <QQueue>
#include <QStringList>

#include <optional>

namespace Chinwag {

// The commands written on one connection that wait for their final reply. The server answers
// in the order of the commands (docs/PROTOCOL.md, "Replies"), so each OK, ERROR or PONG answers
// the oldest; ERROR FLOOD answers none, and a reply the codec could not read still answers its
// command, so that the queue never slips. The lines that come before a list's OK (USER, GROUP,
// MEMBER, HIST, CONVERSATION, PUBLIC) are collected and said as one list when it comes; HIST only
// while a HISTORY waits, and no more than it asked for.
class CommandTracker : public QObject
{
    Q_OBJECT

public:
    // A command waiting for its reply; a message's carries the message's local id, others 0.
    struct Pending
    {
        Command command;
        quint64 localId = 0;
    };

    explicit CommandTracker(QObject *parent = nullptr);

    // The command was written: the next reply not taken by those before it is its own.
    void track(const Command &command, quint64 localId = 0);
    // Takes a line that answers a command or belongs to a list (OK, PONG, ERROR but FLOOD, USER,
    // GROUP, MEMBER, HIST, CONVERSATION, PUBLIC); false for any other.
    bool handleLine(const ServerLine &line);
    // A line the codec refused: one that starts as a reply refuses the oldest command.
    void handleBadLine(const QByteArray &line);
    // Forgets the commands and what was collected, as when the connection ends; returns the
    // commands that got no reply, oldest first.
    QList<Pending> clear();

    bool isEmpty() const { return m_pending.isEmpty(); }
    // Whether the oldest command waiting for its reply is of this type.
    bool awaits(Command::Type type) const;

Q_SIGNALS:
    // A command's OK or PONG; a list's OK comes as the list's signal instead.
    void answered(const Chinwag::Command &command, quint64 localId,
                  const Chinwag::ServerLine &reply);
    void refused(const Chinwag::Command &command, quint64 localId,
                 const Chinwag::ProtocolError &error);

    void usersListed(const QList<Chinwag::OnlineUser> &users);
    void groupsListed(const QList<Chinwag::GroupSummary> &groups);
    void membersListed(const QString &group, const QStringList &members);
    // A page of the public groups, by name, after `after` (empty for the first); `more` when
    // others come after it.
    void directoryListed(const QString &after, const QList<Chinwag::GroupSummary> &groups,
                         bool more);
    // Newest activity first, as the server lists them.
    void conversationsListed(const QList<Chinwag::ConversationSummary> &conversations);
    // `before` and `limit` as the HISTORY asked, so that fewer than `limit` means no older ones.
    void historyReceived(const Chinwag::Conversation &conversation,
                         const QList<Chinwag::ChatMessage> &messages, quint64 before, int limit);

private:
    std::optional<Pending> take(const ServerLine &line);
    void answer(const Pending &pending, const ServerLine &line);
    void refuse(const Pending &pending, const ProtocolError &error);
    void forgetCollected();

    QQueue<Pending> m_pending;
    QList<OnlineUser> m_users;
    QList<GroupSummary> m_groups;
    QList<GroupSummary> m_directory;
    QStringList m_members;
    QList<ChatMessage> m_history;
    QList<ConversationSummary> m_conversations;
};

} // namespace Chinwag
