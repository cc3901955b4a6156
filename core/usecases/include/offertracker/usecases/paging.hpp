// skip/limit validation shared by every list (docs/behaviour.md §12: skip >= 0, 1 <= limit <= 1000).
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::usecases {

inline constexpr long long max_page_limit = 1000;

// 422 with loc ["query","skip"] / ["query","limit"] when out of range.
domain::result<ports::page> make_page(long long skip, long long limit);

}  // namespace offertracker::usecases
