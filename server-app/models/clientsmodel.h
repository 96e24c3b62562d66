// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyedtablemodel.h"

#include <QDateTime>
#include <QString>
#include <QTimer>

namespace Chinwag {

class ChatServer;

struct ClientRow
{
    QString name; // empty until registered
    QString identity; // guest, or account with how many connections
    QString dialect; // what the client speaks: Chinwag or IRC
    bool away = false;
    QString awayText;
    QString endpoint;
    QDateTime connectedSince;
    QString groups;
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
};

// The server's live connections, one row each, in the order they connected. Structural changes
// (connect, register, rename, away, groups, disconnect) follow the server's signals, batched
// per pass of the event loop. The traffic counters are read from the sessions on a coarse timer,
// and only the cells that changed are announced, so a busy server costs the model nothing per
// message.
class ClientsModel : public KeyedTableModel<quint64, ClientRow>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Identity,
        Dialect,
        Address,
        ConnectedSince,
        Groups,
        MessagesIn,
        MessagesOut,
        BytesIn,
        BytesOut,
        ColumnCount
    };
    enum Role {
        // What a column sorts by: numbers as numbers, times as times, names without case.
        SortRole = Qt::UserRole,
        ConnectionIdRole,
    };

    static constexpr int CounterRefreshMSecs = 500;

    explicit ClientsModel(ChatServer &server, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the counters now rather than at the next tick.
    void refreshCounters();

protected:
    std::optional<ClientRow> load(const quint64 &connectionId) const override;
    // The counters are left to refreshCounters().
    QList<int> update(ClientRow &cached, const ClientRow &fresh) const override;

private:
    const ChatServer &m_server;
    QTimer m_counterTimer;
};

} // namespace Chinwag
