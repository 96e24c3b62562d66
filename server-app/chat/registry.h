// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "group.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <unordered_map>

namespace Chinwag {

class Session;

// The registered users and the groups, each found by its folded name (NameRules::key). Every
// change to who is registered, what they are called, whether they are away and which groups
// they are in goes through here, and is announced for the monitor. It tells no client anything:
// that is the CommandHandler's part.
class Registry : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    Session *user(const QString &key) const { return m_users.value(key); }
    // Every registered user, by key; iterate a copy if the loop may change the registry.
    const QHash<QString, Session *> &users() const { return m_users; }
    int userCount() const { return int(m_users.size()); }

    // The group, valid until it is removed; nullptr if there is none.
    Group *group(const QString &key);
    const Group *group(const QString &key) const;
    QStringList groupKeys() const;
    int groupCount() const { return int(m_groups.size()); }

    void registerUser(Session &session, const QString &name);
    void renameUser(Session &session, const QString &name);
    void setAway(Session &session, bool away, const QString &text);
    // Once the user has left every group.
    void removeUser(Session &session);

    // The creator first; `members` are the others. `joinedAfter` is the last message id issued
    // so far: the members read the group's history from there on.
    Group &addGroup(const QString &name, Session &creator, const QList<Session *> &members,
                    quint64 joinedAfter);
    void addMember(Group &group, Session &session, quint64 joinedAfter);
    // Returns whether the group is gone because it had no members left.
    bool removeMember(Group &group, Session &session);

    // Forgets every user and group, as the server stops.
    void clear();

signals:
    // Registered, renamed, away or back, or joined or left a group.
    void userChanged(quint64 connectionId);
    void groupAdded(const QString &key);
    void groupChanged(const QString &key);
    void groupRemoved(const QString &key);

private:
    QHash<QString, Session *> m_users;
    // Node-based, so that a Group stays where it is while others come and go.
    std::unordered_map<QString, Group> m_groups;
};

} // namespace Chinwag
