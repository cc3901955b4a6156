// Origin and Referer checks for state-changing requests.
#include <offertracker/http/kit/same_origin.hpp>

#include <algorithm>
#include <optional>

#include <offertracker/http/router.hpp>

namespace offertracker::adapters::http::kit {
namespace {

// "scheme://authority" of an absolute http(s) URL (an Origin, or a Referer up to its path), or nullopt.
std::optional<std::string_view> origin_of(std::string_view url) {
    for (const std::string_view scheme : {std::string_view{"http://"}, std::string_view{"https://"}}) {
        if (url.size() <= scheme.size() || !iequals(url.substr(0, scheme.size()), scheme)) continue;
        const auto end = url.find_first_of("/?#", scheme.size());
        const auto authority = url.substr(scheme.size(), end == std::string_view::npos ? end : end - scheme.size());
        if (authority.empty() || authority.find('@') != std::string_view::npos) return std::nullopt;
        return url.substr(0, scheme.size() + authority.size());
    }
    return std::nullopt;
}

bool changes_state(std::string_view method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

}  // namespace

bool is_same_origin(const request& req, std::string_view origin, const std::vector<std::string>& trusted) {
    const auto parsed = origin_of(origin);
    if (!parsed || parsed->size() != origin.size()) return false;  // "null", a path, a userinfo: foreign
    if (std::find(trusted.begin(), trusted.end(), origin) != trusted.end()) return true;
    const auto host = req.header("Host");
    if (!host || host->empty()) return false;
    const auto authority = origin.substr(origin.find("://") + 3);
    return iequals(authority, *host);
}

filter same_origin(std::vector<std::string> trusted_origins, std::string message) {
    return [trusted = std::move(trusted_origins), message = std::move(message)](request& req, const next_step& next) {
        if (!changes_state(req.method)) return next(req);
        if (const auto origin = req.header("Origin")) {
            if (!is_same_origin(req, *origin, trusted)) return next.error(req, 403, message);
        } else if (const auto referer = req.header("Referer")) {
            const auto from = origin_of(*referer);
            if (!from || !is_same_origin(req, *from, trusted)) return next.error(req, 403, message);
        }
        return next(req);
    };
}

}  // namespace offertracker::adapters::http::kit
