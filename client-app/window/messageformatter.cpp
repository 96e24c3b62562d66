// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageformatter.h"

#include "avatar.h"

#include <messagemodel.h>

#include <QLocale>
#include <QModelIndex>
#include <QPalette>
#include <QRegularExpression>
#include <QUrl>

namespace Chinwag {

using namespace Qt::StringLiterals;
using Kind = MessageEntry::Kind;
using Delivery = MessageEntry::Delivery;

namespace {

// A web address: a scheme and what follows up to a space, or one that starts with "www.".
const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(
            uR"(\b(?:(?:https?|ftp)://|www\.)[^\s<>"]+)"_s,
            QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Sentence punctuation after an address belongs to the sentence, and so does a closing
// parenthesis the address did not open.
qsizetype trimmedLinkLength(QStringView link)
{
    qsizetype length = link.size();
    while (length > 0) {
        const QChar last = link.at(length - 1);
        if (QStringView(u".,;:!?'\"").contains(last)) {
            --length;
        } else if (last == u')' && !link.first(length).contains(u'(')) {
            --length;
        } else {
            break;
        }
    }
    return length;
}

QString colored(const QString &html, const QColor &color)
{
    return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), html);
}

QString small(const QString &html)
{
    return u"<span style=\"font-size:small\">%1</span>"_s.arg(html);
}

// Text halfway to the background: quieter than text, and opaque, as rich text wants its colours.
QColor quiet(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                            (text.blueF() + base.blueF()) / 2);
}

// Escaped text with each occurrence of `highlight` on a marker-pen background.
QString escapedWithHighlight(QStringView text, const QString &highlight)
{
    if (highlight.isEmpty())
        return text.toString().toHtmlEscaped();
    QString html;
    qsizetype done = 0;
    qsizetype found;
    while ((found = text.indexOf(highlight, done, Qt::CaseInsensitive)) >= 0) {
        html += text.sliced(done, found - done).toString().toHtmlEscaped();
        html += u"<span style=\"background-color:#ffe082; color:#000000\">%1</span>"_s.arg(
                text.sliced(found, highlight.size()).toString().toHtmlEscaped());
        done = found + highlight.size();
    }
    html += text.sliced(done).toString().toHtmlEscaped();
    return html;
}

QColor errorColor(const QPalette &palette)
{
    // A red that reads on light and on dark backgrounds.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xc6, 0x28, 0x28)
                                                           : QColor(0xef, 0x9a, 0x9a);
}

} // namespace

QString MessageFormatter::html(const QModelIndex &index, bool compact, const QPalette &palette,
                               const QString &highlight)
{
    const auto kind = Kind(index.data(MessageModel::KindRole).toInt());
    const QString text = index.data(MessageModel::TextRole).toString();
    const QString time = timeText(index.data(MessageModel::TimeRole).toDateTime());

    if (kind != Kind::Chat) {
        const QColor color = kind == Kind::Error ? errorColor(palette) : quiet(palette);
        const QString mark = kind == Kind::Error ? u"\u26a0 "_s : QString();
        return small(colored(mark + textToHtml(text, highlight) + u" &nbsp;\u00b7&nbsp; "_s + time,
                             color));
    }

    const QString sender = index.data(MessageModel::SenderRole).toString();
    const auto delivery = Delivery(index.data(MessageModel::DeliveryRole).toInt());
    QString html;
    if (!compact) {
        html += u"<b>%1</b>"_s.arg(
                colored(escapedWithHighlight(sender, highlight), Avatar::color(sender)));
        html += u"&nbsp;&nbsp;"_s + small(colored(time, quiet(palette)));
    }
    const QString state =
            deliveryText(delivery, index.data(MessageModel::ConversationNameRole).toString());
    if (!state.isEmpty() && delivery != Delivery::Failed) {
        if (!compact)
            html += u"&nbsp;&nbsp;"_s;
        html += small(colored(u"<i>%1</i>"_s.arg(state.toHtmlEscaped()), quiet(palette)));
    }
    if (!html.isEmpty())
        html += u"<br>"_s;
    const bool pending = delivery == Delivery::Queued || delivery == Delivery::Sending;
    const QString body = textToHtml(text, highlight);
    html += pending ? colored(body, quiet(palette)) : body;
    if (delivery == Delivery::Failed) {
        const QString why = index.data(MessageModel::FailureRole).toString();
        html += u"<br>"_s
                + small(colored(u"\u26a0 "_s + tr("Not sent: %1").arg(why).toHtmlEscaped(),
                                errorColor(palette)));
    }
    return html;
}

QString MessageFormatter::plainText(const QModelIndex &index)
{
    const QString time = timeText(index.data(MessageModel::TimeRole).toDateTime());
    const auto kind = Kind(index.data(MessageModel::KindRole).toInt());
    const QString text = index.data(MessageModel::TextRole).toString();
    if (kind != Kind::Chat)
        return u"[%1] * %2"_s.arg(time, text);
    return u"[%1] %2: %3"_s.arg(time, index.data(MessageModel::SenderRole).toString(), text);
}

QString MessageFormatter::textToHtml(const QString &text, const QString &highlight)
{
    QString html;
    qsizetype done = 0;
    auto it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView link = QStringView(text).sliced(match.capturedStart(),
                                                          trimmedLinkLength(match.capturedView()));
        if (link.isEmpty())
            continue;
        html += escapedWithHighlight(QStringView(text).sliced(done, match.capturedStart() - done),
                                     highlight);
        const QString shown = link.toString();
        const QUrl url = QUrl::fromUserInput(shown);
        html += u"<a href=\"%1\">%2</a>"_s.arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(),
                                               escapedWithHighlight(shown, highlight));
        done = match.capturedStart() + link.size();
    }
    html += escapedWithHighlight(QStringView(text).sliced(done), highlight);
    return u"<span style=\"white-space:pre-wrap\">%1</span>"_s.arg(html);
}

QString MessageFormatter::timeText(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    // The locale's short time, without seconds where it has them (as the C locale does).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    const QString clock = locale.toString(local.time(), format);
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return clock;
    if (day == today.addDays(-1))
        return tr("yesterday %1").arg(clock);
    return u"%1 %2"_s.arg(locale.toString(day, QLocale::ShortFormat), clock);
}

QString MessageFormatter::deliveryText(Delivery delivery, const QString &peer)
{
    switch (delivery) {
    case Delivery::Queued:
        return tr("waiting for the connection");
    case Delivery::Sending:
        return tr("sending…");
    case Delivery::Held:
        return peer.isEmpty() ? tr("kept until they come online")
                              : tr("waiting for %1 to come online").arg(peer);
    case Delivery::Failed:
        return tr("not sent");
    case Delivery::Received:
    case Delivery::Sent:
        break;
    }
    return {};
}

} // namespace Chinwag
