// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinwagdialect.h"

#include "command.h"
#include "serverline.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {
const QString GroupName = u"bench"_s;

} // namespace

QByteArray ChinwagDialect::onGreeted(int client) const
{
    const QString name = QString::fromLatin1(clientName(client));
    if (m_accounts)
        return Command::signUp(name, u"bench-password-"_s + name).encode();
    return Command::name(name).encode();
}

Dialect::Reading ChinwagDialect::read(QByteArrayView line)
{
    if (const auto text = ServerLine::messageText(line))
        return { Event::Delivery, *text, {} };
    const auto type = ServerLine::typeOf(line);
    if (!type)
        return { Event::Refused, line, {} };
    switch (*type) {
    case ServerLine::Type::Joined:
        return { Event::Presence, {}, {} };
    case ServerLine::Type::Made:
    case ServerLine::Type::Invited:
        return { Event::Membership, {}, {} };
    case ServerLine::Type::Info:
    case ServerLine::Type::Notice:
    case ServerLine::Type::Left:
        return {};
    default:
        break;
    }
    // The few lines the benchmark acts on are checked whole.
    const auto parsed = ServerLine::parse(line);
    const auto *serverLine = std::get_if<ServerLine>(&parsed);
    if (!serverLine)
        return { Event::Refused, line, {} };
    switch (serverLine->type) {
    case ServerLine::Type::Hello:
        m_maxLineBytes = serverLine->maxLineBytes;
        return { Event::Greeted, {}, {} };
    case ServerLine::Type::Ok:
        switch (serverLine->command) {
        case Command::Type::Name:
        case Command::Type::SignUp:
            return { Event::Registered, {}, {} };
        case Command::Type::MakeGroup:
        case Command::Type::Invite:
            return { Event::SetupDone, {}, {} };
        case Command::Type::MsgAll:
        case Command::Type::SendGroup:
            return { Event::Accepted, {}, {} };
        default:
            return {};
        }
    case ServerLine::Type::Ping:
        return { Event::Ping, {}, Command::pong(serverLine->text).encode() };
    case ServerLine::Type::Error:
        return { Event::Refused, line, {} };
    case ServerLine::Type::Bye:
        return { Event::Closed, line, {} };
    default:
        return {};
    }
}

QByteArray ChinwagDialect::message(QByteArrayView text) const
{
    const QString t = QString::fromLatin1(text);
    return (m_group ? Command::sendGroup(GroupName, t) : Command::msgAll(t)).encode();
}

quint64 ChinwagDialect::presenceLines(quint64 clients) const
{
    // The k-th registration is announced to the k - 1 users before it.
    return clients * (clients - 1) / 2;
}

int ChinwagDialect::membersInMakeGroup(int clients) const
{
    qsizetype length = Command::makeGroup(GroupName, {}).encode().size() - 1;
    int members = 1;
    while (members < clients) {
        length += 1 + clientName(members).size();
        if (length > m_maxLineBytes)
            break;
        ++members;
    }
    return members;
}

QByteArrayList ChinwagDialect::groupSetup(int client, int clients) const
{
    // Client 0 makes the group and invites the others.
    if (!m_group || client != 0)
        return {};
    const int made = membersInMakeGroup(clients);
    QStringList members;
    for (int i = 1; i < made; ++i)
        members.append(QString::fromLatin1(clientName(i)));
    QByteArrayList lines{ Command::makeGroup(GroupName, members).encode() };
    for (int i = made; i < clients; ++i)
        lines.append(Command::invite(GroupName, QString::fromLatin1(clientName(i))).encode());
    return lines;
}

quint64 ChinwagDialect::membershipLines(int clients) const
{
    if (!m_group)
        return 0;
    // MADE reaches every first member; each INVITE reaches every member, the new one included.
    const quint64 made = quint64(membersInMakeGroup(clients));
    quint64 lines = made;
    for (quint64 members = made + 1; members <= quint64(clients); ++members)
        lines += members;
    return lines;
}

} // namespace Chinwag
