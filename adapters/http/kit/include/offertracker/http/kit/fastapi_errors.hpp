// Domain errors in the FastAPI dialect the OfferTracker and Recruiting seeds share: a status per kind and
// {"detail": "..."} (422: FastAPI's validation list; 401: WWW-Authenticate: Bearer; 429: Retry-After).
#pragma once

#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/message.hpp>

namespace offertracker::adapters::http::kit {

// Where the two seeds differ: the status of a one-of-a-kind record that exists already.
struct fastapi_statuses {
    unsigned conflict = 409;
};

// One switch over the kinds, no default. `detail` is the surface's wording of e (usually e.message); `input` is
// where the handler read fields a use case reported without an origin ("body" or "query").
response fastapi_error_reply(const domain::error& e, std::string_view detail, std::string_view input,
                             fastapi_statuses statuses = {});

}  // namespace offertracker::adapters::http::kit
