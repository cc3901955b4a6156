// Negotiation, the error mapping and cookie-session authentication of the web surface.
#include "context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include <offertracker/http/kit/cookies.hpp>
#include <offertracker/http/kit/json_writer.hpp>
#include <offertracker/http/kit/overload_guard.hpp>
#include <offertracker/http/kit/reply.hpp>
#include <offertracker/prep/browser_sessions.hpp>

namespace offertracker::adapters::http::web {
namespace {

bool accept_names(const request& req, std::string_view type) {
    const auto accept = req.header("Accept");
    if (!accept) return false;
    std::string lowered(*accept);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return lowered.find(type) != std::string::npos;
}

// How the surface names each field in its messages.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> field_labels{{
    {"email", "Email"},
    {"username", "Username"},
    {"password", "Password"},
    {"job_title", "Job title"},
    {"company_name", "Company name"},
    {"job_description", "Job description"},
    {"application_id", "Application"},
    {"cv_file", "CV text"},
    {"answer", "Answer"},
    {"position", "Question"},
    {"stage_id", "Stage"},
    {"page", "Page"},
}};

std::string label_of(const domain::field_error& e) {
    if (e.path.empty()) return "Request body";
    for (const auto& [field, label] : field_labels)
        if (field == e.path.front()) return std::string(label);
    return e.path.front();
}

std::string limit_of(const domain::field_error& e) { return std::to_string(e.limit.value_or(0)); }

response unauthenticated(const context& c, const request& req) {
    if (!wants_json(req) && (req.method == "GET" || req.method == "HEAD")) return response::redirect(303, "/login");
    return error_reply(c, req, domain::error::unauthenticated("Not authenticated"));
}

}  // namespace

bool wants_json(const request& req) { return accept_names(req, "application/json"); }
bool wants_html(const request& req) { return !wants_json(req) && accept_names(req, "text/html"); }

std::string field_message(const domain::field_error& e) {
    const auto label = label_of(e);
    const bool whole = e.path.empty();
    if (!whole && e.path.front() == "cv_file") {
        if (e.code == domain::field_code::missing) return "No file uploaded";
    }
    switch (e.code) {
        case domain::field_code::missing:
            return whole ? "Request body is required" : label + " cannot be empty";
        case domain::field_code::wrong_type:
            return whole ? "Request body must be a JSON object"
                         : label + " must be " + (e.expected.empty() ? std::string("text") : "a " + e.expected);
        case domain::field_code::malformed:
            if (whole)
                return e.expected == "urlencoded" ? "The form could not be read" : "Request body is not valid JSON";
            return label + " must be " + (e.expected == "integer" ? "a whole number" : "a valid " + e.expected);
        case domain::field_code::out_of_range: return label + " is out of range";
        case domain::field_code::not_whole: return label + " must be a whole number";
        case domain::field_code::too_short: return label + " too short (min " + limit_of(e) + " characters)";
        case domain::field_code::too_long: return label + " too long (max " + limit_of(e) + " characters)";
        case domain::field_code::below_minimum: return label + " must be at least " + limit_of(e);
        case domain::field_code::not_above: return label + " must be greater than " + limit_of(e);
        case domain::field_code::above_maximum: return label + " must be at most " + limit_of(e);
        case domain::field_code::not_one_of: {
            std::string allowed;
            for (const auto& a : e.allowed) allowed += (allowed.empty() ? "" : ", ") + a;
            return allowed.empty() ? label + " is not one of the choices" : label + " must be one of: " + allowed;
        }
        case domain::field_code::not_an_email: return label + " must be a valid email address";
        case domain::field_code::hidden_character: return label + " contains a hidden or control character";
        case domain::field_code::out_of_order: return label + " must not be below " + e.other;
        case domain::field_code::contains_nul: return label + " must not contain NUL characters";
        case domain::field_code::not_utf8: return label + " must be valid UTF-8 text";
        case domain::field_code::too_deep: return "Request body is nested too deeply";
        case domain::field_code::unreadable_name: return "A field name is not valid text";
        case domain::field_code::not_matching: return label + " is not in the expected format";
        case domain::field_code::not_a_url: return label + " must be an http:// or https:// URL";
    }
    return label + " is invalid";
}

