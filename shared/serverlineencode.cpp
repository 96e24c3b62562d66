// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverline.h"

#include "serverlinewire_p.h"

namespace Chinwag {

using namespace ServerLineWire;
using Type = ServerLine::Type;
using CommandType = Command::Type;

namespace {

// Builds a line field by field: one allocation for the usual line.
class Builder
{
public:
    explicit Builder(Type type)
    {
        m_bytes.reserve(128);
        m_bytes += keywordOf(type);
    }

    Builder &add(QByteArrayView field)
    {
        m_bytes += ' ';
        m_bytes += field;
        return *this;
    }
    Builder &add(const QString &field) { return add(QByteArrayView(field.toUtf8())); }
    Builder &add(quint64 number) { return add(QByteArrayView(QByteArray::number(number))); }
    // Free text may be empty, and then the line ends at the field before it.
    Builder &addText(const QString &text) { return text.isEmpty() ? *this : add(text); }

    QByteArray finish()
    {
        m_bytes += '\n';
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
};

} // namespace

QByteArray ServerLine::encode() const
{
    Builder b(type);
    switch (type) {
    case Type::Hello:
        return b.add(quint64(version)).add(quint64(maxLineBytes)).addText(text).finish();
    case Type::Info:
    case Type::Notice:
    case Type::Ping:
    case Type::Pong:
        return b.addText(text).finish();
    case Type::Error:
    case Type::Bye:
        return b.add(QByteArrayView(errorCodeName(code))).addText(text).finish();
    case Type::Msg:
    case Type::Hist:
        return b.add(message.to.toString())
                .add(message.from)
                .add(message.id)
                .add(QByteArrayView(encodeTime(message.time)))
                .add(message.text)
                .finish();
    case Type::User:
        return b.add(user)
                .add(away ? QByteArrayView("AWAY") : QByteArrayView("HERE"))
                .addText(text)
                .finish();
    case Type::Group:
        b.add(group).add(by).add(count);
        if (isPublic)
            b.add(QByteArrayView("PUBLIC"));
        return b.finish();
    case Type::Public:
        return b.add(group).add(by).add(count).finish();
    case Type::About:
        return b.add(group).add(by).add(visibilityKeyword(isPublic)).finish();
    case Type::Kicked:
        return b.add(group).add(user).add(by).addText(text).finish();
    case Type::Member:
    case Type::Parted:
    case Type::Entered:
        return b.add(group).add(user).finish();
    case Type::Joined:
    case Type::Back:
        return b.add(user).finish();
    case Type::Left:
    case Type::Away:
        return b.add(user).addText(text).finish();
    case Type::Renamed:
        return b.add(user).add(newName).finish();
    case Type::Typing:
        return b.add(conversation.toString()).add(user).finish();
    case Type::Made:
        b.add(group).add(by);
        for (const QString &member : users)
            b.add(member);
        return b.finish();
    case Type::Invited:
        return b.add(group).add(user).add(by).finish();
    case Type::Supports:
        for (const QString &token : tokens)
            b.add(token);
        return b.finish();
    case Type::Conversation:
        return b.add(conversation.toString()).add(lastId).add(readId).add(count).finish();
    case Type::Read:
        return b.add(conversation.toString()).add(readId).finish();
    case Type::Ok:
        break;
    }
    b.add(QByteArrayView(Command::keyword(command)));
    switch (command) {
    case CommandType::Name:
    case CommandType::SignUp:
    case CommandType::SignIn:
    case CommandType::Claim:
        return b.add(user).finish();
    case CommandType::Read:
        return b.add(conversation.toString()).add(readId).finish();
    case CommandType::MsgAll:
    case CommandType::SendGroup:
    case CommandType::MsgInd:
        b.add(message.id).add(QByteArrayView(encodeTime(message.time)));
        if (held)
            b.add(QByteArrayView("HELD"));
        return b.finish();
    case CommandType::List:
    case CommandType::Groups:
    case CommandType::Conversations:
        return b.add(count).finish();
    case CommandType::Directory:
        b.add(count);
        if (more)
            b.add(QByteArrayView("MORE"));
        return b.finish();
    case CommandType::MakeGroup:
    case CommandType::PublicGroup:
    case CommandType::Leave:
    case CommandType::Join:
        return b.add(group).finish();
    case CommandType::Visibility:
        return b.add(group).add(visibilityKeyword(isPublic)).finish();
    case CommandType::Invite:
    case CommandType::Kick:
        return b.add(group).add(user).finish();
    case CommandType::Members:
        return b.add(group).add(count).finish();
    case CommandType::History:
        return b.add(conversation.toString()).add(count).finish();
    case CommandType::Password:
    case CommandType::DeleteAccount:
    case CommandType::Pass:
    case CommandType::Away:
    case CommandType::Back:
    case CommandType::Typing:
    case CommandType::Help:
    case CommandType::Ping:
    case CommandType::Pong:
    case CommandType::Close:
        return b.finish();
    }
    Q_UNREACHABLE();
}

QByteArray ServerLine::encodeTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

} // namespace Chinwag
