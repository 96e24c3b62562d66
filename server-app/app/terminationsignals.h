// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <csignal>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace Chinwag {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop, the way Qt's "Calling Qt
// Functions From Unix Signal Handlers" shows: the handler only writes the signal's number to a
// pipe, and a QSocketNotifier reads it. One instance at a time; the destructor puts the previous
// handlers back.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previousInterrupt = {};
    struct sigaction m_previousTerminate = {};
};

} // namespace Chinwag
