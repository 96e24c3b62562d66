// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QStringList>

namespace Chinwag {

// Where a message is typed. Enter submits it and Shift+Enter starts a new line; Up on the first
// line and Down on the last walk through what was sent before. It grows with its text, up to a
// few lines.
class MessageInput : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MessageInput(QWidget *parent = nullptr);

    // Remembers a sent text for Up and Down.
    void addToHistory(const QString &text);
    QStringList history() const { return m_history; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int MaxHistory = 100;
    static constexpr int MaxVisibleLines = 6;

Q_SIGNALS:
    void submitted();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHistoryEntry(qsizetype entry);
    int heightForLines(int lines) const;

    QStringList m_history;
    qsizetype m_historyEntry = 0; // m_history.size() when editing a new text
    QString m_draft; // the new text, kept while walking the history
};

} // namespace Chinwag
