// The CORS filter: preflights answered here, allowed origins echoed on every response.
#include <offertracker/http/filters.hpp>

#include <algorithm>

namespace offertracker::adapters::http::filters {
namespace {

constexpr std::size_t max_echoed_request_headers = 1024;
constexpr std::string_view preflight_methods = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
constexpr std::string_view preflight_max_age = "600";

// Echoing Access-Control-Request-Headers is only safe for a bounded list of header-name characters.
bool echoable_header_list(std::string_view list) noexcept {
    if (list.empty() || list.size() > max_echoed_request_headers) return false;
    return std::all_of(list.begin(), list.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_' || c == ',' || c == ' ';
    });
}

void add_vary_origin(response& res) {
    const auto vary = res.header("Vary");
    if (!vary) {
        res.set_header("Vary", "Origin");
    } else if (vary->find("Origin") == std::string_view::npos) {
        res.set_header("Vary", std::string{*vary} + ", Origin");
    }
}

}  // namespace

filter cors(std::vector<std::string> allowed_origins) {
    return [allowed = std::move(allowed_origins)](request& req, const next_step& next) {
        const auto origin = req.header("Origin");
        const bool allowed_origin = origin && std::find(allowed.begin(), allowed.end(), *origin) != allowed.end();
        const bool preflight = req.method == "OPTIONS" && origin && req.header("Access-Control-Request-Method");
        // Refused without CORS headers: the browser then blocks the real request.
        if (preflight && !allowed_origin) return next.error(req, 403, "CORS origin not allowed");
        response res;
        if (preflight) {
            res.status = 204;
            res.set_header("Access-Control-Allow-Methods", preflight_methods);
            if (const auto requested = req.header("Access-Control-Request-Headers");
                requested && echoable_header_list(*requested))
                res.set_header("Access-Control-Allow-Headers", *requested);
            res.set_header("Access-Control-Max-Age", preflight_max_age);
        } else {
            res = next(req);
        }
        if (!allowed_origin) return res;
        res.set_header("Access-Control-Allow-Origin", *origin);
        if (!res.header("Access-Control-Expose-Headers")) res.set_header("Access-Control-Expose-Headers", "X-Request-ID");
        add_vary_origin(res);
        return res;
    };
}

}  // namespace offertracker::adapters::http::filters
