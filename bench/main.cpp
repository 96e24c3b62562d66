// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchoptions.h"
#include "chinwagdialect.h"
#include "ircdialect.h"
#include "loadgenerator.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

#include <sys/resource.h>

using namespace Chinwag;

namespace {

// Every client is a socket: take all the descriptors the hard limit allows.
bool raiseDescriptorLimit(int clients)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    constexpr rlim_t Spare = 32;
    if (limit.rlim_cur < rlim_t(clients) + Spare) {
        std::fprintf(stderr,
                     "chinwag-bench: %d clients need %llu file descriptors, the limit is %llu "
                     "(raise it with ulimit -n)\n",
                     clients, static_cast<unsigned long long>(rlim_t(clients) + Spare),
                     static_cast<unsigned long long>(limit.rlim_cur));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chinwag-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHINWAG_VERSION));

    const auto parsed = BenchOptions::parse(QCoreApplication::arguments());
    if (const auto *error = std::get_if<QString>(&parsed)) {
        std::fprintf(stderr, "chinwag-bench: %s\n", qPrintable(*error));
        return 2;
    }
    const auto &options = std::get<BenchOptions>(parsed);
    if (!raiseDescriptorLimit(options.clients))
        return 2;

    std::unique_ptr<Dialect> dialect;
    if (options.dialect == "irc")
        dialect = std::make_unique<IrcDialect>();
    else
        dialect = std::make_unique<ChinwagDialect>(options.group, options.accounts);
    dialect->setNamePrefix(options.namePrefix);

    LoadGenerator generator(options, *dialect);
    const BenchResult result = generator.run();
    std::fputs(result.report().constData(), stdout);
    std::fputs(result.resultLine().constData(), stdout);
    std::fflush(stdout);
    if (!result.failure.isEmpty())
        return 2;
    return result.passed() ? 0 : 1;
}
