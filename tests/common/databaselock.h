// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Chinwag {

// Another program's connection to a history file that holds its write lock, as a backup tool
// or a forgotten sqlite3 shell would: the server's writer waits for it (SQLite's busy timeout,
// 5 s), then fails, until it lets go.
class DatabaseLock
{
public:
    explicit DatabaseLock(const QString &file);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    bool isHeld() const { return m_held; }
    void release();

private:
    bool m_held = false;
};

} // namespace Chinwag
