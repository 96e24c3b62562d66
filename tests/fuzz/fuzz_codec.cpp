// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through the framer, in chunks the input itself chooses, and every line
// through both parsers. Whatever parses must encode to a line that parses back to the same value.
#include "command.h"
#include "lineframer.h"
#include "serverline.h"

#include <cstdlib>

using namespace Chinwag;

namespace {

template<typename T>
void roundTrip(QByteArrayView line)
{
    const auto parsed = T::parse(line);
    const T *value = std::get_if<T>(&parsed);
    if (!value)
        return;
    const QByteArray encoded = value->encode();
    if (encoded.isEmpty() || encoded.back() != '\n')
        std::abort();
    const auto again = T::parse(QByteArrayView(encoded).chopped(1));
    const T *second = std::get_if<T>(&again);
    if (!second || !(*second == *value))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte chooses the read size, the second the line limit, so that chunk borders and
    // the limit fall everywhere.
    const qsizetype chunk = 1 + data[0] % 64;
    const qsizetype limit = 1 + data[1] * 4;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);
    LineFramer framer(limit);
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        framer.append(input.sliced(pos, std::min(chunk, input.size() - pos)));
        if (framer.bufferedBytes() > limit + 1 + chunk)
            std::abort();
        while (const auto frame = framer.next()) {
            if (frame->kind == LineFramer::Frame::Kind::TooLong)
                continue;
            if (frame->line.size() > limit || frame->line.contains('\n'))
                std::abort();
            roundTrip<Command>(frame->line);
            roundTrip<ServerLine>(frame->line);
        }
    }
    return 0;
}
