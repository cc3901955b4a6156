// Domain errors in the seed's words: statuses, FastAPI's validation body, and the detail strings that name
// this surface's routes.
#include "error_reply.hpp"

#include <algorithm>

#include <offertracker/http/kit/fastapi_validation.hpp>

#include "context.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

// The detail string: the core's message, with the seed's pointer to the route that does what was refused.
std::string detail_of(const domain::error& e) {
    switch (e.instead) {
        case domain::alternative::none: return e.message;
        case domain::alternative::update_existing: return e.message + " Use PUT to update.";
        case domain::alternative::convert:
            return "Use POST /saved-jobs/{id}/convert to convert a saved job to an application.";
    }
    return e.message;
}

}  // namespace

response error_reply(const domain::error& e, std::string_view input) {
    switch (e.kind) {
        case domain::error_kind::validation:
            return json_reply(422, kit::fastapi_validation_body(e.field_errors, input));
        case domain::error_kind::not_found: return detail_reply(404, detail_of(e));
        case domain::error_kind::forbidden: return detail_reply(403, detail_of(e));
        case domain::error_kind::conflict: return detail_reply(409, detail_of(e));
        case domain::error_kind::rule_violation: return detail_reply(400, detail_of(e));
        case domain::error_kind::unauthenticated: {
            auto r = detail_reply(401, detail_of(e));
            r.set_header("WWW-Authenticate", "Bearer");
            return r;
        }
        case domain::error_kind::rate_limited: {
            auto r = detail_reply(429, detail_of(e));
            if (e.retry_after) r.set_header("Retry-After", std::to_string(std::max<long long>(1, e.retry_after->count())));
            return r;
        }
    }
    return detail_reply(500, "Internal server error");
}

}  // namespace offertracker::adapters::http::offertracker_api
