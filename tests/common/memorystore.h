// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QList>

namespace Chinwag {

// A store that keeps its messages in a list and writes nothing anywhere: for the unit tests of
// the chat, never for the store's own. What is not a message Store keeps, as for SqliteStore;
// the changes it hands on are counted, so that a test can see what would be written.
class MemoryStore : public Store
{
public:
    MemoryStore() = default;
    // A store that starts with `state`, as one loaded from a file would.
    explicit MemoryStore(State state) { load(std::move(state)); }

    QList<ChatMessage> read(const HistoryQuery &query) override;
    int count(const HistoryQuery &query, int max) override;

    const QList<StoredMessage> &messages() const { return m_messages; }
    const QList<StoreChange> &changes() const { return m_changes; }

protected:
    void append(const StoredMessage &stored) override { m_messages.append(stored); }
    void apply(const StoreChange &change) override { m_changes.append(change); }

private:
    QList<StoredMessage> m_messages;
    QList<StoreChange> m_changes;
};

} // namespace Chinwag
