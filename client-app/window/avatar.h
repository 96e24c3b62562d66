// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QPainter;
class QRect;

namespace Chinwag {

// The round badge that stands for a person or a group: the name's first letter on a colour that
// is always the same for the name, so that a face is recognised before a name is read.
class Avatar
{
public:
    static QColor color(const QString &name);
    static void paint(QPainter *painter, const QRect &rect, const QString &name,
                      bool dimmed = false);
};

} // namespace Chinwag
