// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselock.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Chinwag {

namespace {
const QString Connection = u"chinwag-test-lock"_s;
}

DatabaseLock::DatabaseLock(const QString &file)
{
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, Connection);
    db.setDatabaseName(file);
    m_held = db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
}

DatabaseLock::~DatabaseLock()
{
    release();
}

void DatabaseLock::release()
{
    if (!QSqlDatabase::contains(Connection))
        return;
    {
        auto db = QSqlDatabase::database(Connection);
        if (m_held)
            QSqlQuery(db).exec(u"ROLLBACK"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(Connection);
    m_held = false;
}

} // namespace Chinwag
