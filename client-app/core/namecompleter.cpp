// SPDX-License-Identifier: GPL-3.0-or-later
#include "namecompleter.h"

#include <namerules.h>

#include <algorithm>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

// The characters a name may hold after its first (NameRules).
bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c.isMark();
}

} // namespace

std::optional<NameCompleter::Completion>
NameCompleter::complete(const QString &text, int cursor, const QStringList &names, bool backwards)
{
    cursor = qBound(0, cursor, int(text.size()));
    if (isCycling() && text == m_text && cursor == m_cursor) {
        const int count = int(m_matches.size());
        m_index = (m_index + (backwards ? count - 1 : 1)) % count;
        return apply(text, cursor);
    }
    reset();
    int start = cursor;
    while (start > 0 && isNameCharacter(text.at(start - 1)))
        --start;
    // A full stop or dash ends a sentence more often than it starts a name.
    while (start < cursor && !text.at(start).isLetter())
        ++start;
    const QString prefix = text.mid(start, cursor - start);
    if (prefix.isEmpty())
        return std::nullopt;
    QStringList matches;
    for (const QString &name : names) {
        if (name.startsWith(prefix, Qt::CaseInsensitive) && !matches.contains(name))
            matches.append(name);
    }
    if (matches.isEmpty())
        return std::nullopt;
    std::sort(matches.begin(), matches.end(), [](const QString &a, const QString &b) {
        return NameRules::key(a) < NameRules::key(b);
    });
    m_matches = matches;
    m_index = backwards ? int(matches.size()) - 1 : 0;
    m_start = start;
    return apply(text, cursor);
}

NameCompleter::Completion NameCompleter::apply(const QString &text, int end)
{
    const int lineStart = int(text.lastIndexOf(u'\n', qMax(0, m_start - 1))) + 1;
    const bool startsLine =
            m_start == 0 || text.mid(lineStart, m_start - lineStart).trimmed().isEmpty();
    const QString inserted = m_matches.at(m_index) + (startsLine ? u": "_s : u" "_s);
    Completion completion;
    completion.text = text.left(m_start) + inserted + text.mid(end);
    completion.cursor = m_start + int(inserted.size());
    m_text = completion.text;
    m_cursor = completion.cursor;
    return completion;
}

} // namespace Chinwag
