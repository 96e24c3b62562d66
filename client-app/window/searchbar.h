// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Chinwag {

// The bar that searches the current conversation: a field whose text filters the messages as it
// is typed, how many lines match, and a button to close it. Escape closes it too; Up and Down
// move through the matches, Enter shows the current one among all the lines.
class SearchBar : public QFrame
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);

    QString text() const;
    QLineEdit *field() const { return m_field; }
    // Shows the bar with the field selected, ready to type over.
    void open();
    void setMatchCount(int matches);

Q_SIGNALS:
    void textChanged(const QString &text);
    void closed();
    // Up (-1) or Down (+1) in the field.
    void stepRequested(int step);
    // Enter: close, and show the current match in its place.
    void showRequested();

public Q_SLOTS:
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_close;
};

} // namespace Chinwag
