// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolelog.h"

#include "serverlog.h"

namespace Chinwag {

using namespace Qt::StringLiterals;

ConsoleLog::ConsoleLog(ServerLog &log, FILE *stream, QObject *parent)
    : QObject(parent), m_stream(stream)
{
    connect(&log, &ServerLog::recorded, this, &ConsoleLog::print);
}

QByteArray ConsoleLog::format(const LogRecord &record)
{
    return (record.time.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u' ' + record.text + u'\n')
            .toUtf8();
}

void ConsoleLog::print(const LogRecord &record)
{
    const QByteArray line = format(record);
    std::fwrite(line.constData(), 1, size_t(line.size()), m_stream);
    std::fflush(m_stream);
}

} // namespace Chinwag
