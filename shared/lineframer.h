// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Chinwag {

// Cuts a byte stream into lines ended by LF or CR LF. A line longer than the limit is reported
// once, as soon as it passes the limit, and its bytes are dropped up to its end instead of being
// buffered. Each byte is scanned once and moved at most once, so the cost is linear in the bytes
// appended.
class LineFramer
{
public:
    struct Frame
    {
        enum class Kind { Line, TooLong };
        Kind kind = Kind::Line;
        QByteArrayView line; // without its ending; valid until the next append()
    };

    explicit LineFramer(qsizetype maxLineBytes);

    void setMaxLineBytes(qsizetype maxLineBytes) { m_maxLineBytes = maxLineBytes; }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

    void append(QByteArrayView bytes);
    // The next complete line or overlong-line report, or nothing until more bytes arrive.
    std::optional<Frame> next();
    bool hasFrame() const { return m_head < m_frames.size(); }
    // Bytes held: lines not yet taken and the partial line.
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    struct Span
    {
        qsizetype start;
        qsizetype length;
        bool tooLong;
    };

    void compact();

    QByteArray m_buffer;
    QList<Span> m_frames;
    qsizetype m_head = 0; // the first frame not yet taken
    qsizetype m_lineStart = 0; // where the partial line starts in m_buffer
    qsizetype m_maxLineBytes;
    bool m_discarding = false; // inside an overlong line, dropping bytes up to its LF
};

} // namespace Chinwag
