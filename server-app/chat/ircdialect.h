// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "ircmessage.h"
#include "ircreplies.h"
#include "session.h"

#include <QByteArray>
#include <QString>

#include <deque>

namespace Chinwag {

struct IrcNetwork;

// One IRC client's side of its session (docs/PROTOCOL.md, "IRC: what the listener does"): it
// reads the client's IRC lines through the codec and turns them into the core's commands, which
// the same command handler as Chinwag's runs, or answers them itself from the registry (NAMES,
// WHO, WHOIS, LIST, MODE); and it writes what the core sends as IRC. Replies come in the order
// of the commands, one final reply each, so the IRC context of every command handed on waits
// in a queue for its reply. Lines fanned out to many take their bytes from the Envelope, encoded
// once per set of tags; only replies and a group's news are made per recipient.
//
// Registration is IRC's: PASS, NICK and USER, with CAP negotiation (sasl, server-time,
// message-tags, echo-message, away-notify) holding it until CAP END. SASL PLAIN signs in to an
// account through SIGNIN, so the core registers the session before the client has finished;
// what reaches it until the welcome waits here, bounded like a slow reader's queue.
class IrcDialect final : public Session::Dialect
{
public:
    IrcDialect(Session &session, Session::Handler &handler, const IrcNetwork &network);

    QString name() const override;
    void greet() override { }
    void lineReceived(QByteArrayView line) override;
    void lineTooLong() override;
    void send(const ServerLine &line) override;
    void deliver(const Envelope &envelope) override;
    bool isWelcomed() const override { return m_welcomed; }

    // The capabilities this server offers.
    static QStringList capabilities(bool sasl);

private:
    // What a command handed to the core was, for its reply.
    struct Pending
    {
        enum class Kind { Pass, Register, Rename, SignIn, Message, Typing, Away, Back, Part };
        Kind kind;
        QByteArray command; // PRIVMSG, NOTICE, TAGMSG
        QString target; // as the client named it; the old nick for Rename
        QString text;
        QList<IrcTag> tags; // the client's own
    };

    // Inbound (ircdialect.cpp).
    void handle(const IrcMessage &message);
    void cap(const IrcMessage &message);
    void authenticate(const IrcMessage &message);
    void finishSasl();
    void nick(const IrcMessage &message);
    void user(const IrcMessage &message);
    void pass(const IrcMessage &message);
    void text(const IrcMessage &message, bool notice);
    void tagmsg(const IrcMessage &message);
    void join(const IrcMessage &message);
    void part(const IrcMessage &message);
    void away(const IrcMessage &message);
    void mode(const IrcMessage &message);
    void tryToRegister();
    void issue(const Command &command, Pending pending);

    // Outbound (ircdialectreplies.cpp).
    void answer(const Pending &pending, const ServerLine &reply);
    void answerMessage(const Pending &pending, const ServerLine &reply);
    void refuseTarget(const Pending &pending, const ServerLine &error);
    void welcome();
    void joined(const QString &channel);
    void names(const QString &channel);
    void who(const QString &mask);
    void whois(const QString &nick);
    void list();
    void groupNews(const ServerLine &line);
    void notice(const QString &text);
    void write(const IrcMessage &message);
    void write(const QList<IrcMessage> &messages);
    // Bytes shared with other recipients; held until the welcome.
    void writeShared(const QByteArray &bytes, Transport::Urgency urgency);

    QString nick() const; // the user's name once registered, else the nick asked for, or "*"
    IrcSource self() const;
    IrcReplies replies() const;
    IrcMessage::Tags tagSet() const;
    // The channels the user is in: Everyone's, then its groups'.
    QStringList channels() const;

    Session &m_session;
    Session::Handler &m_handler;
    const IrcNetwork &m_network;
    std::deque<Pending> m_pending;
    QString m_nick; // asked for with NICK, before registration
    QByteArray m_held; // what reached the session before its welcome
    bool m_heldOverflowed = false; // more than may be held came: the session is closing
    QByteArray m_sasl; // AUTHENTICATE's data so far
    bool m_userGiven = false;
    bool m_negotiating = false; // CAP LS or REQ came, and END has not
    bool m_registering = false; // NAME is with the core
    bool m_welcomed = false;
    enum class Sasl { None, Data, Checking } m_saslState = Sasl::None;
    bool m_capSasl = false;
    bool m_capServerTime = false;
    bool m_capMessageTags = false;
    bool m_capEcho = false;
    bool m_capAwayNotify = false;
};

} // namespace Chinwag
