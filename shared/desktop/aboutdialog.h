// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QIcon;

namespace Chinwag {

// Help > About for both apps: the app's name, icon, version and purpose, the license with its
// full text, and the Qt it was built with and runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &applicationName, const QString &description, const QIcon &icon,
                QWidget *parent = nullptr);
};

} // namespace Chinwag
