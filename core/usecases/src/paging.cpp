// skip/limit bounds, as field errors on "skip" and "limit" (the caller knows where they came from).
#include <offertracker/usecases/paging.hpp>

#include <offertracker/domain/validation.hpp>

namespace offertracker::usecases {

domain::result<ports::page> make_page(long long skip, long long limit) {
    domain::validator v;
    v.at_least("skip", std::optional{skip}, 0);
    v.at_least("limit", std::optional{limit}, 1);
    v.at_most("limit", std::optional{limit}, max_page_limit);
    if (auto e = std::move(v).finish()) return std::move(*e);
    return ports::page{static_cast<std::size_t>(skip), static_cast<std::size_t>(limit)};
}

}  // namespace offertracker::usecases
