// The route documentation builder and its error responses.
#include <offertracker/http/kit/route_docs.hpp>

#include <algorithm>

#include <offertracker/http/kit/json_schema.hpp>

namespace offertracker::adapters::http::kit {
namespace {

const char* error_description(unsigned status) {
    switch (status) {
        case 400: return "A business rule refused the request";
        case 401: return "Missing, invalid or expired token";
        case 403: return "Not allowed: the record is someone else's, or the role may not do this";
        case 404: return "No such record";
        case 409: return "The record already exists";
        case 413: return "The body is too large";
        case 422: return "Validation error";
        case 429: return "Too many attempts; see Retry-After";
        case 503: return "Overloaded; see Retry-After";
        default: return "Error";
    }
}

}  // namespace

doc::doc(std::string tag, std::string summary) {
    options_.doc.tag = std::move(tag);
    options_.doc.summary = std::move(summary);
}

doc& doc::authenticated() {
    options_.doc.authenticated = true;
    return errors({401});
}

doc& doc::body(std::string schema) { return body(std::move(schema), "application/json"); }

doc& doc::body(std::string schema, std::string content_type) {
    options_.doc.body_schema = std::move(schema);
    options_.doc.body_type = std::move(content_type);
    return errors({validation_status_});
}

doc& doc::query(std::string name, std::string schema, std::string description) {
    options_.doc.query.push_back({std::move(name), std::move(schema), false, std::move(description)});
    return errors({validation_status_});
}

doc& doc::page(long long default_limit, long long max_limit) {
    query("skip", R"({"type":"integer","minimum":0,"default":0})", "Records to skip");
    return query("limit", R"({"type":"integer","minimum":1,"maximum":)" + std::to_string(max_limit) +
                              R"(,"default":)" + std::to_string(default_limit) + "}",
                 "Records to return");
}

doc& doc::returns(unsigned status, std::string description, std::string schema) {
    options_.doc.responses.push_back({status, std::move(description), std::move(schema)});
    return *this;
}

doc& doc::errors(std::initializer_list<unsigned> statuses) {
    auto& responses = options_.doc.responses;
    for (const unsigned status : statuses) {
        if (std::any_of(responses.begin(), responses.end(), [&](const auto& r) { return r.status == status; })) continue;
        const bool fastapi_list = status == 422 && validation_status_ == 422;
        responses.push_back({status, error_description(status), fastapi_list ? "HTTPValidationError" : error_schema_});
    }
    return *this;
}

doc& doc::error_shape(std::string schema, unsigned validation_status) {
    error_schema_ = std::move(schema);
    validation_status_ = validation_status;
    return *this;
}

doc& doc::body_limit(std::size_t limit, std::function<bool(const request&)> admit) {
    options_.body_limit = limit;
    options_.admit = std::move(admit);
    return errors({413});
}

doc::operator route_options() const& { return options_; }

void register_fastapi_error_schemas(mount& m) {
    using namespace schemas;
    add(m, "HTTPError", object_of({{"detail", text(), true}}));
    const json::object loc_part{{"anyOf", json::array{text(), integer()}}};
    const auto issue = object_of({{"loc", list_of(loc_part), true}, {"msg", text(), true}, {"type", text(), true}});
    add(m, "HTTPValidationError", object_of({{"detail", list_of(issue), true}}));
}

}  // namespace offertracker::adapters::http::kit
