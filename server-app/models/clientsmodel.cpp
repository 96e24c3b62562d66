// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientsmodel.h"

#include "chatserver.h"
#include "session.h"
#include "user.h"

#include <QLocale>

namespace Chinwag {

using namespace Qt::StringLiterals;

ClientsModel::ClientsModel(ChatServer &server, QObject *parent)
    : KeyedTableModel(parent), m_server(server)
{
    populate(server.clientIds());
    connect(&server, &ChatServer::clientConnected, this, &ClientsModel::scheduleInsert);
    connect(&server, &ChatServer::clientChanged, this, &ClientsModel::scheduleUpdate);
    connect(&server, &ChatServer::clientDisconnected, this, &ClientsModel::scheduleRemoval);
    connect(&m_counterTimer, &QTimer::timeout, this, &ClientsModel::refreshCounters);
    m_counterTimer.start(CounterRefreshMSecs);
}

int ClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientRow &client = rowAt(index.row());
    if (role == ConnectionIdRole)
        return entries().at(index.row()).key;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= MessagesIn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name && client.away)
            return client.awayText.isEmpty() ? tr("Away") : tr("Away: %1").arg(client.awayText);
        if (index.column() == ConnectedSince)
            return QLocale().toString(client.connectedSince.toLocalTime(), QLocale::LongFormat);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        if (client.name.isEmpty())
            return sorting ? QVariant(QString()) : QVariant(tr("(unregistered)"));
        if (sorting)
            return client.name.toCaseFolded();
        return client.away ? tr("%1 (away)").arg(client.name) : client.name;
    case Identity:
        return client.identity;
    case Dialect:
        return client.dialect;
    case Address:
        return client.endpoint;
    case ConnectedSince:
        if (sorting)
            return client.connectedSince;
        return QLocale().toString(client.connectedSince.toLocalTime().time(), u"HH:mm:ss"_s);
    case Groups:
        return client.groups;
    case MessagesIn:
        return client.messagesIn;
    case MessagesOut:
        return client.messagesOut;
    case BytesIn:
        return sorting ? QVariant(client.bytesIn)
                       : QVariant(QLocale().formattedDataSize(qint64(client.bytesIn)));
    case BytesOut:
        return sorting ? QVariant(client.bytesOut)
                       : QVariant(QLocale().formattedDataSize(qint64(client.bytesOut)));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Identity:
        return tr("Who");
    case Dialect:
        return tr("Speaks");
    case Address:
        return tr("Address");
    case ConnectedSince:
        return tr("Connected");
    case Groups:
        return tr("Groups");
    case MessagesIn:
        return tr("Msgs in");
    case MessagesOut:
        return tr("Msgs out");
    case BytesIn:
        return tr("Bytes in");
    case BytesOut:
        return tr("Bytes out");
    case ColumnCount:
        break;
    }
    return {};
}

void ClientsModel::refreshCounters()
{
    QList<int> changed;
    for (int row = 0; row < rowCount(); ++row) {
        const Session *session = m_server.client(entries().at(row).key);
        if (!session)
            continue;
        ClientRow &client = rowAt(row);
        if (client.messagesIn == session->messagesIn()
            && client.messagesOut == session->messagesOut() && client.bytesIn == session->bytesIn()
            && client.bytesOut == session->bytesOut())
            continue;
        client.messagesIn = session->messagesIn();
        client.messagesOut = session->messagesOut();
        client.bytesIn = session->bytesIn();
        client.bytesOut = session->bytesOut();
        changed.append(row);
    }
    emitRowsChanged(changed, MessagesIn, BytesOut);
}

std::optional<ClientRow> ClientsModel::load(const quint64 &connectionId) const
{
    const Session *session = m_server.client(connectionId);
    if (!session)
        return std::nullopt;
    const QStringList groups = m_server.groupsOf(session->key()).values();
    QString identity;
    if (const User *user = session->user()) {
        const int sessions = int(user->sessions().size());
        identity = !user->isAccount() ? tr("guest")
                : sessions == 1       ? tr("account")
                                      : tr("account, %1 connections").arg(sessions);
    }
    return ClientRow{ session->name(),           identity,
                      session->dialectName(),    session->isAway(),
                      session->awayText(),       session->endpoint(),
                      session->connectedSince(), groups.join(u", "),
                      session->messagesIn(),     session->messagesOut(),
                      session->bytesIn(),        session->bytesOut() };
}

QList<int> ClientsModel::update(ClientRow &cached, const ClientRow &fresh) const
{
    QList<int> changed;
    if (cached.name != fresh.name || cached.away != fresh.away || cached.awayText != fresh.awayText)
        changed.append(Name);
    if (cached.identity != fresh.identity)
        changed.append(Identity);
    if (cached.groups != fresh.groups)
        changed.append(Groups);
    cached.name = fresh.name;
    cached.identity = fresh.identity;
    cached.away = fresh.away;
    cached.awayText = fresh.awayText;
    cached.groups = fresh.groups;
    return changed;
}

} // namespace Chinwag
