// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageinput.h"

#include <QAction>
#include <QKeyEvent>
#include <QTextBlock>

namespace Chinwag {

MessageInput::MessageInput(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(6);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &QWidget::updateGeometry);
}

void MessageInput::addToHistory(const QString &text)
{
    if (text.isEmpty() || (!m_history.isEmpty() && m_history.last() == text)) {
        m_historyEntry = m_history.size();
        return;
    }
    m_history.append(text);
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_historyEntry = m_history.size();
    m_draft.clear();
}

int MessageInput::heightForLines(int lines) const
{
    const int frame = 2 * frameWidth();
    const int margins = int(2 * document()->documentMargin());
    return frame + margins + lines * fontMetrics().lineSpacing() + contentsMargins().top()
            + contentsMargins().bottom();
}

QSize MessageInput::sizeHint() const
{
    // The wrapped lines of the text, between one and a few.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    return { QPlainTextEdit::sizeHint().width(),
             heightForLines(qBound(1, lines, MaxVisibleLines)) };
}

QSize MessageInput::minimumSizeHint() const
{
    return { QPlainTextEdit::minimumSizeHint().width(), heightForLines(1) };
}

bool MessageInput::event(QEvent *event)
{
    // Tab completes a name rather than moving the focus, when there is a name to complete.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier;
        const bool backtab = key->key() == Qt::Key_Backtab;
        if ((tab || (backtab && m_completer.isCycling())) && completeName(backtab))
            return true;
        if (!tab && !backtab)
            m_completer.reset();
    }
    // The window's shortcuts win over the editor's keys: Ctrl+K jumps to a conversation rather
    // than deleting to the end of the line.
    if (event->type() == QEvent::ShortcutOverride) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        const QList<QAction *> actions = window()->findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->shortcutContext() == Qt::WindowShortcut && action->isEnabled()
                && action->shortcuts().contains(pressed)) {
                event->ignore();
                return true;
            }
        }
    }
    return QPlainTextEdit::event(event);
}

void MessageInput::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
            !(event->modifiers()
              & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() & Qt::ShiftModifier)
            break;
        Q_EMIT submitted();
        return;
    case Qt::Key_Up:
        if (plain && textCursor().block() == document()->firstBlock() && m_historyEntry > 0) {
            if (m_historyEntry == m_history.size())
                m_draft = toPlainText();
            showHistoryEntry(m_historyEntry - 1);
            return;
        }
        break;
    case Qt::Key_Down:
        if (plain && textCursor().block() == document()->lastBlock()
            && m_historyEntry < m_history.size()) {
            showHistoryEntry(m_historyEntry + 1);
            return;
        }
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
    const bool printable = !event->text().isEmpty() && event->text().at(0).isPrint();
    if (printable || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)
        Q_EMIT typed();
}

bool MessageInput::completeName(bool backwards)
{
    if (!m_names)
        return false;
    QTextCursor cursor = textCursor();
    const auto completion =
            m_completer.complete(toPlainText(), cursor.position(), m_names(), backwards);
    if (!completion)
        return false;
    // One edit, so that Ctrl+Z takes the completion back whole.
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(completion->text);
    cursor.endEditBlock();
    cursor.setPosition(completion->cursor);
    setTextCursor(cursor);
    return true;
}

void MessageInput::showHistoryEntry(qsizetype entry)
{
    m_historyEntry = entry;
    setPlainText(entry < m_history.size() ? m_history.at(entry) : m_draft);
    moveCursor(QTextCursor::End);
}

} // namespace Chinwag
