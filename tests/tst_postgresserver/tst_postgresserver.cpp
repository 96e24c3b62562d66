// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Chinwag;
using namespace Qt::StringLiterals;

namespace {

// One Qt SQL connection to the server, by TCP or, with a directory as the host, by its socket;
// removed with the object.
class Connection
{
public:
    Connection(const PostgresServer &server, const QString &host)
        : m_name(u"pg-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(host);
        db.setPort(server.port());
        db.setUserName(PostgresServer::userName());
        db.setDatabaseName(PostgresServer::databaseName());
        db.setConnectOptions(u"connect_timeout=5"_s);
    }
    ~Connection()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool open() { return database().open(); }
    QString error() const { return database().lastError().text(); }

private:
    static inline int s_count = 0;
    const QString m_name;
};

// The first column of the first row of `sql`, or the error in brackets.
QString select(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return u"[%1]"_s.arg(query.lastError().text());
    return query.value(0).toString();
}

// The processes working in `directory`: every process of a PostgreSQL cluster does, in its data
// directory.
int processesIn(const QString &directory)
{
    const QString canonical = QFileInfo(directory).canonicalFilePath();
    int count = 0;
    const QStringList processes = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &process : processes) {
        const QFileInfo cwd(u"/proc/%1/cwd"_s.arg(process));
        if (cwd.symLinkTarget() == canonical)
            ++count;
    }
    return count;
}

} // namespace

class tst_PostgresServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldStartAndAnswerByTcpAndBySocket();
    void shouldRefuseConnectionsOnceStopped();
    void shouldRestartOnTheSamePortWithItsData();
    void shouldRestartAfterAKill();
    void shouldRemoveItsDirectory();
};

void tst_PostgresServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
             "Qt's PostgreSQL driver is missing (libqt6sql6-psql, from scripts/deps.sh)");
}

void tst_PostgresServer::shouldStartAndAnswerByTcpAndBySocket()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.url(), u"postgresql://chinwag@127.0.0.1:%1/postgres"_s.arg(server.port()));

    Connection tcp(server, PostgresServer::host());
    QVERIFY2(tcp.open(), qPrintable(tcp.error()));
    QCOMPARE(select(tcp.database(), u"SELECT current_user"_s), PostgresServer::userName());
    QVERIFY(select(tcp.database(), u"SHOW server_version"_s).startsWith(u"15"_s));

    Connection socket(server, server.socketDirectory());
    QVERIFY2(socket.open(), qPrintable(socket.error()));
    QCOMPARE(select(socket.database(), u"SELECT 6 * 7"_s), u"42"_s);
    QVERIFY(server.stop());
}

void tst_PostgresServer::shouldRefuseConnectionsOnceStopped()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.stop());
    QVERIFY(!server.isRunning());
    Connection tcp(server, PostgresServer::host());
    QVERIFY(!tcp.open());
}

void tst_PostgresServer::shouldRestartOnTheSamePortWithItsData()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const quint16 port = server.port();
    {
        Connection tcp(server, PostgresServer::host());
        QVERIFY2(tcp.open(), qPrintable(tcp.error()));
        QSqlQuery query(tcp.database());
        QVERIFY2(query.exec(u"CREATE TABLE notes (text TEXT NOT NULL)"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"INSERT INTO notes VALUES ('kept over a restart')"_s));
        // The connection stays open across the stop: the server ends it, as in a fault.
        QVERIFY(server.stop());
        QVERIFY(!query.exec(u"SELECT 1"_s));
    }
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.port(), port);
    Connection tcp(server, PostgresServer::host());
    QVERIFY2(tcp.open(), qPrintable(tcp.error()));
    QCOMPARE(select(tcp.database(), u"SELECT text FROM notes"_s), u"kept over a restart"_s);
}

void tst_PostgresServer::shouldRestartAfterAKill()
{
    PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString data = server.directory() + u"/data"_s;
    QVERIFY(processesIn(data) >= 2); // the postmaster and its helpers
    server.kill();
    QVERIFY(!server.isRunning());
    // Its helpers, in sessions of their own, are gone with it.
    QTRY_COMPARE_WITH_TIMEOUT(processesIn(data), 0, 5000);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection tcp(server, PostgresServer::host());
    QVERIFY2(tcp.open(), qPrintable(tcp.error()));
    QCOMPARE(select(tcp.database(), u"SELECT 1"_s), u"1"_s);
}

void tst_PostgresServer::shouldRemoveItsDirectory()
{
    QString directory;
    {
        PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        directory = server.directory();
        QVERIFY(QFileInfo::exists(directory + u"/data/PG_VERSION"_s));
    }
    QVERIFY(!QFileInfo::exists(directory));
}

QTEST_GUILESS_MAIN(tst_PostgresServer)
#include "tst_postgresserver.moc"
