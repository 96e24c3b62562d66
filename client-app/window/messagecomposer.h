// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <conversation.h>

#include <QWidget>

class QLabel;
class QToolButton;

namespace Chinwag {

class MessageInput;

// The input with its send button and, near the server's line limit, a counter of what is left.
// Each line of the text is one message; the longest line counts.
class MessageComposer : public QWidget
{
    Q_OBJECT

public:
    explicit MessageComposer(QWidget *parent = nullptr);

    void setConversation(const Conversation &conversation, const QString &title);
    // The longest line the server takes, in bytes.
    void setMaxLineBytes(qsizetype bytes);
    // What is left of the limit for the longest line; negative when over.
    qsizetype remainingBytes() const;

    QString text() const;
    void setText(const QString &text);
    MessageInput *input() const { return m_input; }

    // The counter shows once this share of the limit or less is left.
    static constexpr double CounterThreshold = 0.2;

Q_SIGNALS:
    void submitted(const QString &text);

private:
    void submit();
    void updateCounter();

    MessageInput *m_input;
    QLabel *m_counter;
    QToolButton *m_send;
    Conversation m_conversation;
    qsizetype m_maxLineBytes;
};

} // namespace Chinwag
