// LIMIT/OFFSET values for ports::page, clamped to what the engines accept as a signed 64-bit integer.
#pragma once

#include <algorithm>
#include <limits>

#include <offertracker/ports/page.hpp>

namespace offertracker::adapters::sql {

inline long long sql_limit(const ports::page& p) {
    return static_cast<long long>(std::min<std::size_t>(p.limit, std::numeric_limits<long long>::max()));
}

inline long long sql_offset(const ports::page& p) {
    return static_cast<long long>(std::min<std::size_t>(p.skip, std::numeric_limits<long long>::max()));
}

}  // namespace offertracker::adapters::sql
