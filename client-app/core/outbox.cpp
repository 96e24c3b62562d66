// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "errormessages.h"

#include <namerules.h>
#include <serverline.h>
#include <textrules.h>

#include <QDateTime>

#include <utility>

namespace Chinwag {

using Ending = ClientConnection::Ending;
using State = ClientConnection::State;

Outbox::Outbox(ClientConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    connect(connection, &ClientConnection::commandAnswered, this,
            [this](const Command &, quint64 localId, const ServerLine &reply) {
                handleAnswered(localId, reply);
            });
    connect(connection, &ClientConnection::commandRefused, this,
            [this](const Command &, quint64 localId, const ProtocolError &error) {
                handleRefused(localId, error);
            });
    connect(connection, &ClientConnection::ended, this, &Outbox::handleEnded);
}

quint64 Outbox::send(const Conversation &to, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    MessageEntry entry;
    entry.localId = ++m_lastLocalId;
    entry.message.to = to;
    entry.message.from = m_connection->name();
    entry.message.text = text;
    entry.message.time = QDateTime::currentDateTimeUtc();

    const State state = m_connection->state();
    if (to.kind != Conversation::Kind::Everyone && !NameRules::isValid(to.name)) {
        fail(entry, ErrorMessages::describe({ ErrorCode::BadName, {} }));
    } else if (TextRules::check(text.toUtf8()) != TextRules::Verdict::Ok) {
        fail(entry, ErrorMessages::describe({ ErrorCode::BadText, {} }));
    } else if (lineBytes(to, text) > m_connection->maxLineBytes()) {
        fail(entry, ErrorMessages::describe({ ErrorCode::LineTooLong, {} }));
    } else if (state == State::Online) {
        write(entry);
    } else if (state == State::Disconnected) {
        fail(entry, tr("Not sent: not connected to the server."));
    } else {
        entry.delivery = MessageEntry::Delivery::Queued;
        m_queued.append(entry);
        Q_EMIT messageChanged(entry);
    }
    return entry.localId;
}

void Outbox::flush()
{
    const QList<MessageEntry> queued = std::exchange(m_queued, {});
    for (const MessageEntry &entry : queued)
        write(entry);
}

Command Outbox::commandFor(const Conversation &to, const QString &text)
{
    switch (to.kind) {
    case Conversation::Kind::Everyone:
        return Command::msgAll(text);
    case Conversation::Kind::Direct:
        return Command::msgInd(to.name, text);
    case Conversation::Kind::Group:
        return Command::sendGroup(to.name, text);
    }
    Q_UNREACHABLE();
}

qsizetype Outbox::lineBytes(const Conversation &to, const QString &text)
{
    return commandFor(to, text).encode().size() - 1; // without its LF
}

void Outbox::write(MessageEntry entry)
{
    // The name the server registered, which may be spelt otherwise than the one typed.
    entry.message.from = m_connection->name();
    entry.delivery = MessageEntry::Delivery::Sending;
    m_sending.insert(entry.localId, entry);
    m_connection->write(commandFor(entry.message.to, entry.message.text), entry.localId);
    Q_EMIT messageChanged(entry);
}

void Outbox::fail(MessageEntry entry, const QString &why)
{
    entry.delivery = MessageEntry::Delivery::Failed;
    entry.failure = why;
    Q_EMIT messageChanged(entry);
}

void Outbox::handleAnswered(quint64 localId, const ServerLine &reply)
{
    const auto sending = m_sending.constFind(localId);
    if (sending == m_sending.cend())
        return;
    MessageEntry entry = *sending;
    m_sending.erase(sending);
    entry.message.id = reply.message.id;
    entry.message.time = reply.message.time;
    entry.delivery = reply.held ? MessageEntry::Delivery::Held : MessageEntry::Delivery::Sent;
    Q_EMIT messageChanged(entry);
}

void Outbox::handleRefused(quint64 localId, const ProtocolError &error)
{
    if (m_sending.contains(localId))
        fail(m_sending.take(localId), ErrorMessages::describe(error));
}

void Outbox::handleEnded(Ending how, const QList<quint64> &unanswered)
{
    QString unconfirmed;
    QString queued; // empty: the queued messages wait for the next connection
    switch (how) {
    case Ending::Replaced:
        unconfirmed = tr("The connection was closed before the server confirmed this message.");
        break;
    case Ending::ClosedByUser:
        unconfirmed = tr("You disconnected before the server confirmed this message.");
        queued = tr("Not sent: you disconnected.");
        break;
    case Ending::Cancelled:
        unconfirmed = tr("Not sent: the connection was lost.");
        queued = tr("Not sent: not connected to the server.");
        break;
    case Ending::Lost:
    case Ending::LostForGood:
        unconfirmed = tr("The connection was lost before the server confirmed this message; it "
                         "may not have been delivered.");
        if (how == Ending::LostForGood)
            queued = tr("Not sent: disconnected from the server.");
        break;
    case Ending::TryAgainSoon:
        unconfirmed = tr("Not sent: the connection was lost.");
        break;
    case Ending::CertificateRefused:
        queued = tr("Not sent: the server's certificate was not trusted.");
        break;
    case Ending::PasswordRefused:
        queued = tr("Not sent: the server refused the password.");
        break;
    case Ending::NameRefused:
        queued = tr("Not sent: the server refused the name.");
        break;
    case Ending::SignInRefused:
        queued = tr("Not sent: the server refused the sign-in.");
        break;
    }
    for (const quint64 localId : unanswered) {
        if (m_sending.contains(localId))
            fail(m_sending.take(localId), unconfirmed.isEmpty() ? queued : unconfirmed);
    }
    if (queued.isEmpty())
        return;
    const QList<MessageEntry> waiting = std::exchange(m_queued, {});
    for (const MessageEntry &entry : waiting)
        fail(entry, queued);
}

} // namespace Chinwag
