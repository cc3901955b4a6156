// The OfferTracker error mapper on its own (no socket): the status per kind, the detail strings that name this
// surface's routes, and where field errors a use case reported are placed.
#include "error_reply.hpp"

#include <catch2/catch.hpp>

using namespace offertracker;
using adapters::http::offertracker_api::error_reply;
using domain::error;
using domain::field_code;

TEST_CASE("error_reply: the next step becomes the seed's pointer to a route", "[http][errors]") {
    const auto exists = error_reply(error::conflict("This application already has offer details.",
                                                    domain::alternative::update_existing));
    CHECK(exists.status == 409);
    CHECK(exists.body == R"({"detail":"This application already has offer details. Use PUT to update."})");

    const auto convert = error_reply(error::rule_violation("A saved job becomes an application by conversion.",
                                                           domain::alternative::convert));
    CHECK(convert.status == 400);
    CHECK(convert.body == R"({"detail":"Use POST /saved-jobs/{id}/convert to convert a saved job to an application."})");

    CHECK(error_reply(error::not_found("Saved job not found")).body == R"({"detail":"Saved job not found"})");
}

TEST_CASE("error_reply: one status per kind, with the headers the kind needs", "[http][errors]") {
    CHECK(error_reply(error::not_found("x")).status == 404);
    CHECK(error_reply(error::forbidden("x")).status == 403);
    const auto unauthenticated = error_reply(error::unauthenticated("Not authenticated"));
    CHECK(unauthenticated.status == 401);
    CHECK(unauthenticated.header("WWW-Authenticate") == "Bearer");
    const auto limited = error_reply(error::rate_limited("Too many", std::chrono::seconds{0}));
    CHECK(limited.status == 429);
    CHECK(limited.header("Retry-After") == "1");
}

TEST_CASE("error_reply: field errors with no origin go where the handler read them", "[http][errors]") {
    const auto e = error::validation({{.path = {"q"}, .code = field_code::contains_nul},
                                      {.path = {"skip"}, .code = field_code::malformed, .expected = "integer", .origin = "query"}});
    const auto from_body = error_reply(e);
    CHECK(from_body.status == 422);
    CHECK(from_body.body ==
          R"({"detail":[{"loc":["body","q"],"msg":"String should not contain NUL characters","type":"string_nul"},)"
          R"({"loc":["query","skip"],"msg":"Input should be a valid integer, unable to parse string as an integer","type":"int_parsing"}]})");
    CHECK(error_reply(e, "query").body.starts_with(R"({"detail":[{"loc":["query","q"])"));
}
