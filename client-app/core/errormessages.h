// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <protocolerror.h>

#include <QCoreApplication>
#include <QString>

namespace Chinwag {

// The sentences a person reads for the server's error codes. The server's own text is English
// and may change; these are translated, and fall back to it where a code has no sentence.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(Chinwag::ErrorMessages)

public:
    // Why a command was refused.
    static QString describe(const ProtocolError &error);
    // Why the server closed the connection (a BYE line).
    static QString describeDisconnect(const ProtocolError &bye);
};

} // namespace Chinwag
