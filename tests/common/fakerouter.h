// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Chinwag {

class Registry;

// A router that writes down where each line was sent, and delivers it as the one router of a
// single server does, so that a test sees both the decision and its effect.
class FakeRouter : public Router
{
public:
    struct Routed
    {
        enum class To { Everyone, User, Group };
        To to;
        QString key; // the user or group; empty for everyone
        QByteArray line; // without its LF
        const Session *except;
    };

    explicit FakeRouter(const Registry &registry) : m_registry(registry) { }

    void toEveryone(const Envelope &envelope, const Session *except = nullptr) override;
    void toUser(const QString &userKey, const Envelope &envelope,
                const Session *except = nullptr) override;
    void toGroup(const QString &groupKey, const Envelope &envelope,
                 const Session *except = nullptr) override;

    QList<Routed> take() { return std::exchange(m_routed, {}); }

private:
    void note(Routed::To to, const QString &key, const Envelope &envelope, const Session *except);

    const Registry &m_registry;
    QList<Routed> m_routed;
};

} // namespace Chinwag
