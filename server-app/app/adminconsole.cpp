// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminconsole.h"

#include "chatserver.h"
#include "store.h"

#include <QDateTime>

#include <unistd.h>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxCommandBytes = 1024;

QString when(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(u"yyyy-MM-dd HH:mm"_s);
}
} // namespace

AdminConsole::AdminConsole(ChatServer &server, int inputFd, FILE *out, QObject *parent)
    : QObject(parent),
      m_server(server),
      m_fd(inputFd),
      m_out(out),
      m_notifier(inputFd, QSocketNotifier::Read),
      m_framer(MaxCommandBytes)
{
    connect(&m_notifier, &QSocketNotifier::activated, this, &AdminConsole::readInput);
}

void AdminConsole::readInput()
{
    char buffer[4096];
    const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
    if (got <= 0) {
        m_notifier.setEnabled(false);
        return;
    }
    m_framer.append(QByteArrayView(buffer, got));
    while (const auto frame = m_framer.next()) {
        if (frame->kind == LineFramer::Frame::Kind::TooLong)
            print(tr("That line is too long for a command."));
        else
            execute(QString::fromUtf8(frame->line).trimmed());
    }
}

void AdminConsole::execute(const QString &line)
{
    const QString command = line.section(u' ', 0, 0).toLower();
    const QString name = line.section(u' ', 1, 1, QString::SectionSkipEmpty);
    const Store *store = m_server.store();
    if (command.isEmpty())
        return;
    if (command == u"help") {
        print(tr("Commands: accounts; lock <name>; unlock <name>; delete <name>; help"));
    } else if (!store) {
        print(tr("This server keeps no accounts (it runs without a history)."));
    } else if (command == u"accounts") {
        const QList<Account> accounts = store->accounts();
        for (const Account &account : accounts)
            print(tr("%1  created %2  last seen %3%4")
                          .arg(account.name, when(account.createdMSecs),
                               when(account.lastSeenMSecs),
                               account.locked ? tr("  locked") : QString()));
        print(tr("%n account(s)", nullptr, int(accounts.size())));
    } else if ((command == u"lock" || command == u"unlock" || command == u"delete")
               && !name.isEmpty()) {
        const bool done = command == u"delete" ? m_server.deleteAccount(name)
                                               : m_server.lockAccount(name, command == u"lock");
        if (!done)
            print(tr("There is no account %1.").arg(name));
    } else {
        print(tr("Unknown command \"%1\"; type help for the commands.").arg(line));
    }
}

void AdminConsole::print(const QString &text)
{
    std::fputs(text.toLocal8Bit().append('\n').constData(), m_out);
    std::fflush(m_out);
}

} // namespace Chinwag
