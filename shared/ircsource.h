// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Chinwag {

// Who an IRC message is from: `name[!user][@host]`, where the name is a nick or, alone, the
// server's name. Empty when a message has no source (as a client's messages usually have not).
struct IrcSource
{
    QString name;
    QString user;
    QString host;

    static IrcSource ofServer(const QString &name) { return { name, {}, {} }; }
    static IrcSource ofUser(const QString &nick, const QString &user, const QString &host)
    {
        return { nick, user, host };
    }

    bool isEmpty() const { return name.isEmpty(); }
    // The source without its ':', or nothing when it has an empty part or a space.
    static std::optional<IrcSource> parse(QStringView text);
    QString toString() const;

    friend bool operator==(const IrcSource &a, const IrcSource &b)
    {
        return a.name == b.name && a.user == b.user && a.host == b.host;
    }
};

} // namespace Chinwag
