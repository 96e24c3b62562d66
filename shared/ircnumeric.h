// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Chinwag {

// The numeric replies of the IRC dialect that Chinwag sends, by their number (RFC 2812, the
// modern.ircdocs.horse list and IRCv3's SASL numerics). IrcReplies builds each one.
enum class IrcNumeric : int {
    Welcome = 1,
    YourHost = 2,
    Created = 3,
    MyInfo = 4,
    ISupport = 5,
    UModeIs = 221,
    Away = 301,
    UserHost = 302,
    UnAway = 305,
    NowAway = 306,
    WhoisUser = 311,
    WhoisServer = 312,
    EndOfWho = 315,
    WhoisIdle = 317,
    EndOfWhois = 318,
    WhoisChannels = 319,
    ListStart = 321,
    List = 322,
    ListEnd = 323,
    ChannelModeIs = 324,
    CreationTime = 329,
    WhoisAccount = 330,
    NoTopic = 331,
    Topic = 332,
    TopicWhoTime = 333,
    Inviting = 341,
    WhoReply = 352,
    NamReply = 353,
    EndOfNames = 366,
    Motd = 372,
    MotdStart = 375,
    EndOfMotd = 376,
    UnknownError = 400,
    NoSuchNick = 401,
    NoSuchChannel = 403,
    CannotSendToChan = 404,
    TooManyChannels = 405,
    NoRecipient = 411,
    NoTextToSend = 412,
    InputTooLong = 417,
    UnknownCommand = 421,
    NoMotd = 422,
    NoNicknameGiven = 431,
    ErroneusNickname = 432,
    NicknameInUse = 433,
    UserNotInChannel = 441,
    NotOnChannel = 442,
    UserOnChannel = 443,
    NotRegistered = 451,
    NeedMoreParams = 461,
    AlreadyRegistered = 462,
    PasswdMismatch = 464,
    ChannelIsFull = 471,
    UnknownMode = 472,
    InviteOnlyChan = 473,
    BadChanMask = 476,
    ChanOPrivsNeeded = 482,
    UModeUnknownFlag = 501,
    UsersDontMatch = 502,
    LoggedIn = 900,
    LoggedOut = 901,
    SaslSuccess = 903,
    SaslFail = 904,
    SaslTooLong = 905,
    SaslAborted = 906,
    SaslAlready = 907,
    SaslMechs = 908,
};

namespace IrcNumerics {
// The three digits on the wire: "001".
QByteArray command(IrcNumeric numeric);
// The conventional name: "RPL_WELCOME", "ERR_NICKNAMEINUSE".
QByteArray name(IrcNumeric numeric);
// One of the numerics above, from its three digits.
std::optional<IrcNumeric> fromCommand(QByteArrayView command);
// Every numeric above, in order of number.
QList<IrcNumeric> all();
} // namespace IrcNumerics

} // namespace Chinwag
