// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinwagdialect.h"
#include "deliveryledger.h"
#include "ircdialect.h"
#include "latencyhistogram.h"
#include "payload.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Chinwag::Dialect::Event)

namespace QTest {
template<>
char *toString(const Chinwag::Dialect::Event &event)
{
    return qstrdup(QByteArray::number(int(event)).constData());
}
} // namespace QTest

// The load generator's own arithmetic: if the bench miscounted a loss or misread a line, every
// figure it prints would be wrong. And one short run against the real server, end to end.
class tst_Bench : public QObject
{
    Q_OBJECT

private slots:
    void payloadRoundTrip_data();
    void payloadRoundTrip();
    void payloadRejectsWhatItDidNotWrite_data();
    void payloadRejectsWhatItDidNotWrite();

    void histogramIsExactForSmallValues();
    void histogramPercentilesWithinThreePercent_data();
    void histogramPercentilesWithinThreePercent();
    void histogramOfNothingIsZero();

    void ledgerDeliveredEverywhereFreesTheWindow();
    void ledgerCountsADuplicate();
    void ledgerCountsASkippedMessageAsLostAndMovesOn();
    void ledgerCountsWhatNeverArrivedAsLost();
    void ledgerRejectsWhatWasNeverSent();

    void chinwagLines_data();
    void chinwagLines();
    void chinwagAccountsSignUp();
    void chinwagGroupSetupNamesEveryClientOnce_data();
    void chinwagGroupSetupNamesEveryClientOnce();
    void ircLines_data();
    void ircLines();

    void benchAgainstTheRealServer();
};

void tst_Bench::payloadRoundTrip_data()
{
    QTest::addColumn<quint32>("sender");
    QTest::addColumn<quint32>("sequence");
    QTest::addColumn<qint64>("sentNs");
    QTest::addColumn<qsizetype>("bytes");
    QTest::newRow("zeros, shortest") << 0u << 0u << qint64(0) << Payload::MinimumBytes;
    QTest::newRow("largest") << 0xffffffffu << 0xffffffffu << std::numeric_limits<qint64>::max()
                             << qsizetype(50);
    QTest::newRow("every digit") << 0x01234567u << 0x89abcdefu << qint64(0x0123456789abcdef)
                                 << qsizetype(200);
    QTest::newRow("a time today") << 7u << 1000u << qint64(1'795'000'000'123'456'789)
                                  << qsizetype(64);
}

void tst_Bench::payloadRoundTrip()
{
    QFETCH(quint32, sender);
    QFETCH(quint32, sequence);
    QFETCH(qint64, sentNs);
    QFETCH(qsizetype, bytes);
    QByteArray text = "prefix"_ba;
    Payload{ sender, sequence, sentNs }.appendTo(text, bytes);
    QCOMPARE(text.size(), 6 + bytes);
    const auto read = Payload::read(QByteArrayView(text).sliced(6), bytes);
    QVERIFY(read);
    QCOMPARE(read->sender, sender);
    QCOMPARE(read->sequence, sequence);
    QCOMPARE(read->sentNs, sentNs);
}

void tst_Bench::payloadRejectsWhatItDidNotWrite_data()
{
    QTest::addColumn<QByteArray>("text");
    QByteArray good;
    Payload{ 0x12, 0x34, 0x56 }.appendTo(good, 40);
    QTest::newRow("good") << good; // the control row: read() takes it
    QTest::newRow("one byte short") << good.chopped(1);
    QTest::newRow("one byte long") << good + '.';
    QTest::newRow("empty") << QByteArray();
    QByteArray upper = good;
    upper[7] = 'A';
    QTest::newRow("upper-case digit") << upper;
    for (int at : { 0, 7, 9, 16, 18, 25, 26, 33 }) {
        QByteArray bad = good;
        bad[at] = 'g';
        QTest::addRow("not a digit at %d", at) << bad;
        bad[at] = char(0xc3);
        QTest::addRow("a UTF-8 byte at %d", at) << bad;
    }
    QByteArray separator = good;
    separator[8] = '.';
    QTest::newRow("no separator") << separator;
}

