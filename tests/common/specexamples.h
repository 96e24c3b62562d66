// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Chinwag {

// The examples of a specification as the rows of a data-driven test: one row for each line of
// every block fenced as "```<fence>", with the columns "line" and "next" (the line after it,
// empty at the end). The number of such blocks, or -1 when the file cannot be read.
int addSpecExampleRows(const QString &path, QByteArrayView fence);

} // namespace Chinwag
