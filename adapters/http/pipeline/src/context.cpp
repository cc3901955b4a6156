// Authentication (bearer token, or the login cookie with the same-origin rule for writes) and route docs.
#include "context.hpp"

#include <offertracker/http/kit/cookies.hpp>
#include <offertracker/http/kit/overload_guard.hpp>
#include <offertracker/http/kit/same_origin.hpp>
#include <offertracker/text/utf8.hpp>

namespace offertracker::adapters::http::pipeline_api {
namespace {

bool is_safe_method(std::string_view method) { return method == "GET" || method == "HEAD" || method == "OPTIONS"; }

// "scheme://authority" of a Referer, or "" when it has none.
std::string_view origin_of(std::string_view url) {
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return {};
    const auto path = url.find_first_of("/?#", scheme_end + 3);
    return url.substr(0, path);
}

// A write a browser sends with the cookie from another site is a CSRF attempt. A client that sends neither
// Origin nor Referer is not a browser acting for a page, and is served (as kit::same_origin does).
bool foreign_write(const request& req) {
    if (is_safe_method(req.method)) return false;
    if (auto origin = req.header("Origin")) return !kit::is_same_origin(req, *origin, {});
    if (auto referer = req.header("Referer")) {
        const auto origin = origin_of(*referer);
        return origin.empty() || !kit::is_same_origin(req, origin, {});
    }
    return false;
}

// The actor a request proves: the bearer token when the request sends an Authorization header, else the cookie.
domain::result<domain::id> authenticate(const context& c, const request& req) {
    if (req.header("Authorization")) return c.bearer.authenticate(req);
    auto cookie = kit::cookie_value(req, cookie_name);
    if (!cookie) return domain::error::unauthenticated("Not authenticated");
    if (foreign_write(req)) return domain::error::forbidden("Cross-site request refused");
    auto subject = c.services.seeker.tokens.verify(*cookie);
    if (!subject || !text::is_storable_text(*subject)) return domain::error::unauthenticated("Invalid or expired token");
    return std::move(*subject);
}

}  // namespace

bool is_authenticated(const context& c, const request& head) { return authenticate(c, head).has_value(); }

handler open(handler h) { return kit::overload_guard(std::move(h), render_error); }

handler authed(const context& c, authed_handler h) {
    return open([&c, h = std::move(h)](const request& req, const path_params& params) {
        auto subject = authenticate(c, req);
        if (!subject) return kit::no_store(error_reply(req, subject.error()));
        return kit::no_store(h(req, params, actor{std::move(*subject)}));
    });
}

doc pipeline_doc(std::string tag, std::string summary) {
    doc d(std::move(tag), std::move(summary));
    d.error_shape("PipelineError", 400);
    return d;
}

}  // namespace offertracker::adapters::http::pipeline_api
