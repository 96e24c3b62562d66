// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircerror.h"
#include "ircmessage.h"
#include "ircnumeric.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chinwag {

// The numeric replies, and the standard replies (FAIL), a server sends to one IRC client: from
// the server, addressed to the client's nick ("*" until it has one). Every parameter a client
// could have chosen is checked before it is echoed: one that is empty, starts with ':', holds a
// space or is longer than any valid name becomes "*". Lists that could pass 510 bytes (names,
// ISUPPORT tokens, a user's channels) are spread over as many lines as they need.
class IrcReplies
{
public:
    IrcReplies(const QString &server, const QString &nick);

    struct Welcome
    {
        QString network; // "Chinwag"
        QString version; // "chinwag-1.0"
        QDateTime created;
        QString userModes; // RPL_MYINFO's lists of modes
        QString channelModes;
        QStringList isupport; // KEY or KEY=VALUE
    };

    // 001 to 004, then the 005 lines.
    QList<IrcMessage> welcome(const Welcome &welcome) const;
    QList<IrcMessage> isupport(const QStringList &tokens) const;
    // 375, a 372 per line and 376; 422 when there are no lines.
    QList<IrcMessage> motd(const QStringList &lines) const;

    // What a line the codec refused gets: 417 for TooLong and TagsTooLong, FAIL INVALID_UTF8
    // for BadUtf8, 421 for BadCommand, 400 for the others; nothing for Empty.
    std::optional<IrcMessage> refusal(const IrcError &error) const;
    // FAIL <command> <code> :<description> (IRCv3 standard replies; "*" for no command).
    IrcMessage fail(const QString &command, const QString &code, const QString &description) const;

    IrcMessage unknownError(const QString &command, const QString &text) const;
    IrcMessage inputTooLong() const;
    IrcMessage unknownCommand(const QString &command) const;
    IrcMessage needMoreParams(const QString &command) const;
    IrcMessage notRegistered() const;
    IrcMessage alreadyRegistered() const;
    IrcMessage passwdMismatch() const;
    IrcMessage noNicknameGiven() const;
    // `why` is NameRules' reason.
    IrcMessage erroneusNickname(const QString &nick, const QString &why) const;
    IrcMessage nicknameInUse(const QString &nick) const;
    IrcMessage noSuchNick(const QString &target) const;
    // `why` is NameRules' reason, for a name Chinwag refuses; empty for one that is free.
    IrcMessage noSuchChannel(const QString &channel, const QString &why = {}) const;
    IrcMessage cannotSendToChan(const QString &channel) const;
    IrcMessage tooManyChannels(const QString &channel) const;
    IrcMessage noRecipient(const QString &command) const;
    IrcMessage noTextToSend() const;
    IrcMessage userNotInChannel(const QString &nick, const QString &channel) const;
    IrcMessage notOnChannel(const QString &channel) const;
    IrcMessage userOnChannel(const QString &nick, const QString &channel) const;
    IrcMessage channelIsFull(const QString &channel) const;
    IrcMessage unknownMode(QChar mode) const;
    IrcMessage inviteOnlyChan(const QString &channel) const;
    IrcMessage badChanMask(const QString &channel) const;
    IrcMessage chanOPrivsNeeded(const QString &channel) const;
    IrcMessage uModeUnknownFlag() const;
    IrcMessage usersDontMatch() const;

    IrcMessage uModeIs(const QString &modes) const;
    IrcMessage away(const QString &nick, const QString &text) const;
    IrcMessage unAway() const;
    IrcMessage nowAway() const;

    IrcMessage topic(const QString &channel, const QString &text) const;
    IrcMessage noTopic(const QString &channel) const;
    IrcMessage topicWhoTime(const QString &channel, const QString &setBy,
                            const QDateTime &time) const;
    IrcMessage channelModeIs(const QString &channel, const QString &modes) const;
    IrcMessage creationTime(const QString &channel, const QDateTime &time) const;
    IrcMessage inviting(const QString &nick, const QString &channel) const;
    // 353 lines of `entries` (each a nick with its prefix, "@anna"), then 366. `secret`: "@",
    // else "=" (a public channel).
    QList<IrcMessage> names(const QString &channel, const QStringList &entries,
                            bool secret = false) const;
    IrcMessage endOfNames(const QString &channel) const;
    IrcMessage listStart() const;
    IrcMessage list(const QString &channel, int visible, const QString &topic) const;
    IrcMessage listEnd() const;

    struct WhoEntry
    {
        QString channel; // "*" when the user is named without a channel
        QString user;
        QString host;
        QString nick;
        bool away = false;
        QString prefix; // "@" for a channel's owner, else empty
        QString realName;
    };
    IrcMessage whoReply(const WhoEntry &entry) const;
    IrcMessage endOfWho(const QString &mask) const;
    IrcMessage whoisUser(const QString &nick, const QString &user, const QString &host,
                         const QString &realName) const;
    IrcMessage whoisServer(const QString &nick, const QString &info) const;
    IrcMessage whoisIdle(const QString &nick, qint64 idleSeconds, const QDateTime &signOn) const;
    QList<IrcMessage> whoisChannels(const QString &nick, const QStringList &channels) const;
    IrcMessage whoisAccount(const QString &nick, const QString &account) const;
    IrcMessage endOfWhois(const QString &nick) const;

    // SASL (IRCv3): `mask` is nick!user@host.
    IrcMessage loggedIn(const QString &mask, const QString &account) const;
    IrcMessage loggedOut(const QString &mask) const;
    IrcMessage saslSuccess() const;
    IrcMessage saslFail() const;
    IrcMessage saslTooLong() const;
    IrcMessage saslAborted() const;
    IrcMessage saslAlready() const;
    IrcMessage saslMechs(const QStringList &mechanisms) const;

    // Any numeric: `params` after the nick (each checked as above), then `text` as the
    // trailing one.
    IrcMessage numeric(IrcNumeric numeric, const QStringList &params, const QString &text) const;

private:
    // As numeric(), with `params` as they are: the server's own, or already checked.
    IrcMessage reply(IrcNumeric numeric, const QStringList &params, const QString &text) const;
    // Lines of `numeric` with `params` and as many of `items` as fit: joined by spaces in the
    // trailing parameter when `trailing`, else as parameters of their own before `text`.
    QList<IrcMessage> spread(IrcNumeric numeric, const QStringList &params,
                             const QStringList &items, bool trailing, const QString &text) const;

    IrcSource m_server;
    QString m_nick;
};

} // namespace Chinwag