void tst_Bench::payloadRejectsWhatItDidNotWrite()
{
    QFETCH(QByteArray, text);
    const bool good = QByteArrayView(QTest::currentDataTag()) == "good";
    QCOMPARE(Payload::read(text, 40).has_value(), good);
}

void tst_Bench::histogramIsExactForSmallValues()
{
    LatencyHistogram h;
    for (qint64 ns : { 3, 1, 2 })
        h.record(ns);
    QCOMPARE(h.count(), 3u);
    QCOMPARE(h.percentile(0.5), 2);
    QCOMPARE(h.percentile(1.0), 3);
    QCOMPARE(h.max(), 3);
}

void tst_Bench::histogramPercentilesWithinThreePercent_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("p50") << 0.50;
    QTest::newRow("p90") << 0.90;
    QTest::newRow("p99") << 0.99;
}

void tst_Bench::histogramPercentilesWithinThreePercent()
{
    QFETCH(double, fraction);
    // 1 µs to 100 ms, evenly: the true percentile is known.
    LatencyHistogram h;
    constexpr qint64 Count = 100'000;
    for (qint64 i = 1; i <= Count; ++i)
        h.record(i * 1000);
    const double truth = fraction * Count * 1000;
    const double got = double(h.percentile(fraction));
    QVERIFY2(std::abs(got - truth) <= 0.032 * truth,
             qPrintable(u"%1 for %2"_s.arg(got).arg(truth)));
    QCOMPARE(h.max(), Count * 1000);
}

void tst_Bench::histogramOfNothingIsZero()
{
    const LatencyHistogram h;
    QCOMPARE(h.percentile(0.99), 0);
    QCOMPARE(h.max(), 0);
}

void tst_Bench::ledgerDeliveredEverywhereFreesTheWindow()
{
    // Clients 0, 1, 2; client 0 sends, the two others receive.
    DeliveryLedger ledger(3, { 0 }, 2);
    QCOMPARE(ledger.room(0), 2u);
    QCOMPARE(ledger.send(0), 0u);
    QCOMPARE(ledger.send(0), 1u);
    QCOMPARE(ledger.room(0), 0u);
    QCOMPARE(ledger.outstanding(), 4u);
    QCOMPARE(ledger.record(1, 0, 0), DeliveryLedger::Outcome::Delivered);
    QCOMPARE(ledger.record(1, 0, 1), DeliveryLedger::Outcome::Delivered);
    QCOMPARE(ledger.room(0), 0u); // client 2 has not had message 0 yet
    QCOMPARE(ledger.record(2, 0, 0), DeliveryLedger::Outcome::Delivered);
    QCOMPARE(ledger.room(0), 1u);
    QCOMPARE(ledger.record(2, 0, 1), DeliveryLedger::Outcome::Delivered);
    QCOMPARE(ledger.room(0), 2u);
    QCOMPARE(ledger.outstanding(), 0u);
    ledger.finish();
    QCOMPARE(ledger.lost(), 0u);
    QCOMPARE(ledger.duplicates(), 0u);
}

void tst_Bench::ledgerCountsADuplicate()
{
    DeliveryLedger ledger(3, { 0 }, 4);
    ledger.send(0);
    ledger.send(0);
    QCOMPARE(ledger.record(1, 0, 0), DeliveryLedger::Outcome::Delivered);
    QCOMPARE(ledger.record(1, 0, 0), DeliveryLedger::Outcome::Duplicate);
    QCOMPARE(ledger.record(2, 0, 0), DeliveryLedger::Outcome::Delivered);
    // Message 0 has reached everyone: a copy now is still a duplicate.
    QCOMPARE(ledger.record(2, 0, 0), DeliveryLedger::Outcome::Duplicate);
    QCOMPARE(ledger.duplicates(), 2u);
    QCOMPARE(ledger.outstanding(), 2u);
}

