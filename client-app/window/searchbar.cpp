// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Chinwag {

using namespace Qt::StringLiterals;

SearchBar::SearchBar(QWidget *parent)
    : QFrame(parent),
      m_field(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(u"searchBar"_s);
    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(tr("Search this conversation"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(QIcon::fromTheme(u"edit-find"_s, QIcon(u":/icons/actions/search.svg"_s)),
                       QLineEdit::LeadingPosition);
    m_field->installEventFilter(this);
    m_count->setObjectName(u"searchCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_close->setObjectName(u"searchClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(u"window-close"_s));
    m_close->setText(u"\u2715"_s);
    m_close->setToolTip(tr("Close the search (Escape)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::textChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchBar::showRequested);
    connect(m_close, &QToolButton::clicked, this, &SearchBar::close);
    hide();
}

QString SearchBar::text() const
{
    return m_field->text();
}

void SearchBar::open()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void SearchBar::close()
{
    if (isHidden())
        return;
    hide();
    m_field->clear();
    Q_EMIT closed();
}

void SearchBar::setMatchCount(int matches)
{
    m_count->setText(m_field->text().trimmed().isEmpty() ? QString()
                                                         : tr("Matches: %1").arg(matches));
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Escape:
            close();
            return true;
        case Qt::Key_Up:
            Q_EMIT stepRequested(-1);
            return true;
        case Qt::Key_Down:
            Q_EMIT stepRequested(1);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Chinwag
