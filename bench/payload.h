// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Chinwag {

// The text of one benchmark message: which sender sent it, its sequence number from that
// sender, and when it was written (CLOCK_REALTIME ns), in fixed-width hex so that reading it
// back costs a table lookup per character. Padded with '.' to the requested size.
//   "0000000a 0000001f 000001b2c3d4e5f6................"
struct Payload
{
    quint32 sender = 0; // the sender's slot, 0 .. senders - 1
    quint32 sequence = 0; // 0, 1, 2 ... per sender
    qint64 sentNs = 0;

    static constexpr qsizetype MinimumBytes = 34;

    // Appends the text, `bytes` long (at least MinimumBytes), to `out`.
    void appendTo(QByteArray &out, qsizetype bytes) const;
    // The payload in `text`, or nothing if `text` is not one of `bytes` bytes.
    static std::optional<Payload> read(QByteArrayView text, qsizetype bytes);
};

} // namespace Chinwag
