// The kit's readers with this surface's reading rules: "" counts as null for dates, numbers, enums and URLs
// (docs/behaviour.md §17), and skip/limit follow the core's paging rule.
#pragma once

#include <optional>

#include <offertracker/http/kit/body_reader.hpp>
#include <offertracker/http/kit/query_reader.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::adapters::http::offertracker_api {

using kit::body_reader;
using kit::query_reader;

inline body_reader read_body(std::string_view body) { return body_reader(body, kit::empty_text::null); }

// skip (default 0) and limit (default_limit) from the query, checked by usecases::make_page; its errors are
// reported as query errors.
std::optional<ports::page> read_page(query_reader& query, long long default_limit);

}  // namespace offertracker::adapters::http::offertracker_api
