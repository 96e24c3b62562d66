// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverline.h"

#include <QByteArray>

namespace Chinwag {

// A server line on its way to one or many recipients: the typed value, for a router or a
// session that speaks another wire format, and its Chinwag bytes, encoded once on first use and
// then shared by every recipient's write.
class Envelope
{
public:
    explicit Envelope(ServerLine line) : m_line(std::move(line)) { }

    const ServerLine &line() const { return m_line; }
    bool isChatMessage() const { return m_line.type == ServerLine::Type::Msg; }

    const QByteArray &chinwag() const
    {
        if (m_chinwag.isEmpty())
            m_chinwag = m_line.encode();
        return m_chinwag;
    }

private:
    ServerLine m_line;
    mutable QByteArray m_chinwag; // never empty once encoded: a line ends with LF
};

} // namespace Chinwag
