// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircmessage.h"
#include "ircnames.h"
#include "ircreplies.h"

#include <QObject>
#include <QTest>

Q_DECLARE_METATYPE(Chinwag::IrcMessage)

namespace Chinwag::IrcRepliesTest {

inline const QString Server = QStringLiteral("chinwag.example");
inline const IrcSource Anna = IrcSource::ofUser(QStringLiteral("anna"), QStringLiteral("anna"),
                                                QStringLiteral("chinwag"));

inline IrcReplies toAnna()
{
    return IrcReplies(Server, QStringLiteral("anna"));
}

inline IrcReplies::Welcome sampleWelcome()
{
    IrcReplies::Welcome w;
    w.network = QStringLiteral("Chinwag");
    w.version = QStringLiteral("chinwag-1.0");
    w.created = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    w.userModes = QStringLiteral("i");
    w.channelModes = QStringLiteral("i");
    w.isupport = IrcNames::isupportTokens();
    return w;
}

// The wire form without CR LF.
inline QByteArray wire(const IrcMessage &message)
{
    return message.encode().chopped(2);
}

inline QByteArray bodyOf(const IrcMessage &message)
{
    return message.encode(IrcMessage::Tags::None).chopped(2);
}

// Every line a server sends parses back to the very value it was encoded from.
inline bool parsesBack(const IrcMessage &message)
{
    const auto result = IrcMessage::parse(wire(message), IrcMessage::From::Server);
    const auto *back = std::get_if<IrcMessage>(&result);
    return back && *back == message;
}

} // namespace Chinwag::IrcRepliesTest

// What a server sends in the IRC dialect: the numerics and replies in tst_ircreplies.cpp, the
// other messages in tst_irccommands.cpp.
class tst_IrcReplies : public QObject
{
    Q_OBJECT

private slots:
    void numericTable();
    void replies_data();
    void replies();
    void welcome();
    void isupportSpreadsOverLines();
    void namesSpreadOverLines();
    void whoisChannelsSpreadOverLines();
    void motd();
    void echoedParametersCannotBreakALine_data();
    void echoedParametersCannotBreakALine();
    void refusals_data();
    void refusals();
    void commands_data();
    void commands();
    void longTextIsSplit_data();
    void longTextIsSplit();
    void capSpreadsOverLines();
    void protocolShowsEveryNumericAndTheWelcome();
};
