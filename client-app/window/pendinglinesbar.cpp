// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendinglinesbar.h"

#include <messagepacer.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Chinwag {

using namespace Qt::StringLiterals;

PendingLinesBar::PendingLinesBar(MessagePacer *pacer, QWidget *parent)
    : QFrame(parent),
      m_pacer(pacer),
      m_text(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Stop Sending"), this))
{
    setObjectName(u"pendingLinesBar"_s);
    m_text->setObjectName(u"pendingLinesText"_s);
    m_cancel->setObjectName(u"pendingLinesCancel"_s);
    m_cancel->setToolTip(tr("Drop the lines that have not gone out yet."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 2, 12, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, pacer, &MessagePacer::cancel);
    connect(pacer, &MessagePacer::pendingChanged, this, &PendingLinesBar::update);
    update(pacer->pending());
}

QString PendingLinesBar::text() const
{
    return m_text->text();
}

void PendingLinesBar::update(int pending)
{
    // Paced so that the server's flood control never holds them back.
    m_text->setText(tr("Sending the pasted lines one by one; still to go: %1").arg(pending));
    setVisible(pending > 0);
}

} // namespace Chinwag
