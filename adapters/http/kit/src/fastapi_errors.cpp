// The FastAPI dialect's status per domain error kind.
#include <offertracker/http/kit/fastapi_errors.hpp>

#include <algorithm>
#include <string>

#include <offertracker/http/kit/fastapi_validation.hpp>
#include <offertracker/http/kit/reply.hpp>

namespace offertracker::adapters::http::kit {

response fastapi_error_reply(const domain::error& e, std::string_view detail, std::string_view input,
                             fastapi_statuses statuses) {
    switch (e.kind) {
        case domain::error_kind::validation: return json_reply(422, fastapi_validation_body(e.field_errors, input));
        case domain::error_kind::not_found: return detail_reply(404, detail);
        case domain::error_kind::forbidden: return detail_reply(403, detail);
        case domain::error_kind::conflict: return detail_reply(statuses.conflict, detail);
        case domain::error_kind::rule_violation: return detail_reply(400, detail);
        case domain::error_kind::unauthenticated: {
            auto r = detail_reply(401, detail);
            r.set_header("WWW-Authenticate", "Bearer");
            return r;
        }
        case domain::error_kind::rate_limited: {
            auto r = detail_reply(429, detail);
            if (e.retry_after)
                r.set_header("Retry-After", std::to_string(std::max<long long>(1, e.retry_after->count())));
            return r;
        }
    }
    return detail_reply(500, "Internal server error");
}

}  // namespace offertracker::adapters::http::kit
