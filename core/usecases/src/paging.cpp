// skip/limit bounds, reported as the OfferTracker surface's query validation errors.
#include <offertracker/usecases/paging.hpp>

namespace offertracker::usecases {

domain::result<ports::page> make_page(long long skip, long long limit) {
    std::vector<domain::field_error> errors;
    if (skip < 0)
        errors.push_back({{"query", "skip"}, "Input should be greater than or equal to 0", "greater_than_equal"});
    if (limit < 1)
        errors.push_back({{"query", "limit"}, "Input should be greater than or equal to 1", "greater_than_equal"});
    else if (limit > max_page_limit)
        errors.push_back({{"query", "limit"}, "Input should be less than or equal to 1000", "less_than_equal"});
    if (!errors.empty()) return domain::error::validation(std::move(errors));
    return ports::page{static_cast<std::size_t>(skip), static_cast<std::size_t>(limit)};
}

}  // namespace offertracker::usecases
