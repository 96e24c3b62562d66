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
// appended. For a peer that ends a line by pausing after it instead (docs/PROTOCOL.md,
// "Framing"), its owner ends the partial line when the pause comes.
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

    // Whether any line, overlong or not, has ended with an LF.
    bool hasSeenLineEnd() const { return m_sawLineEnd; }
    // The bytes of the line whose end has not come (empty while an overlong one is dropped);
    // valid until the next append() or endPartialLine().
    QByteArrayView partialLine() const;
    bool hasPartialLine() const { return m_discarding || m_buffer.size() > m_lineStart; }
    // Ends the partial line here, as its LF would (a CR at its end is dropped as before an LF):
    // it becomes the next frame. An overlong line being dropped just ends.
    void endPartialLine();

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
    bool m_sawLineEnd = false;
};

} // namespace Chinwag
