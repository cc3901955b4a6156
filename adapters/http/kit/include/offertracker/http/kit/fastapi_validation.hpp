// The FastAPI/Pydantic v2 dialect of field errors, shared by the surfaces whose seeds are FastAPI services
// (OfferTracker, Recruiting): {"detail": [{"loc": [...], "msg": "...", "type": "..."}]} with 422.
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include <offertracker/domain/error.hpp>

namespace offertracker::adapters::http::kit {

struct fastapi_words {
    std::string msg;
    std::string type;
};

// Pydantic's msg and type for the error's code and facts, e.g. too_long 255 -> "String should have at most 255
// characters", "string_too_long".
fastapi_words fastapi_wording(const domain::field_error& e);

// The error's loc: its origin, or `fallback` when the core left it empty ("form" fields are "body" ones, as
// FastAPI reports Form parameters), then its path with list indexes as numbers. A body that is not JSON is
// [origin, 0], where FastAPI points at the first character.
boost::json::array fastapi_loc(const domain::field_error& e, std::string_view fallback);

// The 422 body: one {"loc", "msg", "type"} entry per error, in order.
boost::json::object fastapi_validation_body(const std::vector<domain::field_error>& errors, std::string_view fallback);

}  // namespace offertracker::adapters::http::kit
