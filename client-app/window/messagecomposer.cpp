// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagecomposer.h"

#include "messageinput.h"

#include <chatclient.h>

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Chinwag {

using namespace Qt::StringLiterals;

MessageComposer::MessageComposer(QWidget *parent)
    : QWidget(parent),
      m_input(new MessageInput(this)),
      m_counter(new QLabel(this)),
      m_send(new QToolButton(this)),
      m_maxLineBytes(Limits().maxLineBytes)
{
    m_input->setObjectName(u"messageInput"_s);
    m_counter->setObjectName(u"lengthCounter"_s);
    m_counter->hide();
    m_send->setObjectName(u"sendButton"_s);
    m_send->setIcon(QIcon::fromTheme(u"document-send"_s, QIcon(u":/icons/actions/send.svg"_s)));
    m_send->setToolTip(tr("Send (Enter)"));
    m_send->setAutoRaise(true);
    m_send->setIconSize(QSize(22, 22));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_input, 1);
    layout->addWidget(m_counter, 0, Qt::AlignBottom);
    layout->addWidget(m_send, 0, Qt::AlignBottom);

    connect(m_input, &MessageInput::submitted, this, &MessageComposer::submit);
    connect(m_send, &QToolButton::clicked, this, &MessageComposer::submit);
    connect(m_input, &QPlainTextEdit::textChanged, this, &MessageComposer::updateCounter);
    setFocusProxy(m_input);
}

void MessageComposer::setConversation(const Conversation &conversation, const QString &title)
{
    m_conversation = conversation;
    m_input->setPlaceholderText(tr("Message %1").arg(title));
    updateCounter();
}

void MessageComposer::setMaxLineBytes(qsizetype bytes)
{
    m_maxLineBytes = bytes;
    updateCounter();
}

qsizetype MessageComposer::remainingBytes() const
{
    qsizetype longest = 0;
    const QStringList lines = text().split(u'\n');
    for (const QString &line : lines)
        longest = qMax(longest, ChatClient::lineBytes(m_conversation, line));
    return m_maxLineBytes - longest;
}

QString MessageComposer::text() const
{
    return m_input->toPlainText();
}

void MessageComposer::setText(const QString &text)
{
    m_input->setPlainText(text);
    m_input->moveCursor(QTextCursor::End);
}

void MessageComposer::submit()
{
    const QString message = text();
    if (message.trimmed().isEmpty())
        return;
    if (remainingBytes() < 0) {
        QApplication::beep();
        return;
    }
    m_input->addToHistory(message);
    m_input->clear();
    Q_EMIT submitted(message);
}

void MessageComposer::updateCounter()
{
    const qsizetype remaining = remainingBytes();
    const bool near = remaining <= qsizetype(double(m_maxLineBytes) * CounterThreshold);
    m_counter->setVisible(near && !text().isEmpty());
    if (!m_counter->isVisible())
        return;
    if (remaining >= 0) {
        m_counter->setText(tr("%1 left").arg(remaining));
        m_counter->setStyleSheet(QString());
    } else {
        m_counter->setText(tr("%1 too many").arg(-remaining));
        m_counter->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    }
    m_counter->setToolTip(tr("The server takes lines of up to %1 bytes; a character may take "
                             "more than one.")
                                  .arg(m_maxLineBytes));
}

} // namespace Chinwag
