// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"

#include <trustedcertificates.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Chinwag {

using namespace Qt::StringLiterals;

namespace {

QString names(const QSslCertificate &certificate, bool issuer)
{
    const auto field = [&](QSslCertificate::SubjectInfo info) {
        const QStringList values =
                issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(u", ");
    };
    const QString commonName = field(QSslCertificate::CommonName);
    const QString organization = field(QSslCertificate::Organization);
    if (organization.isEmpty())
        return commonName;
    return commonName.isEmpty() ? organization
                                : CertificateDialog::tr("%1 (%2)").arg(commonName, organization);
}

QLabel *selectable(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString title(const CertificateProblem &problem)
{
    if (problem.hasChanged())
        return CertificateDialog::tr("The Server's Certificate Has Changed");
    switch (problem.dates()) {
    case CertificateProblem::Dates::Expired:
        return CertificateDialog::tr("The Server's Certificate Has Expired");
    case CertificateProblem::Dates::NotYetValid:
        return CertificateDialog::tr("The Server's Certificate Is Not Valid Yet");
    case CertificateProblem::Dates::Valid:
        break;
    }
    return CertificateDialog::tr("Unverified Server Certificate");
}

// What is wrong, and what the user should weigh, as rich text.
QString explanation(const CertificateProblem &problem)
{
    const QString server = u"%1:%2"_s.arg(problem.host).arg(problem.port).toHtmlEscaped();
    if (problem.hasChanged()) {
        return CertificateDialog::tr(
                       "<p><b>The certificate of %1 is not the one you trusted before.</b></p>"
                       "<p>Someone may be intercepting the connection to read or change what you "
                       "say. Do not connect unless the server's operator told you that the "
                       "certificate has changed, and the fingerprint below is the new one they "
                       "gave you.</p>")
                .arg(server);
    }
    const QString trustedBefore = problem.wasTrusted()
            ? CertificateDialog::tr("<p>You trusted this certificate before, but trust does not "
                                    "outlast its dates: ask the server's operator for a new "
                                    "one.</p>")
            : QString();
    switch (problem.dates()) {
    case CertificateProblem::Dates::Expired:
        return CertificateDialog::tr("<p><b>The certificate of %1 expired on %2.</b></p>%3"
                                     "<p>An expired certificate no longer proves who the server "
                                     "is. Connect only if you are sure that nobody is in "
                                     "between.</p>")
                .arg(server, when(problem.certificate.expiryDate()).toHtmlEscaped(), trustedBefore);
    case CertificateProblem::Dates::NotYetValid:
        return CertificateDialog::tr("<p><b>The certificate of %1 is valid only from %2.</b></p>"
                                     "%3<p>Either this computer's clock is wrong, or the "
                                     "certificate was made with a wrong date. Connect only if "
                                     "you are sure that nobody is in between.</p>")
                .arg(server, when(problem.certificate.effectiveDate()).toHtmlEscaped(),
                     trustedBefore);
    case CertificateProblem::Dates::Valid:
        break;
    }
    QStringList reasons;
    for (const QSslError &error : problem.errors)
        reasons.append(error.errorString());
    return CertificateDialog::tr(
                   "<p><b>The certificate of %1 could not be verified:</b> %2</p>"
                   "<p>A server may use a certificate it made itself. Trust it only if its "
                   "fingerprint below is the one the server's operator gave you; it is then "
                   "remembered for this server.</p>")
            .arg(server, reasons.join(u' ').toHtmlEscaped());
}

} // namespace

CertificateDialog::CertificateDialog(const CertificateProblem &problem, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificateDialog"_s);
    const QSslCertificate &certificate = problem.certificate;
    // A changed certificate and one out of its dates are warnings: the user decides to connect.
    const bool warning = problem.hasChanged() || problem.isOutOfDate();
    setWindowTitle(title(problem));
    setMinimumWidth(520);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(problem.hasChanged() ? QStyle::SP_MessageBoxCritical
                                                               : QStyle::SP_MessageBoxWarning)
                            .pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *message = new QLabel(explanation(problem), this);
    message->setObjectName(u"certificateMessage"_s);
    message->setWordWrap(true);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *form = new QFormLayout;
    auto *fingerprint =
            selectable(QString::fromLatin1(TrustedCertificates::fingerprintOf(certificate)),
                       u"fingerprint"_s, this);
    fingerprint->setFont(fixed);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    if (problem.hasChanged()) {
        auto *before = selectable(QString::fromLatin1(problem.trustedBefore),
                                  u"previousFingerprint"_s, this);
        before->setFont(fixed);
        form->addRow(tr("Trusted before:"), before);
    }
    form->addRow(tr("Issued to:"), selectable(names(certificate, false), u"subject"_s, this));
    form->addRow(tr("Issued by:"), selectable(names(certificate, true), u"issuer"_s, this));
    form->addRow(tr("Valid:"),
                 selectable(tr("from %1 until %2")
                                    .arg(when(certificate.effectiveDate()),
                                         when(certificate.expiryDate())),
                            u"validity"_s, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const QString trustText = problem.hasChanged() ? tr("&Trust the New Certificate")
            : warning                              ? tr("&Connect Anyway")
                                                   : tr("&Trust and Connect");
    QPushButton *trust = buttons->addButton(trustText, QDialogButtonBox::AcceptRole);
    trust->setObjectName(u"trustButton"_s);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    // A warning is to be refused unless the user is sure: Enter refuses it, also after tabbing
    // to the other button (an auto-default button would take Enter with focus).
    QPushButton *safe = warning ? cancel : trust;
    QPushButton *other = warning ? trust : cancel;
    other->setAutoDefault(false);
    safe->setDefault(true);
    safe->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(message);
    text->addLayout(form);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch();
    layout->addWidget(buttons);
}

} // namespace Chinwag
