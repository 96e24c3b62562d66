// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QObject>

namespace Chinwag {

// Where the server's parts write what an operator should know: connections, registrations,
// groups, kicks, errors. Never one record per chat message. The monitor's event log and the
// headless console both listen to it.
class ServerLog : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void add(LogRecord::Kind kind, const QString &text);

signals:
    void recorded(const Chinwag::LogRecord &record);
};

} // namespace Chinwag
