// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientlog.h"

namespace Chinwag {

// Debug lines (each message received) only when asked for, with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcClient, "chinwag.client", QtInfoMsg)

} // namespace Chinwag
