// SPDX-License-Identifier: GPL-3.0-or-later
#include "ircsource.h"

namespace Chinwag {

std::optional<IrcSource> IrcSource::parse(QStringView text)
{
    // source = name [ "!" user ] [ "@" host ]: the host runs to the end, whatever it holds.
    if (text.contains(u' '))
        return std::nullopt;
    IrcSource source;
    const qsizetype at = text.indexOf(u'@');
    const QStringView beforeHost = at < 0 ? text : text.first(at);
    const qsizetype bang = beforeHost.indexOf(u'!');
    source.name = (bang < 0 ? beforeHost : beforeHost.first(bang)).toString();
    if (bang >= 0) {
        source.user = beforeHost.sliced(bang + 1).toString();
        if (source.user.isEmpty())
            return std::nullopt;
    }
    if (at >= 0) {
        source.host = text.sliced(at + 1).toString();
        if (source.host.isEmpty())
            return std::nullopt;
    }
    if (source.name.isEmpty())
        return std::nullopt;
    return source;
}

QString IrcSource::toString() const
{
    QString s = name;
    if (!user.isEmpty())
        s += u'!' + user;
    if (!host.isEmpty())
        s += u'@' + host;
    return s;
}

} // namespace Chinwag
