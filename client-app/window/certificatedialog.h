// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <certificateproblem.h>

#include <QDialog>

namespace Chinwag {

// Shows a server certificate that could not be verified, with what the user needs to decide:
// its SHA-256 fingerprint (to compare with the one the server's operator gives), its subject,
// issuer and validity, and why it failed. A certificate that differs from the one trusted
// before is a loud warning, one that has expired or is not valid yet (trusted before or not) a
// warning that says so; for both, Cancel is the default. Accepted means "trust it and connect".
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(const CertificateProblem &problem, QWidget *parent = nullptr);
};

} // namespace Chinwag