std::string error_message(const domain::error& e) {
    if (e.kind == domain::error_kind::validation && !e.field_errors.empty())
        return field_message(e.field_errors.front());
    return e.message;
}

std::map<std::string, std::string> field_messages(const domain::error& e) {
    std::map<std::string, std::string> out;
    for (const auto& f : e.field_errors) out.emplace(f.path.empty() ? std::string{} : f.path.front(), field_message(f));
    if (e.field_errors.empty()) out.emplace(std::string{}, e.message);
    return out;
}

unsigned error_status(domain::error_kind kind) {
    switch (kind) {
        case domain::error_kind::validation: return 400;
        case domain::error_kind::rule_violation: return 400;
        case domain::error_kind::not_found: return 404;
        case domain::error_kind::forbidden: return 403;
        case domain::error_kind::conflict: return 409;
        case domain::error_kind::unauthenticated: return 401;
        case domain::error_kind::rate_limited: return 429;
    }
    return 500;
}

std::string_view error_type(unsigned status) {
    switch (status) {
        case 400: return "ValidationError";
        case 401: return "AuthenticationError";
        case 403: return "PermissionError";
        case 404: return "NotFoundError";
        case 405: return "MethodNotAllowedError";
        case 409: return "ConflictError";
        case 413: return "PayloadTooLargeError";
        case 429: return "RateLimitError";
        case 503: return "ServiceUnavailableError";
        default: return status >= 500 ? "InternalServerError" : "Error";
    }
}

response render_error(const context& c, const request& req, unsigned status, std::string_view message) {
    if (!wants_html(req)) return json_page(status, json::object{{"error", message}, {"type", error_type(status)}});
    auto data = page_data(std::string(reason_phrase(status)), false);
    data.set("status", std::to_string(status));
    data.set("message", std::string(message));
    data.set("sign_in", status == 401);
    return html_page(c, status, "error", data);
}

response error_reply(const context& c, const request& req, const domain::error& e) {
    const unsigned status = error_status(e.kind);
    const auto message = error_message(e);
    auto out = wants_html(req) ? render_error(c, req, status, message)
                               : json_page(status, json::object{{"error", message}, {"type", error_type(status)}});
    if (e.retry_after) out.set_header("Retry-After", std::to_string(std::max<long long>(1, e.retry_after->count())));
    return out;
}

mustache::data page_data(std::string_view title, bool signed_in) {
    mustache::data d{mustache::data::type::object};
    d.set("title", std::string(title));
    d.set("signed_in", signed_in);
    return d;
}

response html_page(const context& c, unsigned status, std::string_view name, const mustache::data& data) {
    return response::html(status, c.site.render(name, data));
}

response json_page(unsigned status, const json::value& body) { return response::json(status, kit::write_json(body)); }

response see_other(std::string_view location) { return response::redirect(303, location); }

bool has_signed_cookie(const context& c, const request& head) {
    const auto value = kit::cookie_value(head, session_cookie);
    return value && c.services.keys.digest_of(*value).has_value();
}

handler open(const context& c, handler h) {
    return kit::overload_guard(std::move(h), [&c](const request& req, unsigned status, std::string_view message) {
        return render_error(c, req, status, message);
    });
}

handler authed(const context& c, authed_handler h) {
    return open(c, [&c, h = std::move(h)](const request& req, const path_params& params) {
        const auto cookie = kit::cookie_value(req, session_cookie);
        if (!cookie) return kit::no_store(unauthenticated(c, req));
        auto user = prep::resolve_browser_session(c.services, *cookie);
        if (!user) return kit::no_store(unauthenticated(c, req));
        return kit::no_store(h(req, params, prep::actor{*user}));
    });
}

}  // namespace offertracker::adapters::http::web
