// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisurl.h"

#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;

class tst_RedisUrl : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadHostAndPort_data();
    void shouldReadHostAndPort();
    void shouldRefuseWithAReason_data();
    void shouldRefuseWithAReason();
};

void tst_RedisUrl::shouldReadHostAndPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("address");

    QTest::newRow("address and port")
            << u"redis://127.0.0.1:6380"_s << u"127.0.0.1"_s << 6380 << u"127.0.0.1:6380"_s;
    QTest::newRow("default port") << u"redis://redis.example.org"_s << u"redis.example.org"_s
                                  << 6379 << u"redis.example.org:6379"_s;
    QTest::newRow("IPv6 in brackets")
            << u"redis://[::1]:7000"_s << u"::1"_s << 7000 << u"[::1]:7000"_s;
    QTest::newRow("trailing slash")
            << u"redis://cache:6379/"_s << u"cache"_s << 6379 << u"cache:6379"_s;
    QTest::newRow("spaces around") << u"  redis://cache:1  "_s << u"cache"_s << 1 << u"cache:1"_s;
    QTest::newRow("scheme in capitals") << u"REDIS://Cache:2"_s << u"cache"_s << 2 << u"cache:2"_s;
}

void tst_RedisUrl::shouldReadHostAndPort()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, address);

    const RedisUrl url = RedisUrl::parse(text);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.host(), host);
    QCOMPARE(url.port(), port);
    QCOMPARE(url.address(), address);
}

void tst_RedisUrl::shouldRefuseWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << u""_s << u"is not a URL"_s;
    QTest::newRow("no scheme") << u"127.0.0.1:6379"_s
                               << u"\"127.0.0.1:6379\" is not a URL such as redis://"_s;
    QTest::newRow("another scheme") << u"http://cache:6379"_s << u"must start with redis://"_s;
    QTest::newRow("TLS") << u"rediss://cache:6380"_s << u"TLS to Redis is not supported"_s;
    QTest::newRow("no host") << u"redis://:6379"_s << u"names no host"_s;
    QTest::newRow("password") << u"redis://admin:s3cret@cache:6379"_s
                              << u"user or password for Redis is not supported"_s;
    QTest::newRow("database number") << u"redis://cache:6379/2"_s << u"database 0"_s;
    QTest::newRow("query") << u"redis://cache:6379?timeout=1"_s << u"options after ?"_s;
    QTest::newRow("port 0") << u"redis://cache:0"_s << u"port 0"_s;
    QTest::newRow("port too large") << u"redis://cache:70000"_s << u"is not a URL"_s;
    QTest::newRow("not a URL, with a password")
            << u"redis://admin:s3cret@cache:port"_s << u"\"cache:port\" is not a URL"_s;
}

void tst_RedisUrl::shouldRefuseWithAReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const RedisUrl url = RedisUrl::parse(text);
    QVERIFY(!url.isValid());
    QVERIFY2(url.errorString().contains(reason), qPrintable(url.errorString()));
    // A password in the URL is never repeated.
    QVERIFY2(!url.errorString().contains(u"s3cret"_s), qPrintable(url.errorString()));
}

QTEST_GUILESS_MAIN(tst_RedisUrl)
#include "tst_redisurl.moc"