void tst_Bench::ledgerCountsASkippedMessageAsLostAndMovesOn()
{
    DeliveryLedger ledger(3, { 0 }, 4);
    for (int i = 0; i < 3; ++i)
        ledger.send(0);
    for (quint32 s : { 0u, 1u, 2u })
        ledger.record(2, 0, s);
    // The server keeps a sender's order: 2 before 1 means 1 will not come.
    QCOMPARE(ledger.record(1, 0, 0), DeliveryLedger::Outcome::Delivered);
    QCOMPARE(ledger.record(1, 0, 2), DeliveryLedger::Outcome::Delivered);
    QCOMPARE(ledger.lost(), 1u);
    QCOMPARE(ledger.outstanding(), 0u);
    QCOMPARE(ledger.room(0), 4u);
    QCOMPARE(ledger.record(1, 0, 1), DeliveryLedger::Outcome::Duplicate);
}

void tst_Bench::ledgerCountsWhatNeverArrivedAsLost()
{
    DeliveryLedger ledger(4, { 0, 3 }, 8);
    ledger.send(0);
    ledger.send(0);
    ledger.send(1);
    // Clients 0 and 3 send. Client 1 gets everything, client 2 only sender 1's message, and the
    // senders each other's.
    ledger.record(1, 0, 0);
    ledger.record(1, 0, 1);
    ledger.record(1, 1, 0);
    ledger.record(0, 1, 0);
    ledger.record(2, 1, 0);
    ledger.record(3, 0, 0);
    ledger.record(3, 0, 1);
    QCOMPARE(ledger.outstanding(), 2u); // client 2 lacks both of sender 0's
    ledger.finish();
    QCOMPARE(ledger.lost(), 2u);
    QCOMPARE(ledger.outstanding(), 0u);
}

void tst_Bench::ledgerRejectsWhatWasNeverSent()
{
    DeliveryLedger ledger(3, { 0 }, 4);
    ledger.send(0);
    QCOMPARE(ledger.record(1, 0, 1), DeliveryLedger::Outcome::Unknown); // not sent yet
    QCOMPARE(ledger.record(1, 5, 0), DeliveryLedger::Outcome::Unknown); // no such sender
    QCOMPARE(ledger.record(0, 0, 0), DeliveryLedger::Outcome::Unknown); // to its own sender
    QCOMPARE(ledger.unknown(), 3u);
    QCOMPARE(ledger.outstanding(), 2u);
}

void tst_Bench::chinwagLines_data()
{
    using E = Dialect::Event;
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Dialect::Event>("event");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("HELLO") << "HELLO 1 4096 Welcome to Chinwag!"_ba << E::Greeted << ""_ba
                           << ""_ba;
    QTest::newRow("INFO") << "INFO NAME <name>  register"_ba << E::Other << ""_ba
                          << ""_ba;
    QTest::newRow("OK NAME") << "OK NAME b7"_ba << E::Registered << ""_ba
                             << ""_ba;
    QTest::newRow("JOINED") << "JOINED b8"_ba << E::Presence << ""_ba
                            << ""_ba;
    QTest::newRow("MADE") << "MADE bench b0 b0 b1"_ba << E::Membership << ""_ba
                          << ""_ba;
    QTest::newRow("INVITED") << "INVITED bench b9 b0"_ba << E::Membership << ""_ba
                             << ""_ba;
    QTest::newRow("OK MAKEGROUP") << "OK MAKEGROUP bench"_ba << E::SetupDone << ""_ba
                                  << ""_ba;
    QTest::newRow("OK INVITE") << "OK INVITE bench b9"_ba << E::SetupDone << ""_ba
                               << ""_ba;
    QTest::newRow("OK SENDGROUP") << "OK SENDGROUP 7 2026-11-25T12:00:00.123Z"_ba << E::Accepted
                                  << ""_ba
                                  << ""_ba;
    QTest::newRow("OK MSGALL") << "OK MSGALL 8 2026-11-25T12:00:00.123Z"_ba << E::Accepted << ""_ba
                               << ""_ba;
    QTest::newRow("MSG") << "MSG #bench b3 9 2026-11-25T12:00:00.123Z the text"_ba << E::Delivery
                         << "the text"_ba
                         << ""_ba;
    QTest::newRow("PING") << "PING 17"_ba << E::Ping << ""_ba
                          << "PONG 17\n"_ba;
    QTest::newRow("ERROR") << "ERROR GROUP_FULL the group bench is full"_ba << E::Refused
                           << "ERROR GROUP_FULL the group bench is full"_ba
                           << ""_ba;
    QTest::newRow("BYE") << "BYE SHUTDOWN the server is stopping"_ba << E::Closed
                         << "BYE SHUTDOWN the server is stopping"_ba
                         << ""_ba;
    QTest::newRow("not a server line") << "HOWDY"_ba << E::Refused << "HOWDY"_ba
                                       << ""_ba;
    QTest::newRow("a malformed OK") << "OK NAME 9lives"_ba << E::Refused << "OK NAME 9lives"_ba
                                    << ""_ba;
}

