// The OfferTracker surface's error shape: each domain error kind to its status and {"detail": ...} body.
#pragma once

#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/message.hpp>

namespace offertracker::adapters::http::offertracker_api {

// One switch over the kinds, no default. Field errors are FastAPI's 422 (kit/fastapi_validation.hpp); those a
// use case reported carry no origin, and `input` names where the handler read them: "body" unless it passed
// query parameters ("query").
response error_reply(const domain::error& e, std::string_view input = "body");

}  // namespace offertracker::adapters::http::offertracker_api
