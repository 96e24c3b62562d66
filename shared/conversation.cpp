// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation.h"

#include "namerules.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

std::variant<Conversation, ProtocolError> Conversation::parse(const QString &token)
{
    if (token == u"*")
        return everyone();
    const bool direct = token.startsWith(u'@');
    if (!direct && !token.startsWith(u'#')) {
        return ProtocolError{
            ErrorCode::BadConversation,
            u"\"%1\" is not a conversation: use * for everyone, @user or #group"_s.arg(token)
        };
    }
    auto checked =
            NameRules::check(token.mid(1), direct ? NameRules::Kind::User : NameRules::Kind::Group);
    if (const auto *error = std::get_if<ProtocolError>(&checked))
        return *error;
    const QString &name = std::get<QString>(checked);
    return direct ? Conversation::direct(name) : Conversation::group(name);
}

QString Conversation::toString() const
{
    switch (kind) {
    case Kind::Everyone:
        return u"*"_s;
    case Kind::Direct:
        return u'@' + name;
    case Kind::Group:
        return u'#' + name;
    }
    Q_UNREACHABLE();
}

} // namespace Chinwag
