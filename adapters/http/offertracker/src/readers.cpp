// Paging read from a query string.
#include "readers.hpp"

#include <offertracker/usecases/paging.hpp>

namespace offertracker::adapters::http::offertracker_api {

std::optional<ports::page> read_page(query_reader& query, long long default_limit) {
    const auto skip = query.integer("skip", 0);
    const auto limit = query.integer("limit", default_limit);
    if (!skip || !limit) return std::nullopt;
    auto p = usecases::make_page(*skip, *limit);
    if (!p) {
        query.report(std::move(p).error().field_errors);
        return std::nullopt;
    }
    return *p;
}

}  // namespace offertracker::adapters::http::offertracker_api
