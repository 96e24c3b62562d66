// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "group.h"
#include "storedgroup.h"
#include "user.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace Chinwag {

class Session;

// The users who are online, their sessions, and the groups, each found by its folded name
// (NameRules::key). Every change to who is registered, what they are called, whether they are
// away and which groups they are in goes through here, and is announced for the monitor. It
// tells no client anything: that is the command handler's part.
//
// Beside the maps it keeps flat lists of sessions, one of every registered session and one per
// group of its members' sessions, so that a fan-out walks an array rather than the maps.
class Registry : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    User *user(const QString &key) const;
    int userCount() const { return int(m_users.size()); }
    // The online users, in no order.
    QList<const User *> users() const;
    // Every registered session, in no order: what a line to everyone walks.
    const std::vector<Session *> &sessions() const { return m_sessions; }

    // The group, valid until it is removed; nullptr if there is none.
    Group *group(const QString &key);
    const Group *group(const QString &key) const;
    QStringList groupKeys() const;
    int groupCount() const { return int(m_groups.size()); }
    // The public groups whose keys sort after `afterKey` (all for an empty one), by key: at most
    // `max`, and whether there are more.
    std::pair<QList<const Group *>, bool> publicGroups(const QString &afterKey, int max) const;
    // The groups the user is in, key to name, by key.
    QMap<QString, QString> groupsOf(const QString &userKey) const;
    int groupCountOf(const QString &userKey) const;

    // Makes `session` a session of the user `name`: a new user, or, for an account that is
    // online already, one more of its sessions. Returns the user.
    User &registerSession(Session &session, const QString &name, bool account,
                          quint64 historyAfter);
    void renameUser(User &user, const QString &name);
    // A guest's name becomes its account (CLAIM).
    void makeAccount(User &user, quint64 historyAfter);
    void setAway(Session &session, bool away, const QString &text);
    // The session is gone. When it was its user's last, the user is gone too, and returned so
    // that the caller may still say who left; it has left its groups before.
    std::unique_ptr<User> unregisterSession(Session &session);

    // `members` are the others than the creator, key to name, online or (accounts) not.
    // `joinedAfter` is the last message id issued so far: the members read the group's history
    // from there on. The creator owns the group.
    Group &addGroup(const QString &name, const User &creator,
                    const QHash<QString, QString> &members, quint64 joinedAfter, bool isPublic);
    // A group of accounts as the store kept it, as the server starts.
    void restoreGroup(const StoredGroup &group);
    void addMember(Group &group, const QString &userKey, const QString &name, quint64 joinedAfter);
    // Returns whether the group is gone because it had no members left. When the owner leaves,
    // the group passes to the member who has been in it longest.
    bool removeMember(Group &group, const QString &userKey);
    void setPublic(Group &group, bool isPublic);

    // Forgets every user and group, as the server stops.
    void clear();

signals:
    // Registered, renamed, away or back, or joined or left a group.
    void sessionChanged(quint64 connectionId);
    void groupAdded(const QString &key);
    void groupChanged(const QString &key);
    void groupRemoved(const QString &key);

private:
    void addSessionTo(Group &group, Session &session);
    void removeSessionFrom(Group &group, const Session &session);
    void announce(const User &user);
    void join(Group &group, const QString &userKey, const QString &name, quint64 joinedAfter);
    // The owner is gone: the member who joined first (by the ids they read after, then by
    // name) owns the group now.
    static void passOwnership(Group &group);

    std::unordered_map<QString, std::unique_ptr<User>> m_users;
    std::vector<Session *> m_sessions;
    // Node-based, so that a Group stays where it is while others come and go.
    std::unordered_map<QString, Group> m_groups;
    QHash<QString, QMap<QString, QString>> m_memberships; // user key to its groups' keys and names
    std::set<QString> m_publicKeys; // ordered, for DIRECTORY's pages
};

} // namespace Chinwag