void tst_Bench::chinwagLines()
{
    QFETCH(QByteArray, line);
    QFETCH(Dialect::Event, event);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, reply);
    ChinwagDialect dialect(true, false);
    const Dialect::Reading reading = dialect.read(line);
    QCOMPARE(reading.event, event);
    QCOMPARE(reading.text.toByteArray(), text);
    QCOMPARE(reading.reply, reply);
}

void tst_Bench::chinwagAccountsSignUp()
{
    ChinwagDialect guests(true, false);
    QCOMPARE(guests.onGreeted(7), "NAME b7\n");
    ChinwagDialect accounts(true, true);
    accounts.setNamePrefix("s");
    QCOMPARE(accounts.onGreeted(7), "SIGNUP s7 bench-password-s7\n");
    QCOMPARE(accounts.read("OK SIGNUP s7").event, Dialect::Event::Registered);
}

void tst_Bench::chinwagGroupSetupNamesEveryClientOnce_data()
{
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("maxLine");
    QTest::newRow("two") << 2 << 4096;
    QTest::newRow("all in MAKEGROUP") << 100 << 4096;
    QTest::newRow("MAKEGROUP and INVITE") << 1000 << 4096;
    QTest::newRow("short lines") << 300 << 256;
}

void tst_Bench::chinwagGroupSetupNamesEveryClientOnce()
{
    QFETCH(int, clients);
    QFETCH(int, maxLine);
    ChinwagDialect dialect(true, false);
    dialect.read(u"HELLO 1 %1 hi"_s.arg(maxLine).toLatin1());
    QVERIFY(dialect.groupSetup(1, clients).isEmpty());
    const QByteArrayList lines = dialect.groupSetup(0, clients);
    QVERIFY(lines.first().startsWith("MAKEGROUP bench"));
    QVERIFY(lines.first().size() - 1 <= maxLine);
    // Every client joins once: the creator by MAKEGROUP, the others named once.
    QSet<QByteArray> named{ dialect.clientName(0) };
    quint64 membershipLines = 0;
    qsizetype members = 0;
    for (const QByteArray &line : lines) {
        const QByteArrayList words = line.trimmed().split(' ');
        const QByteArrayList names = words.first() == "MAKEGROUP" ? words.mid(2) : words.mid(2, 1);
        for (const QByteArray &name : names) {
            QVERIFY2(!named.contains(name), name.constData());
            named.insert(name);
        }
        // MADE reaches each member made; INVITED reaches every member, the new one included.
        members = words.first() == "MAKEGROUP" ? 1 + names.size() : members + 1;
        membershipLines += quint64(members);
    }
    QCOMPARE(named.size(), clients);
    QCOMPARE(dialect.membershipLines(clients), membershipLines);
}

