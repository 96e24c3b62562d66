// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSettings;
class QSpinBox;

namespace Chinwag {

// The client's preferences, kept in QSettings: after how many minutes without input the user is
// set away (0: never), and what the others then read.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);

    static int idleMinutes(const QSettings &settings);
    static QString awayText(const QSettings &settings);

    static constexpr int DefaultIdleMinutes = 10;
    static constexpr int MaxIdleMinutes = 24 * 60;

private:
    void save();

    QSettings *m_settings;
    QSpinBox *m_idleMinutes;
    QLineEdit *m_awayText;
};

} // namespace Chinwag
