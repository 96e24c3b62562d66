// SPDX-License-Identifier: GPL-3.0-or-later
// MessagePacer: a long paste goes out at a pace the server's flood control lets through.
#include <clientscript.h>

#include <chatclient.h>
#include <messagepacer.h>

#include <QSignalSpy>
#include <QTest>

using namespace Chinwag;
using namespace Chinwag::ClientScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_MessagePacer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pacerSendsABurstThenPacesTheRest();
    void pacerDefaultsStayBelowFloodControl();

private:
    ScriptedServer *m_server = nullptr;
};

void tst_MessagePacer::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
}

void tst_MessagePacer::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void tst_MessagePacer::pacerSendsABurstThenPacesTheRest()
{
    ChatClient client;
    QVERIFY(registerClient(*m_server, client, u"anna"_s));
    MessagePacer pacer(&client);
    pacer.setPace(3, 40ms);
    QSignalSpy pending(&pacer, &MessagePacer::pendingChanged);
    QStringList lines;
    for (int i = 1; i <= 8; ++i)
        lines.append(u"line %1"_s.arg(i));

    // A burst goes at once, the rest waits,
    pacer.enqueue(Conversation::everyone(), lines);
    QCOMPARE(pacer.pending(), 5);
    QCOMPARE(pending.count(), 1);
    QCOMPARE(m_server->takeLines(3),
             (QByteArrayList{ "MSGALL line 1", "MSGALL line 2", "MSGALL line 3" }));

    // and follows in order, one at a time.
    const QByteArrayList rest = m_server->takeLines(5);
    QCOMPARE(rest,
             (QByteArrayList{ "MSGALL line 4", "MSGALL line 5", "MSGALL line 6", "MSGALL line 7",
                              "MSGALL line 8" }));
    QTRY_COMPARE(pacer.pending(), 0);
    QCOMPARE(pending.last().at(0).toInt(), 0);

    // Stopping drops what still waits; a line typed after it goes out on its turn.
    pacer.enqueue(Conversation::everyone(), lines);
    pacer.cancel();
    QCOMPARE(pacer.pending(), 0);
    pacer.enqueue(Conversation::everyone(), { u"after"_s });
    QTRY_VERIFY(m_server->lines().contains("MSGALL after"));
    const QByteArrayList after = m_server->takeLines();
    QVERIFY(after.size() < lines.size());
    for (qsizetype i = 0; i + 1 < after.size(); ++i)
        QCOMPARE(after.at(i), "MSGALL line " + QByteArray::number(i + 1));
    QCOMPARE(after.last(), "MSGALL after");
}

void tst_MessagePacer::pacerDefaultsStayBelowFloodControl()
{
    ChatClient client;
    const MessagePacer pacer(&client);
    const Limits limits;
    // A burst well inside the server's, then fewer lines a second than it refills.
    QVERIFY(pacer.burst() >= 1 && pacer.burst() <= limits.floodBurst / 2);
    QVERIFY(pacer.interval().count() * limits.floodLinesPerSecond > 1000);
}

QTEST_GUILESS_MAIN(tst_MessagePacer)
#include "tst_messagepacer.moc"
