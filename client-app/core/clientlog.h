// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Chinwag {

Q_DECLARE_LOGGING_CATEGORY(lcClient)

} // namespace Chinwag
