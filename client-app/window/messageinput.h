// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <namecompleter.h>

#include <QPlainTextEdit>
#include <QStringList>

#include <functional>

namespace Chinwag {

// Where a message is typed. Enter submits it and Shift+Enter starts a new line; Up on the first
// line and Down on the last walk through what was sent before; Tab completes the name before the
// cursor (again: the next name), Shift+Tab goes back. It grows with its text, up to a few lines.
class MessageInput : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MessageInput(QWidget *parent = nullptr);

    // Remembers a sent text for Up and Down.
    void addToHistory(const QString &text);
    QStringList history() const { return m_history; }
    // Where Tab finds the names to complete: the current conversation's members.
    void setNameSource(std::function<QStringList()> source) { m_names = std::move(source); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int MaxHistory = 100;
    static constexpr int MaxVisibleLines = 6;

Q_SIGNALS:
    void submitted();
    // The user typed something (not a walk through the history, not a new text set).
    void typed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHistoryEntry(qsizetype entry);
    int heightForLines(int lines) const;
    // Completes the name before the cursor; false when nothing fits.
    bool completeName(bool backwards);

    QStringList m_history;
    qsizetype m_historyEntry = 0; // m_history.size() when editing a new text
    QString m_draft; // the new text, kept while walking the history
    std::function<QStringList()> m_names;
    NameCompleter m_completer;
};

} // namespace Chinwag
