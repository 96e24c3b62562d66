// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Chinwag {

class MessagePacer;

// Above the input while pasted lines wait for their turn: how many are left, and a button that
// drops them.
class PendingLinesBar : public QFrame
{
    Q_OBJECT

public:
    explicit PendingLinesBar(MessagePacer *pacer, QWidget *parent = nullptr);

    QString text() const;

private:
    void update(int pending);

    MessagePacer *m_pacer;
    QLabel *m_text;
    QPushButton *m_cancel;
};

} // namespace Chinwag
