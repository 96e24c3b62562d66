// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

#include <vector>

namespace Chinwag {

class Registry;

// Delivers to the sessions of this server, as the registry finds them.
class LocalRouter : public Router
{
public:
    explicit LocalRouter(const Registry &registry) : m_registry(registry) { }

    void toEveryone(const Envelope &envelope, const Session *except = nullptr) override;
    void toUser(const QString &userKey, const Envelope &envelope,
                const Session *except = nullptr) override;
    void toGroup(const QString &groupKey, const Envelope &envelope,
                 const Session *except = nullptr) override;

private:
    // Delivers to each of `sessions` but `except`, fetching what each delivery touches a few
    // recipients ahead: a fan-out to thousands is otherwise a chain of cache misses.
    template<typename Sessions>
    void deliver(const Sessions &sessions, const Envelope &envelope, const Session *except);

    const Registry &m_registry;
    std::vector<Session *> m_recipients; // kept for the next fan-out
};

} // namespace Chinwag
