// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Chinwag {

// What /proc says about a process: its resident memory and the CPU time it has used. Also the
// CPU time of this process, so that the benchmark can show it is not the bottleneck.
class ProcessProbe
{
public:
    explicit ProcessProbe(qint64 pid) : m_pid(pid) { }

    bool isValid() const { return m_pid > 0; }
    // VmRSS and VmHWM (the peak) in KiB; -1 when unknown.
    qint64 residentKb() const { return statusField("VmRSS:"); }
    qint64 peakResidentKb() const { return statusField("VmHWM:"); }
    // User and system CPU seconds of all its threads; -1 when unknown.
    double cpuSeconds() const;

    struct OwnCpu
    {
        double user = 0;
        double system = 0;
        double total() const { return user + system; }
    };
    static OwnCpu ownCpu();
    // CPU seconds that all cores together have been busy since boot, from /proc/stat: with the
    // two above, it tells whether other programs took CPU time from a run.
    static double machineBusySeconds();

private:
    qint64 statusField(const char *field) const;

    qint64 m_pid;
};

} // namespace Chinwag
