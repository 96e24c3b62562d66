// SPDX-License-Identifier: GPL-3.0-or-later
#include "readpositions.h"

#include "chatclient.h"
#include "conversationkey.h"

namespace Chinwag {

using namespace std::chrono_literals;

namespace {
constexpr auto ReportDelay = 1500ms;
} // namespace

ReadPositions::ReadPositions(ChatClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(ReportDelay);
    connect(&m_timer, &QTimer::timeout, this, &ReadPositions::flush);
    connect(client, &ChatClient::registered, this, [this] {
        for (const Position &position : std::as_const(m_positions)) {
            if (position.read > position.known) {
                m_timer.start();
                return;
            }
        }
    });
}

quint64 ReadPositions::position(const Conversation &conversation) const
{
    return m_positions.value(conversationKey(conversation)).read;
}

void ReadPositions::learn(const Conversation &conversation, quint64 id)
{
    Position &position = m_positions[conversationKey(conversation)];
    position.conversation = conversation;
    position.known = std::max(position.known, id);
    position.read = std::max(position.read, id);
}

void ReadPositions::advance(const Conversation &conversation, quint64 id)
{
    Position &position = m_positions[conversationKey(conversation)];
    position.conversation = conversation;
    if (id <= position.read)
        return;
    position.read = id;
    if (!m_timer.isActive())
        m_timer.start();
}

void ReadPositions::clear()
{
    m_positions.clear();
    m_timer.stop();
}

void ReadPositions::flush()
{
    // Offline, they wait for the next sign-in.
    if (!m_client->isOnline() || !m_client->isAccount())
        return;
    for (Position &position : m_positions) {
        if (position.read <= position.known)
            continue;
        m_client->markRead(position.conversation, position.read);
        position.known = position.read;
    }
}

} // namespace Chinwag
