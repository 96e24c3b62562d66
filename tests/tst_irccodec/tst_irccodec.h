// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "ircerror.h"
#include "ircmessage.h"

#include <QObject>
#include <QTest>

Q_DECLARE_METATYPE(Chinwag::IrcError::Kind)
Q_DECLARE_METATYPE(Chinwag::IrcMessage::From)
Q_DECLARE_METATYPE(Chinwag::Conversation)

namespace QTest {
template<>
inline char *toString(const Chinwag::IrcError::Kind &kind)
{
    return qstrdup(Chinwag::IrcError::kindName(kind).constData());
}
template<>
inline char *toString(const Chinwag::IrcMessage &message)
{
    return qstrdup(message.encode().trimmed().constData());
}
template<>
inline char *toString(const Chinwag::Conversation &conversation)
{
    return qstrdup(conversation.toString().toUtf8().constData());
}
} // namespace QTest

// The IRC dialect's codec: its lines in tst_irccodec.cpp, its names and the specification's
// examples in tst_irccodecnames.cpp.
class tst_IrcCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void fields();
    void refusals_data();
    void refusals();
    void limitsAtTheirEdge();
    void tagEscaping_data();
    void tagEscaping();
    void encodeAlwaysEndsWithATrailing();
    void encodeCutsAnOverlongBodyBetweenCharacters();
    void encodeDropsTagsBeyondTheirLimit();
    void encodeTagsForEachRecipient();
    void broadcastEncodesOncePerTagSet();
    void framerTakesTheLongestLine();

    void nickToName_data();
    void nickToName();
    void channelToConversation_data();
    void channelToConversation();
    void conversationToTarget();
    void foldingBeyondAscii();
    void isupportNames();

    void protocolExamples_data();
    void protocolExamples();
    void protocolShowsTheNamesRefusals();
};
