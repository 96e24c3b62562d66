// SPDX-License-Identifier: GPL-3.0-or-later
#include "avatar.h"

#include <namerules.h>

#include <QFont>
#include <QPainter>
#include <QRect>

namespace Chinwag {

namespace {

// Mid-tone colours that carry white text and sit well on light and dark backgrounds.
constexpr QRgb Colors[] = {
    0xe53935, 0xd81b60, 0x8e24aa, 0x5e35b1, 0x3949ab, 0x1e88e5,
    0x00897b, 0x43a047, 0xf4511e, 0x6d4c41, 0x546e7a, 0xc2185b,
};

} // namespace

QColor Avatar::color(const QString &name)
{
    // A hash of our own, so that a name keeps its colour from one run and one Qt to the next.
    quint32 hash = 2166136261u;
    for (const QChar c : NameRules::key(name)) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromRgb(Colors[hash % std::size(Colors)]);
}

void Avatar::paint(QPainter *painter, const QRect &rect, const QString &name, bool dimmed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor background = color(name);
    if (dimmed)
        background.setAlphaF(0.45f);
    painter->setBrush(background);
    painter->drawEllipse(rect);

    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(8, rect.height() * 9 / 20));
    painter->setFont(font);
    painter->setPen(Qt::white);
    const QString initial =
            name.isEmpty() ? QString() : name.left(name.at(0).isHighSurrogate() ? 2 : 1).toUpper();
    painter->drawText(rect, Qt::AlignCenter, initial);
    painter->restore();
}

} // namespace Chinwag
