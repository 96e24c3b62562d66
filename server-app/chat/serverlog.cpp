// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlog.h"

namespace Chinwag {

void ServerLog::add(LogRecord::Kind kind, const QString &text)
{
    emit recorded({ QDateTime::currentDateTime(), kind, text });
}

} // namespace Chinwag
