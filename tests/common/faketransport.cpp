// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketransport.h"

#include <QMetaObject>

#include <utility>

namespace Chinwag {

void FakeTransport::write(const QByteArray &bytes, Urgency)
{
    if (!m_closed)
        m_written += bytes;
}

void FakeTransport::feed(const QByteArray &line)
{
    if (m_receiver && !m_closed)
        m_receiver->bytesReceived(line + '\n');
}

QByteArrayList FakeTransport::takeLines()
{
    QByteArrayList lines = m_written.split('\n');
    m_written = lines.takeLast(); // what follows the last LF: nothing, or a part line
    return std::exchange(m_putBack, {}) + lines;
}

void FakeTransport::finish()
{
    if (m_closed)
        return;
    m_closed = true;
    QMetaObject::invokeMethod(
            this, [this] { m_receiver->disconnected(); }, Qt::QueuedConnection);
}

} // namespace Chinwag
