// skip/limit validation shared by every list (docs/behaviour.md §12: skip >= 0, 1 <= limit <= 1000).
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::usecases {

inline constexpr long long max_page_limit = 1000;

// A validation error on "skip" (below_minimum 0) or "limit" (below_minimum 1, above_maximum 1000) when out of
// range; surfaces that read them from a query string report them there.
domain::result<ports::page> make_page(long long skip, long long limit);

}  // namespace offertracker::usecases
