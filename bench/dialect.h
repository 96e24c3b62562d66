// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

namespace Chinwag {

// What the load generator says to a server and how it reads the answers: Chinwag's protocol, or
// IRC so that the same run measures an IRC server. Every client is named "b<index>"; all of them
// meet in one conversation (Chinwag's group "bench" or everyone, IRC's channel "#bench").
class Dialect
{
public:
    enum class Event {
        Other, // nothing the benchmark acts on
        Greeted, // the server is ready for registration (HELLO)
        Registered, // the client is registered (OK NAME; IRC's 001 welcome)
        Presence, // a client registered (JOINED)
        Membership, // a client entered the conversation (MADE, INVITED; IRC's JOIN)
        SetupDone, // a command of the group setup succeeded (OK MAKEGROUP, OK INVITE; IRC's 366)
        Accepted, // the server took a message from this client (OK MSGALL, OK SENDGROUP)
        Delivery, // a message arrived; `text` is its text
        Ping, // the server asks for an answer; `reply` is it
        Refused, // a command was refused; `text` is the line
        Closed, // the server is closing the connection; `text` is the line
    };
    struct Reading
    {
        Event event = Event::Other;
        QByteArrayView text;
        QByteArray reply;
    };

    virtual ~Dialect() = default;

    virtual QByteArray name() const = 0;
    // Sent as soon as the connection is up, and when the server has greeted the client
    // (Event::Greeted; a server that does not greet registers on what onConnected() sent).
    virtual QByteArray onConnected(int client) const = 0;
    virtual QByteArray onGreeted(int client) const = 0;
    // Reads one line without its ending. Delivery lines come first and must be cheap.
    virtual Reading read(QByteArrayView line) = 0;
    virtual QByteArray message(QByteArrayView text) const = 0;
    // Whether the server answers each message to its sender (Event::Accepted).
    virtual bool acknowledgesMessages() const = 0;
    // Event::Presence lines that `clients` registrations cause in all.
    virtual quint64 presenceLines(quint64 clients) const = 0;
    // What `client` sends, once all `clients` are registered, to bring everyone into the one
    // conversation: each command is answered by one Event::SetupDone. Nothing when registration
    // already did.
    virtual QByteArrayList groupSetup(int client, int clients) const = 0;
    // Event::Membership lines that the group setup causes in all.
    virtual quint64 membershipLines(int clients) const = 0;

    // The names are the prefix and the client's number: two benches on one server take two
    // prefixes.
    void setNamePrefix(const QByteArray &prefix) { m_namePrefix = prefix; }
    QByteArray clientName(int client) const { return m_namePrefix + QByteArray::number(client); }

private:
    QByteArray m_namePrefix = "b";
};

} // namespace Chinwag
