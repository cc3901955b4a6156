// Domain errors in the seed's words: statuses, FastAPI's validation body, and the detail strings that name
// this surface's routes.
#include "error_reply.hpp"

#include <offertracker/http/kit/fastapi_errors.hpp>

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
    return kit::fastapi_error_reply(e, detail_of(e), input);
}

}  // namespace offertracker::adapters::http::offertracker_api
