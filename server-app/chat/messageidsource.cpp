// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageidsource.h"

#include <algorithm>

namespace Chinwag {

MessageIdSource::Stamp MessageIdSource::next()
{
    m_lastMSecs = std::max(m_lastMSecs, QDateTime::currentMSecsSinceEpoch());
    return { ++m_lastId, QDateTime::fromMSecsSinceEpoch(m_lastMSecs, Qt::UTC) };
}

void MessageIdSource::seed(quint64 lastId)
{
    m_lastId = std::max(m_lastId, lastId);
}

} // namespace Chinwag
