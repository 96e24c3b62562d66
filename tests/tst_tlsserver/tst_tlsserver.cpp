// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatserver.h>
#include <serverlog.h>
#include <testcertificate.h>
#include <testpeer.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

const QByteArray TlsOnly =
        "this port speaks TLS only: connect with TLS, or to the server's plain port";

} // namespace

// The server's TLS port and what does not speak TLS to it: a real ChatServer with a certificate
// made by openssl for this run, and raw clients over real sockets. (The client's side of TLS is
// tst_tls.)
class tst_TlsServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void plainTextIsToldToUseTls();
    void plainTextRecordsAreRateLimited();
    void brokenHandshakeIsRecorded();
    void unfinishedHandshakeIsClosedAfterTheTimeout_data();
    void unfinishedHandshakeIsClosedAfterTheTimeout();

private:
    // A TLS server on 127.0.0.1, a free port, whose log is gathered in m_log.
    ChatServer *startServer(int handshakeSeconds = Limits().tlsHandshakeSeconds);
    // Whether a TLS client gets the server's HELLO.
    bool helloOverTls(QSslSocket &socket);

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<ChatServer> m_server;
    QStringList m_log;
};

void tst_TlsServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_certificate = TestCertificate::make(m_dir.path(), u"server"_s, &error);
    QVERIFY2(m_certificate, qPrintable(error));
}

void tst_TlsServer::cleanup()
{
    m_server.reset();
    m_log.clear();
}

ChatServer *tst_TlsServer::startServer(int handshakeSeconds)
{
    ServerConfig config;
    config.tlsCertificates = { m_certificate->certificate };
    config.tlsKey = m_certificate->key;
    config.limits.tlsHandshakeSeconds = handshakeSeconds;
    m_server = std::make_unique<ChatServer>(config);
    connect(&m_server->log(), &ServerLog::recorded, this,
            [this](const LogRecord &record) { m_log.append(record.text); });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        return nullptr;
    }
    return m_server.get();
}

bool tst_TlsServer::helloOverTls(QSslSocket &socket)
{
    // The test's certificate is self-signed.
    connect(&socket, &QSslSocket::sslErrors, &socket, [&socket] { socket.ignoreSslErrors(); });
    QSignalSpy readable(&socket, &QSslSocket::readyRead);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server->serverPort());
    while (!socket.canReadLine()) {
        if (!readable.wait(TestPeer::DefaultTimeoutMs))
            return false;
    }
    return socket.isEncrypted() && socket.readLine().startsWith("HELLO ");
}

void tst_TlsServer::plainTextIsToldToUseTls()
{
    ChatServer *server = startServer();
    QVERIFY(server);

    // A client that types a command in clear to the TLS port is told, in clear, to use TLS,
    // and closed;
    TestPeer plain;
    QVERIFY(plain.connectTo(server->serverPort()));
    const QString who = u"127.0.0.1:%1"_s.arg(plain.socket().localPort());
    plain.send("NAME eve");
    QVERIFY(plain.waitForDisconnected());
    QCOMPARE(plain.pendingLines(),
             QByteArrayList({ "ERROR TLS_REQUIRED " + TlsOnly, "BYE TLS_REQUIRED " + TlsOnly }));
    QVERIFY(plain.badLines().isEmpty());
    // the operator's log says so (without what it typed), and it never became a client.
    QTRY_COMPARE(m_log.filter(u"plain text"_s),
                 QStringList(who + u" spoke plain text to the TLS port and was told to use TLS"_s));
    QVERIFY(m_log.filter(u"eve"_s).isEmpty());
    QCOMPARE(server->clientCount(), 0);

    // A TLS client is served after it.
    QSslSocket tls;
    QVERIFY(helloOverTls(tls));
    QTRY_COMPARE(server->clientCount(), 1);
}

void tst_TlsServer::plainTextRecordsAreRateLimited()
{
    ChatServer *server = startServer();
    QVERIFY(server);

    // Plain-text clients one after another, each told to use TLS,
    int told = 0;
    const auto connectPlain = [&] {
        TestPeer plain;
        if (!plain.connectTo(server->serverPort()))
            return false;
        plain.send("LIST");
        if (!plain.waitForDisconnected() || plain.pendingLines().size() != 2)
            return false;
        ++told;
        return true;
    };
    QVERIFY(connectPlain());
    QVERIFY(connectPlain());
    QVERIFY(connectPlain());
    // make one record a second: the next one counts those left out.
    QTRY_COMPARE(m_log.filter(u"plain text"_s).size(), 1);
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    while (m_log.filter(u"plain text"_s).size() < 2 && sinceFirst.elapsed() < 5000)
        QVERIFY(connectPlain());
    const QStringList records = m_log.filter(u"plain text"_s);
    QCOMPARE(records.size(), 2);
    QVERIFY2(records.at(1).contains(u"(and %1 more such connection"_s.arg(told - 2)),
             qPrintable(records.at(1)));
}

void tst_TlsServer::brokenHandshakeIsRecorded()
{
    ChatServer *server = startServer();
    QVERIFY(server);

    // A handshake that goes wrong is dropped, with a record in the event log;
    TestPeer broken;
    QVERIFY(broken.connectTo(server->serverPort()));
    broken.sendRaw("\x16\x03\x01\x00\x08not a ClientHello\n"_ba);
    QVERIFY(broken.waitForDisconnected());
    // (what it read is a TLS alert, not a line)
    QVERIFY(!broken.pendingLines().join().contains("HELLO"));
    QTRY_VERIFY2(m_log.filter(u"TLS handshake with 127.0.0.1"_s).size() == 1,
                 qPrintable(m_log.join(u'\n')));
    QCOMPARE(server->clientCount(), 0);

    // a TLS client is served after it.
    QSslSocket tls;
    QVERIFY(helloOverTls(tls));
}

void tst_TlsServer::unfinishedHandshakeIsClosedAfterTheTimeout_data()
{
    QTest::addColumn<QByteArray>("sent");

    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("the start of a ClientHello") << "\x16\x03\x01\x00"_ba;
}

void tst_TlsServer::unfinishedHandshakeIsClosedAfterTheTimeout()
{
    QFETCH(QByteArray, sent);

    // Given a server whose handshakes must finish within a second, and a TLS client of it,
    ChatServer *server = startServer(1);
    QVERIFY(server);
    QSslSocket tls;
    QVERIFY(helloOverTls(tls));

    // a connection that does not finish its handshake
    TestPeer silent;
    QElapsedTimer connected;
    connected.start();
    QVERIFY(silent.connectTo(server->serverPort()));
    const QString who = u"127.0.0.1:%1"_s.arg(silent.socket().localPort());
    if (!sent.isEmpty())
        silent.sendRaw(sent);

    // is closed once the second has passed, and not before; it is recorded,
    QVERIFY(silent.waitForDisconnected(5000));
    QVERIFY2(connected.elapsed() >= 900, qPrintable(QString::number(connected.elapsed())));
    QVERIFY(silent.pendingLines().isEmpty());
    QTRY_VERIFY2(m_log.filter(who + u" failed: it did not finish within 1 second"_s).size() == 1,
                 qPrintable(m_log.join(u'\n')));
    // and the client whose handshake was done stays.
    QCOMPARE(tls.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server->clientCount(), 1);
}

QTEST_GUILESS_MAIN(tst_TlsServer)
#include "tst_tlsserver.moc"
