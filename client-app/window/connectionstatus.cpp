// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstatus.h"

#include <chatclient.h>

#include <QColor>
#include <QLabel>
#include <QStatusBar>

namespace Chinwag {

using namespace Qt::StringLiterals;
using State = ChatClient::State;

ConnectionStatus::ConnectionStatus(ChatClient *client, QStatusBar *bar, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_state(new QLabel(bar)),
      m_server(new QLabel(bar)),
      m_name(new QLabel(bar))
{
    m_state->setObjectName(u"stateLabel"_s);
    m_server->setObjectName(u"serverLabel"_s);
    m_name->setObjectName(u"nameLabel"_s);
    bar->addWidget(m_state);
    bar->addWidget(m_server, 1);
    bar->addPermanentWidget(m_name);
    connect(client, &ChatClient::stateChanged, this, &ConnectionStatus::update);
    connect(client, &ChatClient::registered, this, &ConnectionStatus::update);
    connect(client, &ChatClient::nameChanged, this, &ConnectionStatus::update);
    connect(client, &ChatClient::awayChanged, this, &ConnectionStatus::update);
    update();
}

void ConnectionStatus::update()
{
    QString text;
    QColor dot;
    switch (m_client->state()) {
    case State::Disconnected:
        text = tr("Disconnected");
        dot = QColor(0x9e, 0x9e, 0x9e);
        break;
    case State::Connecting:
        text = tr("Connecting…");
        dot = QColor(0xf9, 0xa8, 0x25);
        break;
    case State::Registering:
        text = tr("Signing in…");
        dot = QColor(0xf9, 0xa8, 0x25);
        break;
    case State::Online:
        text = tr("Online");
        dot = QColor(0x2e, 0x7d, 0x32);
        break;
    case State::WaitingToReconnect:
        text = tr("Reconnecting…");
        dot = QColor(0xe6, 0x51, 0x00);
        break;
    }
    m_state->setText(u"<span style=\"color:%1\">\u25cf</span> %2"_s.arg(dot.name(), text));
    const ConnectSettings &settings = m_client->settings();
    m_server->setText(!settings.isComplete() ? QString()
                              : settings.tls
                              ? tr("Server %1:%2, encrypted").arg(settings.host).arg(settings.port)
                              : tr("Server %1:%2").arg(settings.host).arg(settings.port));
    QString signedIn;
    if (m_client->isOnline()) {
        signedIn = m_client->isAway() ? tr("Signed in as %1 · away").arg(m_client->name())
                                      : tr("Signed in as %1").arg(m_client->name());
    }
    m_name->setText(signedIn);
    m_name->setToolTip(m_client->isAway() ? m_client->awayText() : QString());
}

} // namespace Chinwag
