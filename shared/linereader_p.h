// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

namespace Chinwag {

// Walks the fields of one line: fields are separated by one or more spaces, and the last field
// of a line may be free text that runs to the line's end.
class LineReader
{
public:
    explicit LineReader(QByteArrayView line) : m_line(line) { }

    QByteArrayView token()
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (m_pos < m_line.size() && m_line[m_pos] != ' ')
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }

    // Everything after the spaces that follow the previous field, kept as it is.
    QByteArrayView rest()
    {
        skipSpaces();
        const QByteArrayView text = m_line.sliced(m_pos);
        m_pos = m_line.size();
        return text;
    }

    bool atEnd()
    {
        skipSpaces();
        return m_pos == m_line.size();
    }

    // Whether the next field starts with `c`.
    bool nextStartsWith(char c)
    {
        skipSpaces();
        return m_pos < m_line.size() && m_line[m_pos] == c;
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_line.size() && m_line[m_pos] == ' ')
            ++m_pos;
    }

    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

// A plain decimal number of at most `max`: no sign, no spaces, no leading '+'.
inline std::optional<quint64> parseDecimal(QByteArrayView digits, quint64 max)
{
    if (digits.isEmpty() || digits.size() > 20)
        return std::nullopt;
    quint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const quint64 d = quint64(c - '0');
        if (value > (max - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

inline bool equalsKeyword(QByteArrayView token, QByteArrayView keyword)
{
    if (token.size() != keyword.size())
        return false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        char c = token[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != keyword[i])
            return false;
    }
    return true;
}

} // namespace Chinwag
