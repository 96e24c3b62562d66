// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisreply.h"

#include <hiredis/hiredis.h>

namespace Chinwag {

RedisReply RedisReply::fromHiredis(const redisReply &reply)
{
    RedisReply result;
    switch (reply.type) {
    case REDIS_REPLY_STRING:
        result.m_type = Type::String;
        break;
    case REDIS_REPLY_STATUS:
        result.m_type = Type::Status;
        break;
    case REDIS_REPLY_ERROR:
        result.m_type = Type::Error;
        break;
    case REDIS_REPLY_INTEGER:
        result.m_type = Type::Integer;
        result.m_integer = reply.integer;
        return result;
    case REDIS_REPLY_ARRAY:
        result.m_type = Type::Array;
        result.m_elements.reserve(reply.elements);
        for (size_t i = 0; i < reply.elements; ++i)
            result.m_elements.push_back(fromHiredis(*reply.element[i]));
        return result;
    default:
        result.m_type = Type::Nil;
        return result;
    }
    result.m_string = QByteArray(reply.str, qsizetype(reply.len));
    return result;
}

} // namespace Chinwag
