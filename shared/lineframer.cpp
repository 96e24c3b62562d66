// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineframer.h"

#include <cstring>

namespace Chinwag {

namespace {
// An idle connection should not keep a large read's worth of buffer alive.
constexpr qsizetype KeepCapacityBytes = 16 * 1024;
} // namespace

LineFramer::LineFramer(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) { }

void LineFramer::append(QByteArrayView bytes)
{
    compact();
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', end - p));
        const char *const stop = newline ? newline : end;
        m_sawLineEnd = m_sawLineEnd || newline != nullptr;
        if (m_discarding) {
            if (!newline)
                return;
            m_discarding = false;
            p = newline + 1;
            continue;
        }
        const qsizetype partial = m_buffer.size() - m_lineStart;
        const qsizetype length = partial + (stop - p);
        bool tooLong;
        qsizetype content = length;
        if (newline) {
            const bool cr = stop > p ? stop[-1] == '\r' : (partial > 0 && m_buffer.back() == '\r');
            content -= cr ? 1 : 0;
            tooLong = content > m_maxLineBytes;
        } else {
            // The last byte may yet turn out to be the CR of a CR LF.
            tooLong = length > m_maxLineBytes + 1;
        }
        if (tooLong) {
            m_buffer.truncate(m_lineStart);
            m_frames.append({ 0, 0, true });
            if (!newline) {
                m_discarding = true;
                return;
            }
            p = newline + 1;
            continue;
        }
        m_buffer.append(p, stop - p);
        if (!newline)
            return;
        m_frames.append({ m_lineStart, content, false });
        m_lineStart = m_buffer.size();
        p = newline + 1;
    }
}

QByteArrayView LineFramer::partialLine() const
{
    return QByteArrayView(m_buffer.constData() + m_lineStart, m_buffer.size() - m_lineStart);
}

void LineFramer::endPartialLine()
{
    if (m_discarding) {
        m_discarding = false;
        return;
    }
    const qsizetype length = m_buffer.size() - m_lineStart;
    if (length == 0)
        return;
    const qsizetype content = m_buffer.back() == '\r' ? length - 1 : length;
    // A partial line holds at most one byte more than the limit: the CR it may end with.
    if (content > m_maxLineBytes) {
        m_buffer.truncate(m_lineStart);
        m_frames.append({ 0, 0, true });
        return;
    }
    m_frames.append({ m_lineStart, content, false });
    m_lineStart = m_buffer.size();
}

std::optional<LineFramer::Frame> LineFramer::next()
{
    if (m_head == m_frames.size())
        return std::nullopt;
    const Span &span = m_frames.at(m_head++);
    if (span.tooLong)
        return Frame{ Frame::Kind::TooLong, {} };
    return Frame{ Frame::Kind::Line,
                  QByteArrayView(m_buffer.constData() + span.start, span.length) };
}

void LineFramer::compact()
{
    // Only once every line has been taken: the partial line moves to the front, at most once.
    if (m_head < m_frames.size())
        return;
    m_frames.resize(0);
    m_head = 0;
    if (m_lineStart > 0) {
        m_buffer.remove(0, m_lineStart);
        m_lineStart = 0;
    }
    if (m_buffer.isEmpty() && m_buffer.capacity() > KeepCapacityBytes)
        m_buffer = QByteArray();
}

} // namespace Chinwag
