// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Chinwag {

// The one source of message ids and times. Ids grow by one; times never go back, even when the
// clock does, so ids and times sort alike. A persistent store seeds it with the newest id it
// holds, so that ids keep growing across restarts.
class MessageIdSource
{
public:
    struct Stamp
    {
        quint64 id;
        QDateTime time; // UTC, milliseconds
    };

    Stamp next();
    void seed(quint64 lastId);
    quint64 lastId() const { return m_lastId; }

private:
    quint64 m_lastId = 0;
    qint64 m_lastMSecs = 0;
};

} // namespace Chinwag
