// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

struct redisReply;

namespace Chinwag {

// One reply from Redis as a value, its strings binary-safe; or Lost, when the connection ended
// before the reply came (the command may or may not have run).
class RedisReply
{
public:
    enum class Type { Lost, Nil, Status, Error, Integer, String, Array };

    RedisReply() = default;
    static RedisReply fromHiredis(const redisReply &reply);
    static RedisReply lost() { return {}; }

    Type type() const { return m_type; }
    bool isError() const { return m_type == Type::Error || m_type == Type::Lost; }
    // The text of a String, a Status or an Error.
    QByteArray string() const { return m_string; }
    qint64 integer() const { return m_integer; }
    const std::vector<RedisReply> &elements() const { return m_elements; }

private:
    Type m_type = Type::Lost;
    QByteArray m_string;
    qint64 m_integer = 0;
    std::vector<RedisReply> m_elements;
};

} // namespace Chinwag
