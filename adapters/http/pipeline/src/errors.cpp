// The Pipeline's error shape (docs/pipeline.md §1): one code per status, field details in the dialect's words.
#include <string>

#include "context.hpp"

namespace offertracker::adapters::http::pipeline_api {
namespace {

std::string_view code_for(unsigned status) {
    switch (status) {
        case 401: return "UNAUTHORIZED";
        case 403: return "FORBIDDEN";
        case 404: return "NOT_FOUND";
        case 409: return "CONFLICT";
        case 429: return "RATE_LIMITED";
        default: return status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
    }
}

std::string limit_text(const domain::field_error& f) { return std::to_string(f.limit.value_or(0)); }

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

std::string message_for(const domain::field_error& f) {
    using domain::field_code;
    switch (f.code) {
        case field_code::missing: return "Field required";
        case field_code::wrong_type: return "Must be of type " + f.expected;
        case field_code::malformed: return "Must be a valid " + f.expected;
        case field_code::out_of_range: return "Number out of range";
        case field_code::not_whole: return "Must be a whole number";
        case field_code::too_short: return "Must be at least " + limit_text(f) + " characters";
        case field_code::too_long: return "Must be at most " + limit_text(f) + " characters";
        case field_code::below_minimum: return "Must be at least " + limit_text(f);
        case field_code::not_above: return "Must be greater than " + limit_text(f);
        case field_code::above_maximum: return "Must be at most " + limit_text(f);
        case field_code::not_one_of: return "Must be one of: " + joined(f.allowed);
        case field_code::not_an_email: return "Must be a valid email address";
        case field_code::hidden_character: return "Must not contain control or invisible characters";
        case field_code::out_of_order: return "Must not be less than " + f.other;
        case field_code::contains_nul: return "Must not contain NUL characters";
        case field_code::not_utf8: return "Must be valid UTF-8";
        case field_code::too_deep: return "JSON nested deeper than " + limit_text(f) + " levels";
        case field_code::unreadable_name: return "Parameter name is not valid text";
        case field_code::not_matching: return "Must match " + f.expected;
        case field_code::not_a_url:
            return f.expected == "https" ? "Must be an https:// URL" : "Must be an absolute http:// or https:// URL";
    }
    return "Invalid value";
}

// The field a detail names: its path joined with '.', or the input as a whole ("body", "query").
std::string field_of(const domain::field_error& f) {
    std::string out;
    for (const auto& part : f.path) out += (out.empty() ? "" : ".") + part;
    if (!out.empty()) return out;
    return f.origin.empty() ? "body" : f.origin;
}

json::object error_object(const request& req, std::string_view code, std::string_view message) {
    json::object error{{"code", code}, {"message", message}};
    if (!req.request_id.empty()) error["request_id"] = req.request_id;
    return error;
}

response error_response(unsigned status, json::object error) {
    return kit::json_reply(status, json::object{{"error", std::move(error)}});
}

bool is_short_password(const domain::field_error& f) {
    return f.code == domain::field_code::too_short && f.path == std::vector<std::string>{"password"};
}

}  // namespace

response render_error(const request& req, unsigned status, std::string_view message) {
    auto r = error_response(status, error_object(req, code_for(status), message));
    if (status == 401) r.set_header("WWW-Authenticate", "Bearer");
    return r;
}

response error_reply(const request& req, const domain::error& e, bool signup) {
    switch (e.kind) {
        case domain::error_kind::validation: {
            json::array details;
            bool weak_password = false;
            for (const auto& f : e.field_errors) {
                weak_password = weak_password || (signup && is_short_password(f));
                details.push_back(json::object{{"field", field_of(f)}, {"message", message_for(f)}});
            }
            auto error = weak_password ? error_object(req, "WEAK_PASSWORD", "Password must be at least 8 characters")
                                       : error_object(req, "VALIDATION_ERROR", "Validation failed");
            error["details"] = std::move(details);
            return error_response(400, std::move(error));
        }
        case domain::error_kind::not_found: return render_error(req, 404, e.message);
        case domain::error_kind::forbidden: return render_error(req, 403, e.message);
        case domain::error_kind::conflict:
            if (e.message == "Email already taken")
                return error_response(409, error_object(req, "EMAIL_TAKEN", "Email already registered"));
            return render_error(req, 409, e.message);
        case domain::error_kind::rule_violation: return render_error(req, 409, e.message);
        case domain::error_kind::unauthenticated: return render_error(req, 401, e.message);
        case domain::error_kind::rate_limited: {
            const auto seconds = std::max<long long>(1, e.retry_after.value_or(std::chrono::seconds{1}).count());
            auto error = error_object(req, "RATE_LIMITED", e.message);
            error["retry_after"] = seconds;
            auto r = error_response(429, std::move(error));
            r.set_header("Retry-After", std::to_string(seconds));
            return r;
        }
    }
    return render_error(req, 500, "Internal error");
}

response data_reply(unsigned status, json::value value) {
    return kit::json_reply(status, json::object{{"data", std::move(value)}});
}

}  // namespace offertracker::adapters::http::pipeline_api
