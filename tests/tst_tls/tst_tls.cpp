// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatclient.h>
#include <chatserver.h>
#include <errormessages.h>
#include <reconnectbackoff.h>
#include <testcertificate.h>
#include <trustedcertificates.h>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Chinwag;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Chinwag::ErrorCode)
Q_DECLARE_METATYPE(Chinwag::CertificateProblem::Dates)

namespace QTest {
template<>
char *toString(const Chinwag::ChatClient::State &state)
{
    return qstrdup(QMetaEnum::fromType<ChatClient::State>().valueToKey(int(state)));
}
} // namespace QTest

namespace {

const QString Password = u"open sesame"_s;

ConnectSettings settingsFor(quint16 port, const QString &name, bool tls,
                            const QString &password = {})
{
    ConnectSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.name = name;
    settings.tls = tls;
    settings.serverPassword = password;
    return settings;
}

ServerConfig configWith(const TestCertificate *certificate, const QString &password = {})
{
    ServerConfig config;
    config.password = password;
    if (certificate) {
        config.tlsCertificates = { certificate->certificate };
        config.tlsKey = certificate->key;
    }
    return config;
}

CertificateProblem problemAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<CertificateProblem>();
}

} // namespace

// TLS and the server's password, end to end: a real ChatServer speaking TLS with a certificate
// made by openssl for this run, and the client's core connecting to it over real sockets. (What
// the server does with clients that do not speak TLS is tst_tlsserver.)
class tst_Tls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // The client's trust in a certificate it cannot verify.
    void untrustedCertificateIsPutToTheUser();
    void trustedCertificateRegistersAndChats();
    void refusedCertificateLeavesTheConnectionClosed();
    void trustIsKeptPerServer_data();
    void trustIsKeptPerServer();
    void rememberedTrustConnectsWithoutAsking();
    void changedCertificateIsAskedAboutAsAChange();
    void outOfDateCertificateIsShownAsSuchThoughTrusted_data();
    void outOfDateCertificateIsShownAsSuchThoughTrusted();

    // The password.
    void passwordDecidesRegistration_data();
    void passwordDecidesRegistration();

private:
    // A server on 127.0.0.1, a free port, with `certificate` (TLS) or without (plain TCP).
    ChatServer *startServer(const TestCertificate *certificate, const QString &password = {},
                            quint16 port = 0);
    // A client of the server that has not connected yet, trusting through `trusted`.
    std::unique_ptr<ChatClient> newClient(TrustedCertificates *trusted);

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_first;
    std::optional<TestCertificate> m_second;
    std::optional<TestCertificate> m_expired;
    std::optional<TestCertificate> m_notYetValid;
    std::unique_ptr<ChatServer> m_server;
};

void tst_Tls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_first = TestCertificate::make(m_dir.path(), u"first"_s, &error);
    QVERIFY2(m_first, qPrintable(error));
    m_second = TestCertificate::make(m_dir.path(), u"second"_s, &error);
    QVERIFY2(m_second, qPrintable(error));
    QVERIFY(m_first->fingerprint != m_second->fingerprint);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_expired = TestCertificate::makeDated(m_dir.path(), u"expired"_s, now.addDays(-3),
                                           now.addDays(-1), &error);
    QVERIFY2(m_expired, qPrintable(error));
    m_notYetValid = TestCertificate::makeDated(m_dir.path(), u"early"_s, now.addDays(1),
                                               now.addDays(3), &error);
    QVERIFY2(m_notYetValid, qPrintable(error));
}

void tst_Tls::cleanup()
{
    m_server.reset();
}

ChatServer *tst_Tls::startServer(const TestCertificate *certificate, const QString &password,
                                 quint16 port)
{
    m_server = std::make_unique<ChatServer>(configWith(certificate, password));
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        return nullptr;
    }
    return m_server.get();
}

std::unique_ptr<ChatClient> tst_Tls::newClient(TrustedCertificates *trusted)
{
    auto client = std::make_unique<ChatClient>();
    client->setTrustedCertificates(trusted);
    client->setBackoff(ReconnectBackoff(20ms, 100ms));
    return client;
}

