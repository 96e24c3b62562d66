// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateproblem.h"
#include "clientconnection.h"
#include "connectsettings.h"
#include "conversationsummary.h"
#include "groupsummary.h"
#include "messageentry.h"
#include "onlineuser.h"
#include "reconnectbackoff.h"
#include "trustedcertificates.h"

#include <chatmessage.h>
#include <command.h>
#include <conversation.h>
#include <namerules.h>
#include <protocolerror.h>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace Chinwag {

class Outbox;

// A chat user's connection to a Chinwag server as the window and the session see it: registers a
// name as a guest or signs in to an account, sends and receives, and says everything the server
// says as typed signals. Signed in to an account, it asks for the account's conversations and
// groups on every sign-in, and tells the server how far the user has read. It puts
// together a ClientConnection (the connection's life: TLS trust, signing in, PING, reconnecting),
// whose CommandTracker matches replies to commands, and an Outbox for the user's messages; it
// checks the names a command carries, keeps the user's away state across reconnects and writes
// TYPING at most once an interval.
class ChatClient : public QObject
{
    Q_OBJECT

public:
    using State = ClientConnection::State;
    using Accounts = ClientConnection::Accounts;

    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    State state() const { return m_connection->state(); }
    bool isOnline() const { return m_connection->isOnline(); }
    const ConnectSettings &settings() const { return m_connection->settings(); }
    // The name as the server spells it once registered; before, the name asked for.
    QString name() const { return m_connection->name(); }
    // The longest line the server takes, from its HELLO.
    qsizetype maxLineBytes() const { return m_connection->maxLineBytes(); }
    // Why the last connection ended, or could not be made; empty while all is well.
    QString disconnectReason() const { return m_connection->disconnectReason(); }
    // Whether the user is (or was last) signed in to an account rather than a guest.
    bool isAccount() const { return m_connection->isAccount(); }
    // What the server last said of accounts (its SUPPORTS line).
    Accounts accounts() const { return m_connection->accounts(); }
    // Whether the user said they are away; kept across reconnects.
    bool isAway() const { return m_away; }
    QString awayText() const { return m_awayText; }

    // The bytes the line that sends `text` to `to` takes, against maxLineBytes().
    static qsizetype lineBytes(const Conversation &to, const QString &text);

    void setBackoff(const ReconnectBackoff &backoff) { m_connection->setBackoff(backoff); }
    // Where the certificates the user trusted are kept; by default, in memory only.
    void setTrustedCertificates(TrustedCertificates *trusted)
    {
        m_connection->setTrustedCertificates(trusted);
    }
    // How long the server may stay silent before it is asked whether it is there, and how long
    // it then has to answer; and how long connecting and registering may take.
    void setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds answer,
                     std::chrono::milliseconds connect)
    {
        m_connection->setTimeouts(idle, answer, connect);
    }

public Q_SLOTS:
    void connectToServer(const Chinwag::ConnectSettings &settings);
    // Says goodbye and stops; messages not sent by then are marked as not sent.
    void disconnectFromServer();
    // Stops trying to reconnect.
    void cancelReconnect();
    void reconnectNow();
    // The answer to certificateNeedsTrust(): trust the certificate for this server from now on
    // and connect again, or leave the connection closed.
    void trustCertificate();
    void distrustCertificate();

    // Sends one line of text; returns the message's local id, which outgoingMessageChanged()
    // reports on, or 0 if the text is blank.
    quint64 sendMessage(const Chinwag::Conversation &to, const QString &text);
    void changeName(const QString &name);
    // A private group, or a public one that anyone may join.
    void makeGroup(const QString &group, const QStringList &members, bool isPublic = false);
    void invite(const QString &group, const QString &user);
    void joinGroup(const QString &group);
    void leaveGroup(const QString &group);
    // The owner's: anyone may join the group, or only those invited; and a member is removed,
    // with a reason the group reads.
    void setGroupPublic(const QString &group, bool isPublic);
    void removeMember(const QString &group, const QString &user, const QString &reason = {});
    // The public groups by name, after `after` (from the first without it): directoryListed().
    void requestDirectory(const QString &after = {});
    void requestUsers();
    void requestGroups();
    void requestMembers(const QString &group);
    // Asks for the newest `limit` messages of a conversation with an id below `before` (0: the
    // newest of all); historyReceived() brings them.
    void requestHistory(const Chinwag::Conversation &conversation, quint64 before = 0,
                        int limit = Protocol::DefaultHistoryLimit);
    // Tells the others that the user is away, now and after every reconnect, until setBack().
    void setAway(const QString &text = {});
    void setBack();
    // Tells the others in the conversation that the user is typing; called on every key, it
    // writes at most once per Protocol::TypingIntervalMSecs and conversation.
    void sendTyping(const Chinwag::Conversation &conversation);
    // Tells the server that the account has read the conversation up to the message `id`, so
    // that its other devices know; nothing for a guest.
    void markRead(const Chinwag::Conversation &conversation, quint64 id);
    // The account's commands: passwordChanged(), accountDeleted() or commandFailed() answer.
    void changePassword(const QString &oldPassword, const QString &newPassword);
    void deleteAccount(const QString &password);
    // Signed out: the account's password is no longer kept for reconnecting.
    void forgetAccountPassword() { m_connection->setAccountPassword({}); }

