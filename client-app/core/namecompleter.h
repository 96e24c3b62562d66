// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Chinwag {

// Tab completion of names in a line being typed, as IRC clients do it: the word before the
// cursor is completed from the names given, compared without regard to case; Tab again offers the
// next name that fits. A name at the start of a line gets ": " after it, elsewhere a space.
class NameCompleter
{
public:
    struct Completion
    {
        QString text;
        int cursor = 0;
    };

    // The text with the word before `cursor` completed, or the previous completion replaced by
    // the next one (the previous one when `backwards`) if the text is as that completion left
    // it; nothing when no name fits.
    std::optional<Completion> complete(const QString &text, int cursor, const QStringList &names,
                                       bool backwards = false);
    // The next Tab starts over from what is typed.
    void reset() { m_matches.clear(); }
    bool isCycling() const { return !m_matches.isEmpty(); }

private:
    Completion apply(const QString &text, int end);

    QStringList m_matches; // the names that fit the word, in order
    int m_index = 0;
    int m_start = 0; // where the completed word starts
    QString m_text; // the text and cursor as the last completion left them
    int m_cursor = 0;
};

} // namespace Chinwag
