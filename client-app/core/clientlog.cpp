// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientlog.h"

namespace Chinwag {

Q_LOGGING_CATEGORY(lcClient, "chinwag.client")

} // namespace Chinwag
