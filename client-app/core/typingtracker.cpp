// SPDX-License-Identifier: GPL-3.0-or-later
#include "typingtracker.h"

#include "conversationkey.h"

#include <namerules.h>

namespace Chinwag {

TypingTracker::TypingTracker(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TypingTracker::expire);
}

void TypingTracker::noteTyping(const Conversation &conversation, const QString &user)
{
    Place &place = m_places[conversationKey(conversation)];
    place.conversation = conversation;
    const QString key = NameRules::key(user);
    const QDeadlineTimer until(m_shownFor);
    for (Typist &typist : place.typists) {
        if (typist.key == key) {
            typist.until = until;
            rearm();
            return;
        }
    }
    place.typists.append({ user, key, until });
    rearm();
    Q_EMIT typistsChanged(conversation);
}

void TypingTracker::noteStopped(const Conversation &conversation, const QString &user)
{
    const auto place = m_places.find(conversationKey(conversation));
    if (place == m_places.end())
        return;
    const QString key = NameRules::key(user);
    const auto removed = place->typists.removeIf([&key](const Typist &t) { return t.key == key; });
    if (removed == 0)
        return;
    const Conversation where = place->conversation;
    if (place->typists.isEmpty())
        m_places.erase(place);
    rearm();
    Q_EMIT typistsChanged(where);
}

void TypingTracker::forget(const QString &user)
{
    QList<Conversation> where;
    for (const Place &place : std::as_const(m_places))
        where.append(place.conversation);
    for (const Conversation &conversation : std::as_const(where))
        noteStopped(conversation, user);
}

void TypingTracker::clear()
{
    const auto places = std::exchange(m_places, {});
    m_timer.stop();
    for (const Place &place : places)
        Q_EMIT typistsChanged(place.conversation);
}

QStringList TypingTracker::typists(const Conversation &conversation) const
{
    QStringList names;
    const auto place = m_places.constFind(conversationKey(conversation));
    if (place == m_places.cend())
        return names;
    for (const Typist &typist : place->typists)
        names.append(typist.name);
    return names;
}

void TypingTracker::expire()
{
    QList<Conversation> changed;
    for (auto place = m_places.begin(); place != m_places.end();) {
        const auto removed =
                place->typists.removeIf([](const Typist &t) { return t.until.hasExpired(); });
        if (removed > 0)
            changed.append(place->conversation);
        if (place->typists.isEmpty())
            place = m_places.erase(place);
        else
            ++place;
    }
    rearm();
    for (const Conversation &conversation : std::as_const(changed))
        Q_EMIT typistsChanged(conversation);
}

void TypingTracker::rearm()
{
    QDeadlineTimer next = QDeadlineTimer::Forever;
    for (const Place &place : std::as_const(m_places)) {
        for (const Typist &typist : place.typists)
            next = qMin(next, typist.until);
    }
    if (next.isForever()) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::milliseconds(qMax<qint64>(0, next.remainingTime())));
}

} // namespace Chinwag
