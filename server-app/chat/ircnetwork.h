// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ircreplies.h"

#include <QString>
#include <QStringList>

namespace Chinwag {

class Registry;
class Store;
struct Limits;

// What every IRC connection of one server shares: how the server introduces itself (its name,
// the welcome's 002 to 005), and what its replies read about who is online, in which groups,
// and which names are accounts. Nothing in it changes per connection.
struct IrcNetwork
{
    QString serverName;
    IrcReplies::Welcome welcome;
    const Registry &registry;
    const Store *store; // nullptr: no accounts, and no SASL
    const Limits &limits;
};

} // namespace Chinwag
