// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <messageentry.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QModelIndex;
class QPalette;

namespace Chinwag {

// How a line of a conversation reads: the rich text the message view draws (sender, local time,
// text with its links, where an own message is), and the plain text that is copied. Apart from
// the delegate, so that what is said is decided in one place and drawn in another.
class MessageFormatter
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::MessageFormatter)

public:
    // The line of a MessageModel as HTML. A compact line continues the one before it, from the
    // same sender: it has no header. Where the text holds `highlight`, it is marked.
    static QString html(const QModelIndex &index, bool compact, const QPalette &palette,
                        const QString &highlight = {});
    // The line for the clipboard: "[14:03] anna: hello".
    static QString plainText(const QModelIndex &index);

    // Text as HTML: escaped, spaces kept, web addresses made links, and each occurrence of
    // `highlight` (without regard to case) marked.
    static QString textToHtml(const QString &text, const QString &highlight = {});
    // A time from the server in the user's local time: "14:03", with the day when not today.
    static QString timeText(const QDateTime &time,
                            const QDateTime &now = QDateTime::currentDateTime());
    // What an own message's state says beside it; empty once it is sent. `peer` is who a
    // held message waits for.
    static QString deliveryText(MessageEntry::Delivery delivery, const QString &peer = {});
};

} // namespace Chinwag