void tst_Tls::untrustedCertificateIsPutToTheUser()
{
    ChatServer *server = startServer(&*m_first);
    QVERIFY(server);
    TrustedCertificates trusted;
    const auto anna = newClient(&trusted);
    QSignalSpy questions(anna.get(), &ChatClient::certificateNeedsTrust);
    QSignalSpy registered(anna.get(), &ChatClient::registered);
    QSignalSpy reconnects(anna.get(), &ChatClient::reconnectScheduled);

    anna->connectToServer(settingsFor(server->serverPort(), u"anna"_s, true));

    // The client asks, with the certificate whose fingerprint openssl printed, and why it
    // could not be verified;
    QVERIFY(questions.wait());
    const CertificateProblem problem = problemAt(questions, 0);
    QCOMPARE(TrustedCertificates::fingerprintOf(problem.certificate), m_first->fingerprint);
    QCOMPARE(problem.host, u"127.0.0.1"_s);
    QCOMPARE(problem.port, server->serverPort());
    QVERIFY(!problem.errors.isEmpty());
    QVERIFY(!problem.hasChanged());
    // and meanwhile it is not connected, and does not try again by itself.
    QCOMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(anna->disconnectReason(),
             ClientConnection::tr("The server's certificate could not be verified."));
    QTRY_COMPARE(server->clientCount(), 0);
    QCOMPARE(registered.count(), 0);
    QCOMPARE(reconnects.count(), 0);
    QVERIFY(trusted.fingerprint(u"127.0.0.1"_s, server->serverPort()).isEmpty());
}

void tst_Tls::trustedCertificateRegistersAndChats()
{
    ChatServer *server = startServer(&*m_first);
    QVERIFY(server);
    TrustedCertificates trusted;
    const auto anna = newClient(&trusted);
    QSignalSpy questions(anna.get(), &ChatClient::certificateNeedsTrust);
    anna->connectToServer(settingsFor(server->serverPort(), u"anna"_s, true));
    QVERIFY(questions.wait());

    // When the user trusts the certificate, the client connects again and registers;
    anna->trustCertificate();
    QTRY_VERIFY(anna->isOnline());
    QCOMPARE(trusted.fingerprint(u"127.0.0.1"_s, server->serverPort()), m_first->fingerprint);

    // a second client that shares the trust is not asked, and the two talk over TLS.
    const auto bob = newClient(&trusted);
    QSignalSpy bobsQuestions(bob.get(), &ChatClient::certificateNeedsTrust);
    QSignalSpy received(bob.get(), &ChatClient::messageReceived);
    bob->connectToServer(settingsFor(server->serverPort(), u"bob"_s, true));
    QTRY_VERIFY(bob->isOnline());
    QCOMPARE(bobsQuestions.count(), 0);
    QCOMPARE(questions.count(), 1);

    QSignalSpy outgoing(anna.get(), &ChatClient::outgoingMessageChanged);
    anna->sendMessage(Conversation::everyone(), u"hello over TLS"_s);
    anna->sendMessage(Conversation::direct(u"bob"_s), u"and just to you"_s);
    QTRY_COMPARE(received.count(), 2);
    const auto first = received.at(0).at(0).value<ChatMessage>();
    const auto second = received.at(1).at(0).value<ChatMessage>();
    QCOMPARE(first.text, u"hello over TLS"_s);
    QCOMPARE(first.from, u"anna"_s);
    QCOMPARE(first.to, Conversation::everyone());
    QCOMPARE(second.text, u"and just to you"_s);
    QCOMPARE(second.to, Conversation::direct(u"bob"_s));
    QTRY_COMPARE(outgoing.last().at(0).value<MessageEntry>().delivery,
                 MessageEntry::Delivery::Sent);
}

