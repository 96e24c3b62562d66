// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

namespace Chinwag {

class Registry;

// Delivers to the sessions of this server, as the registry finds them.
class LocalRouter : public Router
{
public:
    explicit LocalRouter(const Registry &registry) : m_registry(registry) { }

    void toEveryone(const Envelope &envelope, const Session *except = nullptr) override;
    void toUser(const QString &userKey, const Envelope &envelope) override;
    void toGroup(const QString &groupKey, const Envelope &envelope,
                 const Session *except = nullptr) override;

private:
    const Registry &m_registry;
};

} // namespace Chinwag
