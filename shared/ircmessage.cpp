// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircmessage.h"

namespace Chinwag {

IrcMessage IrcMessage::of(const IrcSource &source, const QByteArray &command,
                          const QStringList &params)
{
    IrcMessage message;
    message.source = source;
    message.command = command;
    message.params = params;
    return message;
}

bool IrcMessage::isNumeric() const
{
    return command.size() == 3 && command[0] >= '0' && command[0] <= '9';
}

std::optional<QString> IrcMessage::tag(QStringView key) const
{
    for (const IrcTag &t : tags) {
        if (t.key == key)
            return t.value;
    }
    return std::nullopt;
}

void IrcMessage::setTag(const QString &key, const QString &value)
{
    for (IrcTag &t : tags) {
        if (t.key == key) {
            t.value = value;
            return;
        }
    }
    tags.append({ key, value });
}

} // namespace Chinwag