void tst_Tls::refusedCertificateLeavesTheConnectionClosed()
{
    ChatServer *server = startServer(&*m_first);
    QVERIFY(server);
    TrustedCertificates trusted;
    const auto anna = newClient(&trusted);
    QSignalSpy questions(anna.get(), &ChatClient::certificateNeedsTrust);
    QSignalSpy outgoing(anna.get(), &ChatClient::outgoingMessageChanged);
    QSignalSpy reconnects(anna.get(), &ChatClient::reconnectScheduled);
    anna->connectToServer(settingsFor(server->serverPort(), u"anna"_s, true));
    // What the user writes while the client connects waits for the answer;
    const quint64 id = anna->sendMessage(Conversation::everyone(), u"anyone?"_s);
    QCOMPARE(outgoing.last().at(0).value<MessageEntry>().delivery, MessageEntry::Delivery::Queued);
    QVERIFY(questions.wait());

    // when the user refuses the certificate, it is not sent, nothing is trusted, and the
    // client stays disconnected.
    anna->distrustCertificate();
    const auto entry = outgoing.last().at(0).value<MessageEntry>();
    QCOMPARE(entry.localId, id);
    QCOMPARE(entry.delivery, MessageEntry::Delivery::Failed);
    QCOMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(reconnects.count(), 0);
    QVERIFY(trusted.fingerprint(u"127.0.0.1"_s, server->serverPort()).isEmpty());

    // Asked again, it asks again.
    anna->reconnectNow();
    QVERIFY(questions.wait());
    QCOMPARE(questions.count(), 2);
}

void tst_Tls::trustIsKeptPerServer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<bool>("second");
    QTest::addColumn<bool>("trusted");

    QTest::newRow("same server, same certificate")
            << u"chat.example.org"_s << quint16(7000) << false << true;
    QTest::newRow("host in capitals") << u"CHAT.Example.org"_s << quint16(7000) << false << true;
    QTest::newRow("another certificate") << u"chat.example.org"_s << quint16(7000) << true << false;
    QTest::newRow("another port") << u"chat.example.org"_s << quint16(7001) << false << false;
    QTest::newRow("another host") << u"example.org"_s << quint16(7000) << false << false;
    QTest::newRow("an address") << u"127.0.0.1"_s << quint16(7000) << false << false;
}

void tst_Tls::trustIsKeptPerServer()
{
    QFETCH(QString, host);
    QFETCH(quint16, port);
    QFETCH(bool, second);
    QFETCH(bool, trusted);

    // Trust given in one run of the client
    const QString file =
            m_dir.filePath(u"trust-%1.ini"_s.arg(QLatin1StringView(QTest::currentDataTag())));
    {
        QSettings settings(file, QSettings::IniFormat);
        TrustedCertificates trust(&settings);
        trust.trust(u"chat.example.org"_s, 7000, m_first->certificate);
    }
    // is found in the next, for that server and that certificate only.
    QSettings settings(file, QSettings::IniFormat);
    const TrustedCertificates trust(&settings);
    QCOMPARE(trust.isTrusted(host, port, (second ? m_second : m_first)->certificate), trusted);
    QCOMPARE(trust.fingerprint(host, port).isEmpty(),
             host.toLower() != u"chat.example.org"_s || port != 7000);
}

void tst_Tls::rememberedTrustConnectsWithoutAsking()
{
    ChatServer *server = startServer(&*m_first);
    QVERIFY(server);
    const QString file = m_dir.filePath(u"remembered.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        TrustedCertificates trusted(&settings);
        const auto anna = newClient(&trusted);
        QSignalSpy questions(anna.get(), &ChatClient::certificateNeedsTrust);
        anna->connectToServer(settingsFor(server->serverPort(), u"anna"_s, true));
        QVERIFY(questions.wait());
        anna->trustCertificate();
        QTRY_VERIFY(anna->isOnline());
    }
    QTRY_COMPARE(server->clientCount(), 0);

    // The client started again with the same settings is not asked again.
    QSettings settings(file, QSettings::IniFormat);
    TrustedCertificates trusted(&settings);
    const auto anna = newClient(&trusted);
    QSignalSpy questions(anna.get(), &ChatClient::certificateNeedsTrust);
    anna->connectToServer(settingsFor(server->serverPort(), u"anna"_s, true));
    QTRY_VERIFY(anna->isOnline());
    QCOMPARE(questions.count(), 0);
}

