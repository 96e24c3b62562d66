// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrybackoff.h"

#include <QTest>

#include <set>

using namespace Chinwag;
using namespace std::chrono_literals;

class tst_RetryBackoff : public QObject
{
    Q_OBJECT

private slots:
    void shouldDoubleUpToTheLongestWithinHalfAndWhole();
    void shouldStartAgainAfterReset();
    void shouldSpreadTheWaitsOfNodesCutOffTogether();
    void shouldNeverWaitNothing();
};

void tst_RetryBackoff::shouldDoubleUpToTheLongestWithinHalfAndWhole()
{
    RetryBackoff backoff(100ms, 1000ms);
    for (const std::chrono::milliseconds step : { 100ms, 200ms, 400ms, 800ms, 1000ms, 1000ms }) {
        const std::chrono::milliseconds wait = backoff.next();
        QVERIFY2(wait >= step / 2 && wait <= step,
                 qPrintable(QStringLiteral("%1 ms for a step of %2 ms")
                                    .arg(wait.count())
                                    .arg(step.count())));
    }
}

void tst_RetryBackoff::shouldStartAgainAfterReset()
{
    RetryBackoff backoff(100ms, 1000ms);
    for (int i = 0; i < 5; ++i)
        backoff.next();
    backoff.reset();
    QVERIFY(backoff.next() <= 100ms);
}

void tst_RetryBackoff::shouldSpreadTheWaitsOfNodesCutOffTogether()
{
    std::set<qint64> waits;
    for (int node = 0; node < 20; ++node)
        waits.insert(RetryBackoff(1000ms, 30000ms).next().count());
    QVERIFY2(waits.size() > 10, qPrintable(QString::number(waits.size())));
}

void tst_RetryBackoff::shouldNeverWaitNothing()
{
    RetryBackoff backoff(0ms, 0ms);
    QCOMPARE(backoff.next(), 1ms);
    QCOMPARE(backoff.next(), 1ms);
}

QTEST_GUILESS_MAIN(tst_RetryBackoff)
#include "tst_retrybackoff.moc"