void tst_Bench::ircLines_data()
{
    using E = Dialect::Event;
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Dialect::Event>("event");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("welcome") << ":bench.local 001 b1 :Welcome to the Internet Relay Network"_ba
                             << E::Registered << ""_ba
                             << ""_ba;
    QTest::newRow("MOTD missing") << ":bench.local 422 b1 :MOTD file is missing"_ba << E::Other
                                  << ""_ba
                                  << ""_ba;
    QTest::newRow("JOIN") << ":b2!~b2@127.0.0.1 JOIN :#bench"_ba << E::Membership << ""_ba
                          << ""_ba;
    QTest::newRow("NAMES") << ":bench.local 353 b1 = #bench :b1 b2"_ba << E::Other << ""_ba
                           << ""_ba;
    QTest::newRow("end of NAMES") << ":bench.local 366 b1 #bench :End of NAMES list"_ba
                                  << E::SetupDone << ""_ba
                                  << ""_ba;
    QTest::newRow("PRIVMSG") << ":b3!~b3@127.0.0.1 PRIVMSG #bench :the text"_ba << E::Delivery
                             << "the text"_ba
                             << ""_ba;
    QTest::newRow("PRIVMSG without prefix") << "PRIVMSG #bench :x"_ba << E::Delivery << "x"_ba
                                            << ""_ba;
    QTest::newRow("PING") << "PING :bench.local"_ba << E::Ping << ""_ba
                          << "PONG :bench.local\r\n"_ba;
    QTest::newRow("nick in use") << ":bench.local 433 * b1 :Nickname already in use"_ba
                                 << E::Refused
                                 << ":bench.local 433 * b1 :Nickname already in use"_ba
                                 << ""_ba;
    QTest::newRow("ERROR") << "ERROR :Closing connection"_ba << E::Closed
                           << "ERROR :Closing connection"_ba
                           << ""_ba;
    QTest::newRow("NOTICE") << ":bench.local NOTICE b1 :hello"_ba << E::Other << ""_ba
                            << ""_ba;
}

void tst_Bench::ircLines()
{
    QFETCH(QByteArray, line);
    QFETCH(Dialect::Event, event);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, reply);
    IrcDialect dialect;
    const Dialect::Reading reading = dialect.read(line);
    QCOMPARE(reading.event, event);
    QCOMPARE(reading.text.toByteArray(), text);
    QCOMPARE(reading.reply, reply);
}

void tst_Bench::benchAgainstTheRealServer()
{
    // A free port for the server: the bench needs to know it before the server says it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(CHINWAG_SERVER_EXECUTABLE),
                 { u"--headless"_s, u"--lang"_s, u"en"_s, u"--data"_s, u":memory:"_s,
                   u"--flood-rate"_s, u"0"_s, u"127.0.0.1"_s, QString::number(port) });
    QVERIFY(server.waitForStarted(10000));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += server.readAll()).contains("started"), 10000);

    QProcess bench;
    bench.start(QStringLiteral(CHINWAG_BENCH_EXECUTABLE),
                { u"--port"_s, QString::number(port), u"--clients"_s, u"20"_s, u"--senders"_s,
                  u"3"_s, u"--warmup"_s, u"0.2"_s, u"--duration"_s, u"0.5"_s, u"--server-pid"_s,
                  QString::number(server.processId()) });
    QVERIFY(bench.waitForFinished(30000));
    const QByteArray output = bench.readAllStandardOutput();
    server.terminate();
    QVERIFY(server.waitForFinished(10000));

    QCOMPARE(bench.exitCode(), 0);
    const QRegularExpressionMatch result =
            QRegularExpression(u"^RESULT .*$"_s, QRegularExpression::MultilineOption)
                    .match(QString::fromUtf8(output));
    QVERIFY2(result.hasMatch(), output.constData());
    const QString line = result.captured();
    for (const QString &expected :
         { u" ok=1"_s, u" lost=0"_s, u" duplicates=0"_s, u" registered=20"_s, u" drained=1"_s })
        QVERIFY2(line.contains(expected), qPrintable(line));
    QVERIFY2(!line.contains(u" deliveries=0 "_s), qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_Bench)
#include "tst_bench.moc"