void tst_Tls::changedCertificateIsAskedAboutAsAChange()
{
    // Given a client that trusted a server's certificate and is online,
    ChatServer *server = startServer(&*m_first);
    QVERIFY(server);
    const quint16 port = server->serverPort();
    TrustedCertificates trusted;
    trusted.trust(u"127.0.0.1"_s, port, m_first->certificate);
    const auto anna = newClient(&trusted);
    QSignalSpy questions(anna.get(), &ChatClient::certificateNeedsTrust);
    QSignalSpy reconnects(anna.get(), &ChatClient::reconnectScheduled);
    anna->connectToServer(settingsFor(port, u"anna"_s, true));
    QTRY_VERIFY(anna->isOnline());

    // when the server goes and another comes on the same port with another certificate,
    QSignalSpy stopped(server, &ChatServer::stopped);
    server->stop();
    QVERIFY(stopped.wait());
    QTRY_VERIFY(reconnects.count() > 0);
    QVERIFY(startServer(&*m_second, {}, port));

    // the reconnecting client stops, and asks, showing both fingerprints;
    QVERIFY(questions.wait());
    const CertificateProblem problem = problemAt(questions, 0);
    QVERIFY(problem.hasChanged());
    QCOMPARE(TrustedCertificates::fingerprintOf(problem.certificate), m_second->fingerprint);
    QCOMPARE(problem.trustedBefore, m_first->fingerprint);
    QCOMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(anna->disconnectReason(),
             ClientConnection::tr("The server's certificate has changed since you trusted it."));
    const qsizetype attempts = reconnects.count();
    QCOMPARE(m_server->clientCount(), 0);

    // trusting the new one replaces the old, and connects.
    anna->trustCertificate();
    QTRY_VERIFY(anna->isOnline());
    QCOMPARE(trusted.fingerprint(u"127.0.0.1"_s, port), m_second->fingerprint);
    QCOMPARE(reconnects.count(), attempts);
}

void tst_Tls::outOfDateCertificateIsShownAsSuchThoughTrusted_data()
{
    QTest::addColumn<bool>("expired");
    QTest::addColumn<CertificateProblem::Dates>("dates");
    QTest::addColumn<QString>("reason");

    QTest::newRow("expired") << true << CertificateProblem::Dates::Expired
                             << ClientConnection::tr("The server's certificate has expired.");
    QTest::newRow("not valid yet")
            << false << CertificateProblem::Dates::NotYetValid
            << ClientConnection::tr("The server's certificate is not valid yet.");
}

void tst_Tls::outOfDateCertificateIsShownAsSuchThoughTrusted()
{
    QFETCH(bool, expired);
    QFETCH(CertificateProblem::Dates, dates);
    QFETCH(QString, reason);
    const TestCertificate &certificate = expired ? *m_expired : *m_notYetValid;

    // Given a client that trusted a server's certificate, which is now out of its dates,
    ChatServer *server = startServer(&certificate);
    QVERIFY(server);
    const quint16 port = server->serverPort();
    TrustedCertificates trusted;
    trusted.trust(u"127.0.0.1"_s, port, certificate.certificate);
    const auto anna = newClient(&trusted);
    QSignalSpy questions(anna.get(), &ChatClient::certificateNeedsTrust);
    QSignalSpy reconnects(anna.get(), &ChatClient::reconnectScheduled);
    anna->connectToServer(settingsFor(port, u"anna"_s, true));

    // it does not connect silently: it asks, saying what is wrong with the certificate, and
    // that it is the one trusted before (not another);
    QVERIFY(questions.wait());
    const CertificateProblem problem = problemAt(questions, 0);
    QCOMPARE(problem.dates(), dates);
    QVERIFY(problem.wasTrusted());
    QVERIFY(!problem.hasChanged());
    QCOMPARE(problem.trustedBefore, certificate.fingerprint);
    QCOMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(anna->disconnectReason(), reason);
    QCOMPARE(reconnects.count(), 0);
    QTRY_COMPARE(server->clientCount(), 0);

    // connecting anyway connects, and reconnecting after a restart does not ask again;
    anna->trustCertificate();
    QTRY_VERIFY(anna->isOnline());
    QSignalSpy stopped(server, &ChatServer::stopped);
    server->stop();
    QVERIFY(stopped.wait());
    QTRY_VERIFY(reconnects.count() > 0);
    QVERIFY(startServer(&certificate, {}, port));
    QTRY_VERIFY(anna->isOnline());
    QCOMPARE(questions.count(), 1);
    QCOMPARE(trusted.fingerprint(u"127.0.0.1"_s, port), certificate.fingerprint);

    // but a client started anew with the same trust asks again.
    const auto bob = newClient(&trusted);
    QSignalSpy bobsQuestions(bob.get(), &ChatClient::certificateNeedsTrust);
    bob->connectToServer(settingsFor(port, u"bob"_s, true));
    QVERIFY(bobsQuestions.wait());
    QCOMPARE(problemAt(bobsQuestions, 0).dates(), dates);
}

