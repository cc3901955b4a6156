// Documenting a route of a FastAPI-dialect surface (OfferTracker, Recruiting): its tag, summary, inputs and success
// responses, with the error responses ({"detail": ...} as "HTTPError" and the 422 list as "HTTPValidationError",
// schemas each such surface registers) filled in from what the route can answer.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>

#include <offertracker/http/router.hpp>

namespace offertracker::adapters::http::kit {

class doc {
public:
    doc(std::string tag, std::string summary);

    // Needs the bearer token: adds the security requirement and the 401.
    doc& authenticated();
    // A JSON body (a schema name registered by register_schemas, or JSON Schema text); adds the 422.
    doc& body(std::string schema);
    // Another body type, e.g. multipart/form-data with its schema.
    doc& body(std::string schema, std::string content_type);
    doc& query(std::string name, std::string schema, std::string description = {});
    // skip (>= 0) and limit (1..max_limit, default_limit when omitted); adds the 422.
    doc& page(long long default_limit, long long max_limit = 1000);
    doc& returns(unsigned status, std::string description, std::string schema = {});
    // {"detail": "..."} errors the route can answer (400, 403, 404, 409, 429, ...).
    doc& errors(std::initializer_list<unsigned> statuses);
    // For a surface of another dialect than FastAPI's: the schema of the errors added after it (default
    // "HTTPError") and the status its body and query readers answer instead of FastAPI's 422 list.
    doc& error_shape(std::string schema, unsigned validation_status);
    // A body limit above the server's default, granted to heads that `admit` accepts (see route_options).
    doc& body_limit(std::size_t limit, std::function<bool(const request&)> admit);

    operator route_options() const&;  // NOLINT: a doc is what a route's options are made of

private:
    route_options options_;
    std::string error_schema_ = "HTTPError";
    unsigned validation_status_ = 422;
};

// Registers "HTTPError" ({"detail": "..."}) and "HTTPValidationError" (FastAPI's 422 list), the schemas doc's
// error responses name, on a FastAPI-dialect surface's mount.
void register_fastapi_error_schemas(mount& m);

}  // namespace offertracker::adapters::http::kit
