// SPDX-License-Identifier: GPL-3.0-or-later
// chinwag-writer-bench: the history writer's CPU per message, without the network (docs/
// BENCHMARKS.md, "The history's writer"): it writes N group messages of 50 characters in
// batches of 1 024, as the server's writer thread does, and prints the process's CPU time per
// message (SQLite's work included).
#include "historybatch.h"
#include "historydatabase.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Chinwag;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? std::max(1024, QByteArray(argv[1]).toInt()) : 200000;
    constexpr int Batch = 1024;
    QTemporaryDir dir;
    HistoryDatabase database(dir.filePath(QStringLiteral("history.sqlite")));
    if (!dir.isValid() || !database.open() || !database.migrate()) {
        std::fprintf(stderr, "chinwag-writer-bench: %s\n", qPrintable(database.errorString()));
        return 1;
    }
    const QString text(50, u'x');
    const QString sender = QStringLiteral("anna");
    const QString group = QStringLiteral("bench");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    quint64 id = 1;
    const double start = cpuSeconds();
    while (id <= quint64(messages)) {
        HistoryBatch batch;
        for (int i = 0; i < Batch; ++i, ++id)
            batch.messages.append(
                    { ChatMessage{ id, now, Conversation::group(group), sender, text }, sender,
                      group, false });
        if (!database.write(batch)) {
            std::fprintf(stderr, "chinwag-writer-bench: %s\n", qPrintable(database.errorString()));
            return 1;
        }
    }
    const double perMessage = (cpuSeconds() - start) / double(id - 1) * 1e6;
    std::printf("RESULT writer messages=%llu cpu_us_per_message=%.2f\n",
                static_cast<unsigned long long>(id - 1), perMessage);
    return 0;
}