void tst_Tls::passwordDecidesRegistration_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<ErrorCode>("refusal");

    for (const bool tls : { false, true }) {
        const char *over = tls ? "TLS" : "plain";
        QTest::addRow("right password, %s", over) << tls << Password << true << ErrorCode::Closed;
        QTest::addRow("wrong password, %s", over)
                << tls << u"open says me"_s << false << ErrorCode::BadPassword;
        QTest::addRow("no password, %s", over)
                << tls << QString() << false << ErrorCode::PasswordRequired;
    }
}

void tst_Tls::passwordDecidesRegistration()
{
    QFETCH(bool, tls);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QFETCH(ErrorCode, refusal);

    ChatServer *server = startServer(tls ? &*m_first : nullptr, Password);
    QVERIFY(server);
    QSignalSpy connections(server, &ChatServer::clientConnected);
    TrustedCertificates trusted;
    trusted.trust(u"127.0.0.1"_s, server->serverPort(), m_first->certificate);
    // A client that would try again almost at once, if it tried.
    const auto anna = newClient(&trusted);
    anna->setBackoff(ReconnectBackoff(1ms, 1ms));
    QSignalSpy refused(anna.get(), &ChatClient::passwordRefused);
    QSignalSpy nameRefused(anna.get(), &ChatClient::registrationRefused);
    QSignalSpy lost(anna.get(), &ChatClient::connectionLost);
    QSignalSpy reconnects(anna.get(), &ChatClient::reconnectScheduled);
    QSignalSpy registered(anna.get(), &ChatClient::registered);

    anna->connectToServer(settingsFor(server->serverPort(), u"anna"_s, tls, password));

    if (accepted) {
        QVERIFY(registered.wait());
        QCOMPARE(server->client(server->clientIds().constFirst())->name(), u"anna"_s);
        QCOMPARE(refused.count(), 0);
        return;
    }
    // The refusal comes with its code, and the client gives up: not connected, the connection
    // ended, no attempt to connect again,
    QVERIFY(refused.wait());
    const auto error = refused.at(0).at(0).value<ProtocolError>();
    QCOMPARE(error.code, refusal);
    QCOMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(anna->disconnectReason(), ErrorMessages::describe(error));
    QTRY_COMPARE(server->clientCount(), 0);
    QCOMPARE(reconnects.count(), 0);
    QCOMPARE(lost.count(), 0);
    QCOMPARE(nameRefused.count(), 0);
    // while another client connects and registers meanwhile (many turns of the event loop, in
    // which a reconnection 1 ms away would have connected).
    const auto bob = newClient(&trusted);
    bob->connectToServer(settingsFor(server->serverPort(), u"bob"_s, tls, Password));
    QTRY_VERIFY(bob->isOnline());
    QCOMPARE(connections.count(), 2);
    QCOMPARE(anna->state(), ChatClient::State::Disconnected);
    QCOMPARE(registered.count(), 0);
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
