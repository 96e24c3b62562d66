// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenbar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

ListenBar::ListenBar(QWidget *parent)
    : QWidget(parent),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_start(new QPushButton(QIcon(u":/icons/actions/start.svg"_s), tr("&Start"), this)),
      m_stop(new QPushButton(QIcon(u":/icons/actions/stop.svg"_s), tr("S&top"), this)),
      m_status(new QLabel(this)),
      m_error(new QLabel(this))
{
    m_host->setObjectName(u"hostEdit"_s);
    m_port->setObjectName(u"portSpin"_s);
    m_start->setObjectName(u"startButton"_s);
    m_stop->setObjectName(u"stopButton"_s);
    m_status->setObjectName(u"listenStatus"_s);
    m_error->setObjectName(u"listenError"_s);

    m_host->setToolTip(tr("The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 "
                          "for every network"));
    m_host->setMaximumWidth(160);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setToolTip(tr("The port to listen on; 0 picks a free one"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_error->hide();

    auto *hostLabel = new QLabel(tr("&Address:"), this);
    hostLabel->setBuddy(m_host);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);

    auto *row = new QHBoxLayout;
    row->addWidget(hostLabel);
    row->addWidget(m_host);
    row->addWidget(portLabel);
    row->addWidget(m_port);
    row->addWidget(m_start);
    row->addWidget(m_stop);
    row->addSpacing(12);
    row->addWidget(m_status, 1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_error);

    connect(m_start, &QPushButton::clicked, this, &ListenBar::requestStart);
    connect(m_host, &QLineEdit::returnPressed, this, &ListenBar::requestStart);
    connect(m_stop, &QPushButton::clicked, this, &ListenBar::stopRequested);
    showStopped();
}

void ListenBar::setEndpoint(const QHostAddress &address, quint16 port)
{
    m_host->setText(address.toString());
    m_port->setValue(port);
}

void ListenBar::showListening(const QString &endpoint)
{
    m_error->hide();
    m_status->setText(tr("Listening on %1").arg(endpoint));
    setEditable(false);
    m_stop->setEnabled(true);
}

void ListenBar::showStopping()
{
    m_status->setText(tr("Stopping: saying goodbye to every client…"));
    setEditable(false);
    m_stop->setEnabled(false);
}

void ListenBar::showStopped()
{
    m_status->setText(tr("Stopped"));
    setEditable(true);
    m_stop->setEnabled(false);
}

void ListenBar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_port->setFocus();
    m_port->selectAll();
}

void ListenBar::requestStart()
{
    QHostAddress address;
    const QString host = m_host->text().trimmed();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host)) {
        m_error->setText(tr("\"%1\" is not an IP address: use 127.0.0.1, 0.0.0.0 or another "
                            "address of this machine.")
                                 .arg(host));
        m_error->show();
        m_host->setFocus();
        m_host->selectAll();
        return;
    }
    emit startRequested(address, quint16(m_port->value()));
}

void ListenBar::setEditable(bool editable)
{
    m_host->setEnabled(editable);
    m_port->setEnabled(editable);
    m_start->setEnabled(editable);
}

} // namespace Chinwag
