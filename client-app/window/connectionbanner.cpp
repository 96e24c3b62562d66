// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionbanner.h"

#include <chatclient.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Chinwag {

using namespace Qt::StringLiterals;
using namespace std::chrono;
using State = ChatClient::State;

namespace {

// Reasons come from the server, the system and the client, not all of them ending a sentence.
QString asSentence(const QString &text)
{
    if (text.isEmpty() || text.endsWith(u'.') || text.endsWith(u'!') || text.endsWith(u'?'))
        return text;
    return text + u'.';
}

} // namespace

ConnectionBanner::ConnectionBanner(ChatClient *client, QWidget *parent)
    : QFrame(parent),
      m_client(client),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("Reconnect &Now"), this)),
      m_cancel(new QPushButton(tr("&Stop Trying"), this)),
      m_connect(new QPushButton(tr("&Connect…"), this))
{
    setObjectName(u"connectionBanner"_s);
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    m_text->setObjectName(u"connectionBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"reconnectNowButton"_s);
    m_cancel->setObjectName(u"stopTryingButton"_s);
    m_connect->setObjectName(u"connectAgainButton"_s);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_cancel);
    layout->addWidget(m_connect);

    m_countdown.setInterval(1s);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBanner::update);
    connect(m_retry, &QPushButton::clicked, client, &ChatClient::reconnectNow);
    connect(m_cancel, &QPushButton::clicked, client, &ChatClient::cancelReconnect);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionBanner::connectRequested);
    connect(client, &ChatClient::reconnectScheduled, this, [this](milliseconds delay) {
        m_nextAttempt = steady_clock::now() + delay;
        m_countdown.start();
        update();
    });
    connect(client, &ChatClient::disconnectedByServer, this,
            [this](const ProtocolError &reason) { m_kicked = reason.code == ErrorCode::Kicked; });
    connect(client, &ChatClient::stateChanged, this, [this](State state) {
        if (state == State::Connecting)
            m_kicked = false;
        update();
    });
    update();
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::update()
{
    const State state = m_client->state();
    const QString reason = asSentence(m_client->disconnectReason());
    if (state != State::WaitingToReconnect)
        m_countdown.stop();
    // A banner says what went wrong: a first connection being made needs none.
    const bool show = !reason.isEmpty() && state != State::Online;
    setVisible(show);
    if (!show)
        return;

    QPalette colors = palette();
    const bool light = colors.color(QPalette::Window).lightness() > 128;
    const bool severe = state == State::Disconnected;
    const QColor lightColor = severe ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf4, 0xd6);
    const QColor darkColor = severe ? QColor(0x5f, 0x21, 0x20) : QColor(0x5a, 0x45, 0x10);
    colors.setColor(QPalette::Window, light ? lightColor : darkColor);
    setPalette(colors);

    QString text;
    switch (state) {
    case State::WaitingToReconnect: {
        const auto left = duration_cast<seconds>(m_nextAttempt - steady_clock::now() + 999ms);
        text = tr("%1 Trying again in %2 s…").arg(reason).arg(qMax<qint64>(1, left.count()));
        break;
    }
    case State::Connecting:
    case State::Registering:
        text = tr("%1 Trying again now…").arg(reason);
        break;
    case State::Disconnected:
        text = m_kicked ? tr("You were disconnected. %1").arg(reason)
                        : tr("Not connected. %1").arg(reason);
        break;
    case State::Online:
        break;
    }
    m_text->setText(text);
    m_retry->setVisible(state == State::WaitingToReconnect);
    m_cancel->setVisible(state != State::Disconnected);
    m_connect->setVisible(state == State::Disconnected);
}

} // namespace Chinwag