Q_SIGNALS:
    void stateChanged(Chinwag::ClientConnection::State state);
    void registered(const QString &name);
    // The server refused the name, the sign-in or the new account when connecting: the
    // connection is given up.
    void registrationRefused(const Chinwag::ProtocolError &error);
    // The server wants a password (PASSWORD_REQUIRED), or another (BAD_PASSWORD): the
    // connection is given up, and not tried again with the same password.
    void passwordRefused(const Chinwag::ProtocolError &error);
    // The server's TLS certificate could not be verified and is not one the user trusted: the
    // connection is closed until trustCertificate().
    void certificateNeedsTrust(const Chinwag::CertificateProblem &problem);
    void nameChanged(const QString &oldName, const QString &newName);
    void accountsChanged(Chinwag::ClientConnection::Accounts accounts);
    // The account's password is changed; the next sign-in gives the new one.
    void passwordChanged();
    // The account is deleted; the server closes the connection next.
    void accountDeleted();

    void messageReceived(const Chinwag::ChatMessage &message);
    // One of the user's own messages was queued, sent, confirmed or refused.
    void outgoingMessageChanged(const Chinwag::MessageEntry &entry);

    void usersListed(const QList<Chinwag::OnlineUser> &users);
    void userJoined(const QString &user);
    void userLeft(const QString &user, const QString &reason);
    void userRenamed(const QString &oldName, const QString &newName);
    void userAway(const QString &user, const QString &text);
    void userBack(const QString &user);
    // The user's own away state changed (setAway(), setBack()).
    void awayChanged(bool away, const QString &text);
    // Someone is typing in a conversation, seen from this user: a direct one is with them.
    void userTyping(const Chinwag::Conversation &conversation, const QString &user);

    // Past messages of a conversation, oldest first, in answer to requestHistory(): `before`
    // and `limit` as asked, so that fewer than `limit` means there are no older ones.
    void historyReceived(const Chinwag::Conversation &conversation,
                         const QList<Chinwag::ChatMessage> &messages, quint64 before, int limit);

    void groupsListed(const QList<Chinwag::GroupSummary> &groups);
    // The user is a member of a new group; the members come creator first.
    void groupMade(const QString &group, const QString &creator, const QStringList &members);
    void memberInvited(const QString &group, const QString &user, const QString &inviter);
    void memberParted(const QString &group, const QString &user);
    // A user joined a public group the user is in (or the user joined it).
    void memberEntered(const QString &group, const QString &user);
    // The owner `by` removed a member (perhaps the user) from the group.
    void memberRemoved(const QString &group, const QString &user, const QString &by,
                       const QString &reason);
    // Who owns the group, and whether anyone may join it: as the user enters it, and whenever
    // either changes.
    void groupDescribed(const QString &group, const QString &owner, bool isPublic);
    void membersListed(const QString &group, const QStringList &members);
    void directoryListed(const QString &after, const QList<Chinwag::GroupSummary> &groups,
                         bool more);
    // The account's conversations, newest activity first, after each sign-in.
    void conversationsListed(const QList<Chinwag::ConversationSummary> &conversations);
    // Another device of the account has read the conversation up to `readId`.
    void readElsewhere(const Chinwag::Conversation &conversation, quint64 readId);
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
    void handleSignedIn(const QString &name);
    void handleEvent(const ServerLine &line);
    void handleAnswer(const Command &command, const ServerLine &reply);
    void handleRefusal(const Command &command, quint64 localId, const ProtocolError &error);
    void write(const Command &command) { m_connection->write(command); }
    // A command while not online fails at once, with NOT_REGISTERED.
    bool checkOnline(const Command &command);
    // Checks a name a command carries before it goes out; a bad one fails the command.
    bool checkName(const Command &command, const QString &name, NameRules::Kind kind);
    // Account commands need an account; a password breaking the rules fails the command.
    bool checkAccount(const Command &command);
    bool checkPassword(const Command &command, const QString &password, bool isNew);
    bool checkConversation(const Command &command, const Conversation &conversation);
    bool isMe(const QString &user) const;

    ClientConnection *m_connection;
    Outbox *m_outbox;

    bool m_away = false;
    QString m_awayText;
    // When TYPING last went out, per conversation (by its folded name), on m_clock.
    QHash<QString, qint64> m_typingSent;
    QElapsedTimer m_clock;
};

} // namespace Chinwag
