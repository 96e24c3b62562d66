// SPDX-License-Identifier: GPL-3.0-or-later
#include "processprobe.h"

#include <QByteArray>
#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

namespace Chinwag {

namespace {

QByteArray readProc(qint64 pid, const char *file)
{
    QFile f(QString::fromLatin1("/proc/%1/%2").arg(pid).arg(QLatin1StringView(file)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

double seconds(const timeval &tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

} // namespace

qint64 ProcessProbe::statusField(const char *field) const
{
    if (!isValid())
        return -1;
    const QByteArray status = readProc(m_pid, "status");
    const qsizetype at = status.indexOf(field);
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at);
    // "VmRSS:	   12345 kB"
    const QByteArray value = status.mid(at + qstrlen(field), end - at - qstrlen(field))
                                     .trimmed()
                                     .split(' ')
                                     .value(0);
    bool ok = false;
    const qint64 kb = value.toLongLong(&ok);
    return ok ? kb : -1;
}

double ProcessProbe::cpuSeconds() const
{
    if (!isValid())
        return -1;
    const QByteArray stat = readProc(m_pid, "stat");
    // The command name may hold spaces; the fields after its closing parenthesis do not:
    // state is field 3, utime 14 and stime 15.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QByteArrayList fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

double ProcessProbe::machineBusySeconds()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // "cpu  user nice system idle iowait irq softirq steal ..."
    const QByteArrayList fields = f.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.at(0) != "cpu")
        return -1;
    double busy = 0;
    for (int i : { 1, 2, 3, 6, 7, 8 })
        busy += fields.at(i).toDouble();
    return busy / double(sysconf(_SC_CLK_TCK));
}

ProcessProbe::OwnCpu ProcessProbe::ownCpu()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return { seconds(usage.ru_utime), seconds(usage.ru_stime) };
}

} // namespace Chinwag
