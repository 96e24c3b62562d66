// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Chinwag {

// Where the server listens, with Start and Stop: an address and a port to edit while stopped,
// the state, and, when listening failed, why and what to do about it.
class ListenBar : public QWidget
{
    Q_OBJECT

public:
    explicit ListenBar(QWidget *parent = nullptr);

    void setEndpoint(const QHostAddress &address, quint16 port);

    void showListening(const QString &endpoint);
    void showStopping();
    void showStopped();
    // Listening failed: says why, and puts the cursor in the port so another can be chosen.
    void showError(const QString &message);

signals:
    void startRequested(const QHostAddress &address, quint16 port);
    void stopRequested();

private:
    void requestStart();
    void setEditable(bool editable);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace Chinwag
