// Splits an IN list into chunks that stay under every engine's limit on bound parameters.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <offertracker/domain/types.hpp>

#include "query.hpp"

namespace offertracker::adapters::sql {

// SQLite allows 32766 parameters and PostgreSQL 65535 per statement; 500 keeps statements small.
inline constexpr std::size_t in_list_chunk = 500;

// Calls run(in_sql, bind) for each chunk of ids: in_sql is "(:p0, :p1, ...)" and bind(q) binds the chunk.
template <class Run>
void for_each_id_chunk(const std::vector<domain::id>& ids, Run run) {
    for (std::size_t start = 0; start < ids.size(); start += in_list_chunk) {
        const std::span<const domain::id> chunk{ids.data() + start, std::min(in_list_chunk, ids.size() - start)};
        const std::string in_sql = "(" + placeholders("p", chunk.size()) + ")";
        run(in_sql, [chunk](query& q) {
            for (std::size_t i = 0; i < chunk.size(); ++i) q.bind("p" + std::to_string(i), chunk[i]);
        });
    }
}

}  // namespace offertracker::adapters::sql
