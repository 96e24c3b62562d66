// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectsettings.h"
#include "groupsummary.h"
#include "messageentry.h"
#include "onlineuser.h"
#include "reconnectbackoff.h"

#include <chatmessage.h>
#include <command.h>
#include <conversation.h>
#include <namerules.h>
#include <protocolerror.h>

#include <QList>
#include <QObject>
#include <QQueue>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Chinwag {

class ServerConnection;
struct ServerLine;

// A chat user's connection to a Chinwag server: registers a name, sends and receives, and says
// everything the server says as typed signals. It matches replies to its commands first in,
// first out (docs/PROTOCOL.md, "Replies"), answers the server's PING, notices a silent server,
// reconnects with backoff after a lost connection and registers the same name again, and keeps
// what the user types meanwhile until the connection is back.
class ChatClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected, // not connected, and not trying to
        Connecting, // opening the connection
        Registering, // connected, waiting for the name to be accepted
        Online, // registered: messages go out
        WaitingToReconnect, // the connection was lost or could not be made; trying again soon
    };
    Q_ENUM(State)

    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    const ConnectSettings &settings() const { return m_settings; }
    // The name as the server spells it once registered; before, the name asked for.
    QString name() const { return m_name; }
    // The longest line the server takes, from its HELLO.
    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    // Why the last connection ended, or could not be made; empty while all is well.
    QString disconnectReason() const { return m_disconnectReason; }

    // The bytes the line that sends `text` to `to` takes, against maxLineBytes().
    static qsizetype lineBytes(const Conversation &to, const QString &text);

    void setBackoff(const ReconnectBackoff &backoff) { m_backoff = backoff; }
    // How long the server may stay silent before it is asked whether it is there, and how long
    // it then has to answer; and how long connecting and registering may take.
    void setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds answer,
                     std::chrono::milliseconds connect);

public Q_SLOTS:
    void connectToServer(const Chinwag::ConnectSettings &settings);
    // Says goodbye and stops; messages not sent by then are marked as not sent.
    void disconnectFromServer();
    // Stops trying to reconnect.
    void cancelReconnect();
    void reconnectNow();

    // Sends one line of text; returns the message's local id, which outgoingMessageChanged()
    // reports on, or 0 if the text is blank.
    quint64 sendMessage(const Chinwag::Conversation &to, const QString &text);
    void changeName(const QString &name);
    void makeGroup(const QString &group, const QStringList &members);
    void invite(const QString &group, const QString &user);
    void leaveGroup(const QString &group);
    void requestUsers();
    void requestGroups();
    void requestMembers(const QString &group);

Q_SIGNALS:
    void stateChanged(Chinwag::ChatClient::State state);
    void registered(const QString &name);
    // The server refused the name when connecting: the connection is given up.
    void nameRefused(const Chinwag::ProtocolError &error);
    void nameChanged(const QString &oldName, const QString &newName);

    void messageReceived(const Chinwag::ChatMessage &message);
    // One of the user's own messages was queued, sent, confirmed or refused.
    void outgoingMessageChanged(const Chinwag::MessageEntry &entry);

    void usersListed(const QList<Chinwag::OnlineUser> &users);
    void userJoined(const QString &user);
    void userLeft(const QString &user, const QString &reason);
    void userRenamed(const QString &oldName, const QString &newName);
    void userAway(const QString &user, const QString &text);
    void userBack(const QString &user);

    void groupsListed(const QList<Chinwag::GroupSummary> &groups);
    // The user is a member of a new group; the members come creator first.
    void groupMade(const QString &group, const QString &creator, const QStringList &members);
    void memberInvited(const QString &group, const QString &user, const QString &inviter);
    void memberParted(const QString &group, const QString &user);
    void membersListed(const QString &group, const QStringList &members);
    // The user left a group.
    void groupLeft(const QString &group);

    // A command other than a message was refused.
    void commandFailed(const Chinwag::Command &command, const Chinwag::ProtocolError &error);
    // An error that answers no command (FLOOD).
    void errorReceived(const Chinwag::ProtocolError &error);
    void noticeReceived(const QString &text);

    // The server said why it closes the connection (BYE), before it does.
    void disconnectedByServer(const Chinwag::ProtocolError &reason);
    // The connection ended, or could not be made, without the user asking.
    void connectionLost(const QString &reason);
    void reconnectScheduled(std::chrono::milliseconds delay);

private:
    struct PendingReply
    {
        Command command;
        MessageEntry message; // a message's command: the message, localId != 0
    };

    void setState(State state);
    void openConnection();
    void handleOpened();
    void handleClosed(const QString &reason);
    void handleSilence();
    void handleLine(const ServerLine &line);
    void handleBadLine(const QByteArray &line, const ProtocolError &error);
    void handleOk(const PendingReply &reply, const ServerLine &line);
    void handleError(const PendingReply &reply, const ProtocolError &error);
    void handleNameRefused(const ProtocolError &error);
    std::optional<PendingReply> takeReply(const ServerLine &line);

    void write(const Command &command, const MessageEntry &message = {});
    void writeMessage(MessageEntry entry);
    // A command while not online fails at once, with NOT_REGISTERED.
    bool checkOnline(const Command &command);
    // Checks a name a command carries before it goes out; a bad one fails the command.
    bool checkName(const Command &command, const QString &name, NameRules::Kind kind);
    void fail(MessageEntry entry, const QString &why);
    void failUnconfirmed(const QString &why);
    void failQueued(const QString &why);
    void giveUp(const QString &reason);
    void scheduleReconnect(const QString &reason);
    void restartWatchdog();
    bool isMe(const QString &user) const;

    ServerConnection *m_connection;
    ConnectSettings m_settings;
    QString m_name;
    State m_state = State::Disconnected;
    qsizetype m_maxLineBytes;
    QString m_disconnectReason;
    std::optional<ProtocolError> m_bye;
    bool m_registeredBefore = false; // this name was accepted on this server earlier

    QQueue<PendingReply> m_replies; // written, waiting for their final reply
    QList<MessageEntry> m_outbox; // typed while not online
    quint64 m_lastLocalId = 0;

    // The lines a LIST, GROUPS or MEMBERS asked for, until its OK.
    QList<OnlineUser> m_listedUsers;
    QList<GroupSummary> m_listedGroups;
    QStringList m_listedMembers;

    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    bool m_pinged = false;
    std::chrono::milliseconds m_idleTimeout;
    std::chrono::milliseconds m_answerTimeout;
    std::chrono::milliseconds m_connectTimeout;
};

} // namespace Chinwag
